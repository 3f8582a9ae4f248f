-- Routing (issue 4, point 3): groups of instructeurs per démarche. A new dossier lands in the group
-- whose rule matches its answers, else in the démarche's default group.
create table instruction_group (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid not null references tenant (id) on delete cascade,
    procedure_id uuid not null references procedure (id) on delete cascade,
    name         text not null check (length(name) between 2 and 100),
    is_default   boolean not null default false,
    created_at   timestamptz not null default now(),
    unique (procedure_id, name)
);
create unique index instruction_group_one_default on instruction_group (procedure_id) where is_default;

create table instruction_group_member (
    tenant_id  uuid not null references tenant (id) on delete cascade,
    group_id   uuid not null references instruction_group (id) on delete cascade,
    account_id uuid not null references account (id) on delete cascade,
    added_at   timestamptz not null default now(),
    primary key (group_id, account_id)
);
create index instruction_group_member_account_idx on instruction_group_member (account_id);

-- A rule sends a dossier to its group when the answer to field_id is (or lies in) value: a choice
-- value, an INSEE commune code, a département code, a postcode.
create table routing_rule (
    id         uuid primary key default gen_random_uuid(),
    tenant_id  uuid not null references tenant (id) on delete cascade,
    group_id   uuid not null references instruction_group (id) on delete cascade,
    field_id   text not null check (length(field_id) between 1 and 100),
    value      text not null check (length(value) between 1 and 200),
    created_at timestamptz not null default now(),
    unique (group_id, field_id, value)
);

-- Labels per démarche, defined by administrators, set on dossiers by agents.
create table instruction_label (
    id           uuid primary key default gen_random_uuid(),
    tenant_id    uuid not null references tenant (id) on delete cascade,
    procedure_id uuid not null references procedure (id) on delete cascade,
    name         text not null check (length(name) between 1 and 50),
    colour       text not null check (colour in
                     ('grey', 'green', 'turquoise', 'blue', 'light-blue', 'purple', 'pink', 'red', 'orange', 'yellow')),
    created_at   timestamptz not null default now(),
    unique (procedure_id, name)
);

create table dossier_label (
    tenant_id  uuid not null references tenant (id) on delete cascade,
    dossier_id uuid not null references dossier (id) on delete cascade,
    label_id   uuid not null references instruction_label (id) on delete cascade,
    primary key (dossier_id, label_id)
);
create index dossier_label_label_idx on dossier_label (label_id, dossier_id);

-- Agents following a dossier: it shows in their "mine" tab.
create table dossier_follower (
    tenant_id   uuid not null references tenant (id) on delete cascade,
    dossier_id  uuid not null references dossier (id) on delete cascade,
    account_id  uuid not null references account (id) on delete cascade,
    followed_at timestamptz not null default now(),
    primary key (account_id, dossier_id)
);
create index dossier_follower_dossier_idx on dossier_follower (dossier_id);

do $$
declare t text;
begin
    foreach t in array array['instruction_group', 'instruction_group_member', 'routing_rule',
                             'instruction_label', 'dossier_label', 'dossier_follower'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;

-- Instruction data on the dossier row itself, so that the inbox reads one table per page.
-- implicit_decision_on: the day silence becomes a decision (SVA/SVR); the deadlines feature fills it.
alter table dossier
    add column group_id uuid references instruction_group (id) on delete set null,
    add column assigned_to uuid references account (id) on delete set null,
    add column implicit_decision_on date;
