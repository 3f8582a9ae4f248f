-- The form of a démarche: administrators edit a working copy on the procedure; publishing freezes it
-- as a numbered version. Dossiers keep the version they were started on.
-- Null until the administrator adds the first page.
alter table procedure add column draft_form jsonb;
alter table procedure add column current_version int;

create table procedure_version (
    tenant_id    uuid not null references tenant (id) on delete cascade,
    procedure_id uuid not null references procedure (id) on delete cascade,
    version      int not null check (version >= 1),
    form         jsonb not null,
    published_at timestamptz not null,
    published_by text not null,
    primary key (procedure_id, version)
);
alter table procedure_version enable row level security;
alter table procedure_version force row level security;
create policy tenant_isolation on procedure_version
    using (tenant_id = guichet_current_tenant()) with check (tenant_id = guichet_current_tenant());

alter table dossier add column procedure_version int;
