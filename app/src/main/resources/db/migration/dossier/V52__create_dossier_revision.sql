-- Answers as they were before each edit made after submission, so that agents see what changed.
create table dossier_revision (
    tenant_id   uuid not null references tenant (id) on delete cascade,
    dossier_id  uuid not null references dossier (id) on delete cascade,
    revision    int not null,
    answers     jsonb not null,
    replaced_at timestamptz not null,
    primary key (dossier_id, revision)
);
alter table dossier_revision enable row level security;
alter table dossier_revision force row level security;
create policy tenant_isolation on dossier_revision
    using (tenant_id = guichet_current_tenant()) with check (tenant_id = guichet_current_tenant());
