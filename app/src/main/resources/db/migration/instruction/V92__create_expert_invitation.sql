-- An agent asks an outside expert for an opinion. The expert has no account: the emailed link's
-- token is the authorisation, so only its SHA-256 is kept, and it works once, until expires_at.
create table expert_invitation (
    id           uuid primary key,
    tenant_id    uuid not null references tenant (id) on delete cascade,
    dossier_id   uuid not null references dossier (id) on delete cascade,
    invited_by   uuid references account (id) on delete set null,
    email        text not null check (length(email) between 3 and 254),
    question     text not null check (length(question) between 1 and 2000),
    -- Visible only to the inviting agent and the démarche's administrators.
    confidential boolean not null,
    deadline     date,
    invited_at   timestamptz not null,
    expires_at   timestamptz not null,
    token_hash   bytea not null unique check (length(token_hash) = 32),
    answered_at  timestamptz,
    opinion      text check (length(opinion) <= 10000),
    document_id  uuid references document (id)
);
create index expert_invitation_dossier_idx on expert_invitation (dossier_id, invited_at);

alter table expert_invitation enable row level security;
alter table expert_invitation force row level security;
create policy tenant_isolation on expert_invitation using (tenant_id = guichet_current_tenant())
    with check (tenant_id = guichet_current_tenant());
