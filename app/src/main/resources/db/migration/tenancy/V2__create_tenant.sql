-- The registry of tenants is the platform's, not a tenant's: it is what the Host header is resolved
-- against before any tenant is known, so it has no row-level security.
create table tenant (
    id              uuid primary key default gen_random_uuid(),
    slug            citext not null unique check (slug ~ '^[a-z0-9](-?[a-z0-9])*$'),
    name            text not null check (length(name) between 2 and 200),
    kind            text not null check (kind in ('COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'ETAT')),
    time_zone       text not null default 'Europe/Paris',
    primary_colour  text not null default '#1d4f91' check (primary_colour ~ '^#[0-9a-f]{6}$'),
    postal_address  text not null default '',
    contact_email   text not null default '',
    contact_phone   text not null default '',
    created_at      timestamptz not null default now()
);

create table tenant_hostname (
    hostname  citext primary key check (hostname ~ '^[a-z0-9.-]+$'),
    tenant_id uuid not null references tenant (id) on delete cascade,
    position  int not null default 0
);
create index tenant_hostname_tenant_idx on tenant_hostname (tenant_id);

create table tenant_logo (
    tenant_id    uuid primary key references tenant (id) on delete cascade,
    content_type text not null check (content_type in ('image/png', 'image/jpeg')),
    bytes        bytea not null,
    updated_at   timestamptz not null default now()
);
alter table tenant_logo enable row level security;
alter table tenant_logo force row level security;
create policy tenant_isolation on tenant_logo
    using (tenant_id = guichet_current_tenant()) with check (tenant_id = guichet_current_tenant());

-- A service is a department inside a tenant (état civil, petite enfance, voirie…).
create table service_unit (
    id             uuid primary key default gen_random_uuid(),
    tenant_id      uuid not null references tenant (id) on delete cascade,
    name           text not null check (length(name) between 2 and 200),
    email          text not null default '',
    phone          text not null default '',
    postal_address text not null default '',
    created_at     timestamptz not null default now(),
    unique (tenant_id, name)
);
alter table service_unit enable row level security;
alter table service_unit force row level security;
create policy tenant_isolation on service_unit
    using (tenant_id = guichet_current_tenant()) with check (tenant_id = guichet_current_tenant());
