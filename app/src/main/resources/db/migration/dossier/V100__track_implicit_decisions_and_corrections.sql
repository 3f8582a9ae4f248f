-- SVA / SVR (DOMAIN.md rules 4 and 5). The day at whose end silence becomes a decision, and the rule
-- that applied when the dossier was received: the accusé de réception promised both. Null while a
-- correction request stops the clock, and once an explicit or implicit decision is taken.
-- "if not exists": the inbox adds the same column for its deadline filter (V70).
alter table dossier add column if not exists implicit_decision_on date;
alter table dossier add column implicit_decision_rule text check (implicit_decision_rule in ('SVA', 'SVR'));
-- The attestation of an implicit acceptance (CRPA art. L. 232-3), kept with the dossier.
alter table dossier add column implicit_decision_document_id uuid references document (id);
-- The deadline job scans dossiers per tenant through the inbox's dossier_inbox_deadline_idx (V71):
-- (tenant_id, implicit_decision_on) where the date is set and the dossier is undecided.

-- An agent's request for a correction or missing documents (DOMAIN.md rule 4).
create table dossier_correction (
    id                  uuid primary key default gen_random_uuid(),
    tenant_id           uuid not null references tenant (id) on delete cascade,
    dossier_id          uuid not null references dossier (id) on delete cascade,
    requested_at        timestamptz not null,
    requested_by        uuid,
    message             text not null check (length(message) between 1 and 5000),
    missing             text[] not null check (cardinality(missing) between 1 and 50),
    due_on              date not null,
    -- The implicit decision date when the clock stopped: a suspended clock resumes from it.
    decision_was_due_on date,
    completed_at        timestamptz
);
-- At most one pending request per dossier.
create unique index dossier_correction_pending_idx on dossier_correction (dossier_id) where completed_at is null;

-- Per démarche, how a completed correction restarts the clock; no row means RESTART (art. L. 114-5 CRPA).
create table procedure_correction_clock (
    procedure_id uuid primary key references procedure (id) on delete cascade,
    tenant_id    uuid not null references tenant (id) on delete cascade,
    mode         text not null check (mode in ('RESTART', 'SUSPEND'))
);

do $$
declare t text;
begin
    foreach t in array array['dossier_correction', 'procedure_correction_clock'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;
