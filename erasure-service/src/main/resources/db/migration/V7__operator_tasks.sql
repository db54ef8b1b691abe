-- Work on a store that software cannot do (issue #17): BBB keeps a deleted recording's raw media until
-- `bbb-record --delete <id>`, Greenlight's ActiveStorage files stay after their rows are deleted. The store's erasure
-- reports them; each is kept per plan item until the assistant confirms the operator did it. `instruction` is the
-- exact command or path (store ids and keys only, no personal data); the same one reported again is the same task.
create table operator_task (
    id          bigserial primary key,
    case_id     uuid        not null,
    item_id     bigint      not null references plan_item (id),
    store       text        not null,
    kind        text        not null,
    instruction text        not null,
    reported_at timestamptz not null,
    done_at     timestamptz,
    done_by     text,
    unique (item_id, instruction)
);

create index operator_task_open on operator_task (case_id) where done_at is null;
