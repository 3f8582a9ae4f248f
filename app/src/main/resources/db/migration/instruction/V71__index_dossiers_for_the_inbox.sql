-- The agents' inbox (issue 4, point 1): tabs, filters, sorting and search over up to a million
-- dossiers in a hundred tenants, one page of 50 at a time (keyset pagination on (sort key, id)).

-- btree_gin lets one GIN index hold (tenant_id, search): a search intersects the tenant's posting
-- list inside the index instead of rechecking every other tenant's matches.
create extension if not exists btree_gin;

-- Search columns kept by a trigger, so the dossier module writes dossiers without knowing about them.
-- applicant_name: the owner's account name, or the name typed in the answers when there is no
-- account (counter filing) or the account has no name.
alter table dossier
    add column applicant_name text,
    add column search tsvector;

create function dossier_search_fields() returns trigger
    language plpgsql
as $$
declare
    account_name text;
    answer_text  text;
begin
    if new.owner_account_id is not null then
        select nullif(btrim(a.given_name || ' ' || a.family_name), '') into account_name
        from account a where a.id = new.owner_account_id;
    end if;
    new.applicant_name := coalesce(account_name, nullif(btrim(concat_ws(' ',
            coalesce(new.answers #>> '{values,prenom,0}', new.answers #>> '{values,prenoms,0}'),
            coalesce(new.answers #>> '{values,nom,0}', new.answers #>> '{values,nom_naissance,0}',
                     new.answers #>> '{values,nom_structure,0}'))), ''));
    -- Every typed value (choices, communes, free text), however the form nests them.
    select string_agg(v, ' ') into answer_text
    from jsonb_each(coalesce(new.answers -> 'values', '{}')) e,
         jsonb_array_elements_text(case when jsonb_typeof(e.value) = 'array' then e.value else '[]' end) v;
    -- The reference's two numbers are separate lexemes, so "000123" and "2026-0001" find it.
    new.search := setweight(to_tsvector('simple', replace(coalesce(new.reference, ''), '-', ' ')), 'A')
            || setweight(to_tsvector('guichet_french', coalesce(new.applicant_name, '')), 'A')
            || setweight(to_tsvector('guichet_french', left(coalesce(answer_text, ''), 100000)), 'C');
    return new;
end $$;

create trigger dossier_search_fields before insert or update of answers, owner_account_id, reference on dossier
    for each row execute function dossier_search_fields();

create index dossier_search_idx on dossier using gin (tenant_id, search);

-- Tabs "all", "new", "en instruction", "processed" sorted by last update (the default) or submission.
-- Drafts never show, so they stay out of these indexes.
create index dossier_inbox_updated_idx on dossier (tenant_id, updated_at desc, id desc) where state <> 'BROUILLON';
create index dossier_inbox_state_updated_idx on dossier (tenant_id, state, updated_at desc, id desc)
    where state <> 'BROUILLON';
create index dossier_inbox_submitted_idx on dossier (tenant_id, submitted_at desc, id desc) where state <> 'BROUILLON';
-- An instructeur limited to routing groups reads the dossiers of those groups.
create index dossier_inbox_group_idx on dossier (group_id, state, updated_at desc, id desc) where group_id is not null;
-- "Mine" tab and the assignee filter.
create index dossier_inbox_assignee_idx on dossier (assigned_to, updated_at desc) where assigned_to is not null;
-- "Deadline near or passed": only open dossiers have a deadline that matters.
create index dossier_inbox_deadline_idx on dossier (tenant_id, implicit_decision_on)
    where implicit_decision_on is not null and state in ('EN_CONSTRUCTION', 'EN_INSTRUCTION');
