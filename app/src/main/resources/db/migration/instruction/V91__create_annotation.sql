-- Private annotations: fields an administrator defines per démarche, filled by agents only. The
-- usager never sees them (no citizen page or API reads these tables).
create table annotation_field (
    id           uuid primary key,
    tenant_id    uuid not null references tenant (id) on delete cascade,
    procedure_id uuid not null references procedure (id) on delete cascade,
    label        text not null check (length(label) between 1 and 200),
    type         text not null check (type in ('SHORT_TEXT', 'LONG_TEXT', 'YES_NO', 'DATE', 'SINGLE_CHOICE', 'NUMBER')),
    -- The choices of a SINGLE_CHOICE field, in order; empty otherwise.
    options      text[] not null default '{}',
    position     int not null
);
create index annotation_field_procedure_idx on annotation_field (procedure_id, position);

create table annotation_value (
    tenant_id  uuid not null references tenant (id) on delete cascade,
    dossier_id uuid not null references dossier (id) on delete cascade,
    field_id   uuid not null references annotation_field (id) on delete cascade,
    -- Canonical text: ISO date, true/false, a plain decimal number, or the chosen option.
    value      text not null check (length(value) <= 5000),
    updated_by uuid references account (id) on delete set null,
    updated_at timestamptz not null,
    primary key (dossier_id, field_id)
);

do $$
declare t text;
begin
    foreach t in array array['annotation_field', 'annotation_value'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = guichet_current_tenant())'
                       ' with check (tenant_id = guichet_current_tenant())', t);
    end loop;
end $$;
