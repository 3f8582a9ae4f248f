-- The inbox's tab counts (issue 4, point 1) without counting dossiers: how many dossiers each
-- (démarche, routing group, state) holds, kept by statement-level triggers in the same transaction
-- as the change, so the numbers are exact and reading them costs a few rows whatever the tenant's
-- size. Counting 280,000 dossiers of a tenant (the benchmark's largest) per page took a second.
-- Drafts are left out: agents never see them, and they are most of the writes.
create table dossier_tally (
    tenant_id    uuid   not null,
    procedure_id uuid   not null,
    group_id     uuid,
    state        text   not null,
    dossiers     bigint not null,
    -- One row per key, the dossiers without a group included.
    constraint dossier_tally_key unique nulls not distinct (tenant_id, procedure_id, group_id, state)
);
-- No foreign keys on purpose: a tenant or démarche deleted with its dossiers must not fail on the
-- decrements of its own cascade; rows of deleted démarches are never read (the reach names live ones).

alter table dossier_tally enable row level security;
alter table dossier_tally force row level security;
create policy tenant_isolation on dossier_tally using (tenant_id = guichet_current_tenant())
    with check (tenant_id = guichet_current_tenant());

-- Each trigger adds the changes of one statement, grouped (a COPY of a million dossiers is one
-- upsert), with keys in a fixed order: two transactions moving dossiers in opposite directions
-- (accept / correction) lock the same rows in the same order instead of deadlocking.
create function dossier_tally_inserted() returns trigger
    language plpgsql
as $$
begin
    insert into dossier_tally as t (tenant_id, procedure_id, group_id, state, dossiers)
    select tenant_id, procedure_id, group_id, state, count(*) from inserted
    where state <> 'BROUILLON' group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict on constraint dossier_tally_key do update set dossiers = t.dossiers + excluded.dossiers;
    return null;
end $$;

create function dossier_tally_deleted() returns trigger
    language plpgsql
as $$
begin
    insert into dossier_tally as t (tenant_id, procedure_id, group_id, state, dossiers)
    select tenant_id, procedure_id, group_id, state, -count(*) from deleted
    where state <> 'BROUILLON' group by 1, 2, 3, 4 order by 1, 2, 3, 4
    on conflict on constraint dossier_tally_key do update set dossiers = t.dossiers + excluded.dossiers;
    return null;
end $$;

-- A row whose key did not change adds -1 and +1 to the same key: nothing is written for it.
create function dossier_tally_updated() returns trigger
    language plpgsql
as $$
begin
    insert into dossier_tally as t (tenant_id, procedure_id, group_id, state, dossiers)
    select tenant_id, procedure_id, group_id, state, sum(delta)
    from (select tenant_id, procedure_id, group_id, state, -1 as delta from deleted where state <> 'BROUILLON'
          union all
          select tenant_id, procedure_id, group_id, state, 1 from inserted where state <> 'BROUILLON') c
    group by 1, 2, 3, 4 having sum(delta) <> 0 order by 1, 2, 3, 4
    on conflict on constraint dossier_tally_key do update set dossiers = t.dossiers + excluded.dossiers;
    return null;
end $$;

create trigger dossier_tally_inserted after insert on dossier
    referencing new table as inserted for each statement execute function dossier_tally_inserted();
create trigger dossier_tally_deleted after delete on dossier
    referencing old table as deleted for each statement execute function dossier_tally_deleted();
create trigger dossier_tally_updated after update on dossier
    referencing old table as deleted new table as inserted for each statement execute function dossier_tally_updated();

insert into dossier_tally (tenant_id, procedure_id, group_id, state, dossiers)
select tenant_id, procedure_id, group_id, state, count(*) from dossier where state <> 'BROUILLON' group by 1, 2, 3, 4;
