-- The audit trail: append-only. The application role may insert and read, never change or delete;
-- a trigger refuses changes even to the owner.
create table audit_event (
    id          bigint generated always as identity primary key,
    tenant_id   uuid references tenant (id),
    occurred_at timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    target      text,
    details     jsonb not null default '{}',
    ip_address  inet
);
create index audit_event_tenant_time_idx on audit_event (tenant_id, occurred_at desc);
create index audit_event_tenant_action_idx on audit_event (tenant_id, action, occurred_at desc);

revoke update, delete, truncate on audit_event from ${appRole};

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail cannot be changed';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

alter table audit_event enable row level security;
alter table audit_event force row level security;
-- Platform-level events (no tenant) are visible only when no tenant is set, to the platform console.
create policy tenant_isolation on audit_event
    using (tenant_id is not distinct from guichet_current_tenant())
    with check (tenant_id is not distinct from guichet_current_tenant());
