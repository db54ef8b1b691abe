-- Where the planner found a plan item's record: plan_item.reference follows the record when restricting moves it (a
-- mail into the restricted folder gets a new UID), so the restriction event can name both places and the subject
-- index replaces the old one by the new one. Items planned before it existed: null (the index finds the new place by a
-- full crawl, as before).
alter table plan_item
    add column found_reference text;
