-- A person's account on one tenant's portal. The same person on two portals has two accounts:
-- tenants never share personal data. Agents are accounts with roles.
create table account (
    id                uuid primary key default gen_random_uuid(),
    tenant_id         uuid not null references tenant (id) on delete cascade,
    email             citext not null check (length(email) <= 254),
    given_name        text not null default '' check (length(given_name) <= 100),
    family_name       text not null default '' check (length(family_name) <= 100),
    password_hash     text,
    email_verified_at timestamptz,
    locale            text not null default 'fr',
    disabled_at       timestamptz,
    created_at        timestamptz not null default now(),
    unique (tenant_id, email)
);

-- Roles of agents, for the whole tenant (service_id null) or one of its services.
create table account_role (
    id         uuid primary key default gen_random_uuid(),
    tenant_id  uuid not null references tenant (id) on delete cascade,
    account_id uuid not null references account (id) on delete cascade,
    role       text not null check (role in ('ADMINISTRATEUR', 'INSTRUCTEUR', 'SUPERVISEUR')),
    service_id uuid references service_unit (id) on delete cascade,
    granted_at timestamptz not null default now()
);
create unique index account_role_unique on account_role
    (account_id, role, coalesce(service_id, '00000000-0000-0000-0000-000000000000'));
create index account_role_tenant_idx on account_role (tenant_id, role);

-- Single-use links sent by email (address verification, password reset). Only a hash is stored.
create table account_token (
    id         uuid primary key default gen_random_uuid(),
    tenant_id  uuid not null references tenant (id) on delete cascade,
    account_id uuid not null references account (id) on delete cascade,
    purpose    text not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash bytea not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_token_account_idx on account_token (account_id, purpose);

-- An administrator's invitation of an agent, accepted through a single-use link.
create table agent_invitation (
    id          uuid primary key default gen_random_uuid(),
    tenant_id   uuid not null references tenant (id) on delete cascade,
    email       citext not null,
    roles       text[] not null,
    service_id  uuid references service_unit (id) on delete cascade,
    invited_by  uuid references account (id) on delete set null,
    token_hash  bytea not null unique,
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    created_at  timestamptz not null default now()
);
create index agent_invitation_tenant_idx on agent_invitation (tenant_id, created_at desc);

-- Accounts linked to an external OpenID Connect identity (FranceConnect, ProConnect style).
create table external_identity (
    tenant_id  uuid not null references tenant (id) on delete cascade,
    provider   text not null,
    subject    text not null,
    account_id uuid not null references account (id) on delete cascade,
    linked_at  timestamptz not null default now(),
    primary key (tenant_id, provider, subject)
);
create index external_identity_account_idx on external_identity (account_id);

-- OpenID Connect providers configured by each tenant.
create table oidc_provider (
    id              uuid primary key default gen_random_uuid(),
    tenant_id       uuid not null references tenant (id) on delete cascade,
    registration_id text not null check (registration_id ~ '^[a-z0-9-]{2,40}$'),
    label           text not null,
    audience        text not null check (audience in ('CITIZEN', 'AGENT')),
    issuer_uri      text not null,
    client_id       text not null,
    client_secret   text not null,
    scopes          text not null default 'openid email profile',
    acr_values      text,
    enabled         boolean not null default true,
    unique (tenant_id, registration_id)
);

do $$
declare t text;
begin
    foreach t in array array['account', 'account_role', 'account_token', 'agent_invitation',
                             'external_identity', 'oidc_provider'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;

-- Platform administrators create tenants; they belong to no tenant.
create table platform_operator (
    id            uuid primary key default gen_random_uuid(),
    email         citext not null unique,
    display_name  text not null,
    password_hash text not null,
    created_at    timestamptz not null default now()
);

-- Failed sign-in counters, per account key and per client address, for growing delays.
create table login_throttle (
    key             text primary key,
    failures        int not null default 0,
    last_failure_at timestamptz not null default now(),
    blocked_until   timestamptz
);
