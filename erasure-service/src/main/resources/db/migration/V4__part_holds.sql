-- Holds per part of a record (LEGAL.md §3): a restricted mail whose body (a business letter) is held shorter than the
-- invoice attached to it (a voucher) loses its body first. plan_item.part_*: which part, from when, and the proof of
-- its erasure; deferred_erasure.part_*: the deferred-erasure job erases that part first, the rest from erasable_from.
alter table plan_item
    add column part_kind          text,
    add column part_category      text,
    add column part_erasable_from date,
    add column part_erased_at     timestamptz,
    add column part_proof         text;

alter table deferred_erasure
    add column part_kind          text,
    add column part_erasable_from date;

drop index deferred_erasure_due;
create index deferred_erasure_due on deferred_erasure (coalesce(part_erasable_from, erasable_from))
    where status = 'SCHEDULED';
