-- A dossier: one request filed by an usager on a démarche.
create table dossier (
    id                      uuid primary key default gen_random_uuid(),
    tenant_id               uuid not null references tenant (id) on delete cascade,
    procedure_id            uuid not null references procedure (id),
    reference               text check (reference ~ '^[0-9]{4}-[0-9]{6}$'),
    state                   text not null default 'BROUILLON' check (state in
                                ('BROUILLON', 'EN_CONSTRUCTION', 'EN_INSTRUCTION', 'ACCEPTE', 'REFUSE', 'SANS_SUITE')),
    owner_account_id        uuid references account (id) on delete set null,
    answers                 jsonb not null default '{}',
    version                 int not null default 0,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    submitted_at            timestamptz,
    instruction_started_at  timestamptz,
    decided_at              timestamptz,
    unique (tenant_id, reference)
);
create index dossier_owner_idx on dossier (tenant_id, owner_account_id, updated_at desc);
create index dossier_procedure_state_idx on dossier (tenant_id, procedure_id, state, updated_at desc);

-- The timeline: every transition, timestamped and authored, shown to the usager in plain words.
create table dossier_event (
    id          bigint generated always as identity primary key,
    tenant_id   uuid not null references tenant (id) on delete cascade,
    dossier_id  uuid not null references dossier (id) on delete cascade,
    occurred_at timestamptz not null,
    kind        text not null,
    from_state  text,
    to_state    text,
    actor_kind  text not null check (actor_kind in ('USAGER', 'AGENT', 'SYSTEM')),
    actor_id    uuid,
    reason      text check (length(reason) <= 10000)
);
create index dossier_event_dossier_idx on dossier_event (dossier_id, occurred_at);

-- Reference numbers are per tenant and per year, without gaps under concurrency (row lock).
create table dossier_reference_counter (
    tenant_id uuid not null references tenant (id) on delete cascade,
    year      int not null,
    last      int not null,
    primary key (tenant_id, year)
);

do $$
declare t text;
begin
    foreach t in array array['dossier', 'dossier_event', 'dossier_reference_counter'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;
