-- An explicit decision on a dossier (DOMAIN.md rule 6): its outcome, motivation, the PDF sent to the
-- usager and when the usager first opened it (accusé de lecture). A re-examination keeps the row and
-- marks it superseded, so the dossier's history shows every decision ever notified.
create table dossier_decision (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null references tenant (id) on delete cascade,
    dossier_id      uuid not null references dossier (id) on delete cascade,
    outcome         text not null check (outcome in ('ACCEPTE', 'REFUSE', 'SANS_SUITE')),
    motivation      text check (length(motivation) <= 10000),
    -- Null until the PDF is generated, shortly after the decision committed.
    document_id     uuid references document (id),
    decided_by      uuid references account (id) on delete set null,
    decided_at      timestamptz not null,
    first_opened_at timestamptz,
    superseded_at   timestamptz,
    unique (dossier_id, decided_at)
);
create index dossier_decision_dossier_idx on dossier_decision (tenant_id, dossier_id, decided_at desc);

-- The text of each démarche's decision letters, per outcome, written by administrators with
-- placeholders ({reference}, {motivation}…); a démarche without one uses the platform's default.
create table decision_template (
    tenant_id    uuid not null references tenant (id) on delete cascade,
    procedure_id uuid not null references procedure (id) on delete cascade,
    outcome      text not null check (outcome in ('ACCEPTE', 'REFUSE', 'SANS_SUITE')),
    body         text not null check (length(body) between 1 and 5000),
    updated_at   timestamptz not null,
    updated_by   text,
    primary key (procedure_id, outcome)
);

do $$
declare t text;
begin
    foreach t in array array['dossier_decision', 'decision_template'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;
