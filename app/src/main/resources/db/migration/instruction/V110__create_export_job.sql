-- An agent's export of a démarche's dossiers (CSV, XLSX, ODS), run in the background. The file is
-- personal data: only the agent who asked may download it, and it is deleted when it expires.
create table export_job (
    id            uuid primary key,
    tenant_id     uuid not null references tenant (id) on delete cascade,
    procedure_id  uuid not null references procedure (id) on delete cascade,
    requested_by  uuid not null references account (id) on delete cascade,
    format        text not null check (format in ('CSV', 'XLSX', 'ODS')),
    columns       text[] not null check (cardinality(columns) between 1 and 500),
    state_filter  text check (state_filter in ('EN_CONSTRUCTION', 'EN_INSTRUCTION', 'ACCEPTE', 'REFUSE', 'SANS_SUITE')),
    status        text not null default 'QUEUED' check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_done     int not null default 0,
    rows_total    int,
    file_name     text,
    -- The language of the column headings and of the states' names, the requester's at the time.
    locale        text not null default 'fr' check (locale in ('fr', 'en')),
    created_at    timestamptz not null,
    finished_at   timestamptz,
    expires_at    timestamptz not null
);
create index export_job_requester_idx on export_job (tenant_id, requested_by, created_at desc);
create index export_job_expiry_idx on export_job (tenant_id, expires_at);

alter table export_job enable row level security;
alter table export_job force row level security;
create policy tenant_isolation on export_job using (tenant_id = guichet_current_tenant())
    with check (tenant_id = guichet_current_tenant());
