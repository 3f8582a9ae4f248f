-- The thread between the usager and the agents of one dossier. A message and its attachments are
-- written in one transaction: a refused file leaves neither the message nor any file behind.
create table dossier_message (
    id              uuid primary key,
    tenant_id       uuid not null references tenant (id) on delete cascade,
    dossier_id      uuid not null references dossier (id) on delete cascade,
    author_kind     text not null check (author_kind in ('USAGER', 'AGENT')),
    -- Kept when the account goes: the message stays part of the dossier.
    author_id       uuid references account (id) on delete set null,
    body            text not null check (length(body) between 1 and 5000),
    sent_at         timestamptz not null,
    -- The form's one-time key: a replayed or double-clicked post finds it taken and creates nothing.
    idempotency_key uuid not null,
    unique (dossier_id, idempotency_key)
);
create index dossier_message_dossier_idx on dossier_message (dossier_id, sent_at);

create table dossier_message_attachment (
    tenant_id   uuid not null references tenant (id) on delete cascade,
    message_id  uuid not null references dossier_message (id) on delete cascade,
    document_id uuid not null references document (id),
    position    int not null,
    primary key (message_id, document_id)
);
create index dossier_message_attachment_document_idx on dossier_message_attachment (document_id);

do $$
declare t text;
begin
    foreach t in array array['dossier_message', 'dossier_message_attachment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;
