-- The last decision of a name-match review only marks its answer as due; the package is built after that commit,
-- outside the assistant's request (ReviewedAnswers). Set while the answer is due, emptied with the answer.
alter table name_match_review add column build_due_at timestamptz;
