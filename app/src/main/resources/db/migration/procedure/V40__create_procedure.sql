-- Text search in French that ignores accents: "creche" finds "crèche", "inscriptions" finds "inscription".
create text search configuration guichet_french (copy = french);
alter text search configuration guichet_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can back an index.
create function guichet_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- A démarche: an online public service of a tenant, owned by one of its services.
create table procedure (
    id                uuid primary key default gen_random_uuid(),
    tenant_id         uuid not null references tenant (id) on delete cascade,
    service_id        uuid not null references service_unit (id),
    slug              citext not null check (slug ~ '^[a-z0-9](-?[a-z0-9])*$' and length(slug) <= 80),
    title             text not null check (length(title) between 3 and 200),
    summary           text not null default '' check (length(summary) <= 300),
    description       text not null default '' check (length(description) <= 10000),
    category          text not null check (category in ('ETAT_CIVIL', 'FAMILLE', 'URBANISME', 'VOIRIE',
                          'ASSOCIATIONS', 'ECONOMIE', 'EQUIPEMENTS', 'SOCIAL', 'ENVIRONNEMENT', 'AUTRE')),
    state             text not null default 'BROUILLON' check (state in ('BROUILLON', 'PUBLIEE', 'CLOSE')),
    login_required    boolean not null default true,
    -- What a citizen reads before starting (who may apply, documents, fees, delays).
    eligibility       text not null default '' check (length(eligibility) <= 5000),
    documents         text not null default '' check (length(documents) <= 5000),
    fees              text not null default '' check (length(fees) <= 2000),
    processing_delay  text not null default '' check (length(processing_delay) <= 500),
    -- Silence of the administration (CRPA L. 231-1 and following): none, acceptance or rejection.
    silence_rule      text not null default 'NONE' check (silence_rule in ('NONE', 'SVA', 'SVR')),
    silence_months    int check (silence_months between 1 and 24),
    -- RGPD declarations (art. 13 and 30): shown to citizens, required to publish.
    legal_basis       text not null default '' check (length(legal_basis) <= 2000),
    purpose           text not null default '' check (length(purpose) <= 2000),
    data_categories   text not null default '' check (length(data_categories) <= 2000),
    recipients        text not null default '' check (length(recipients) <= 2000),
    retention_months  int not null default 12 check (retention_months between 1 and 60),
    replaced_by       uuid references procedure (id),
    published_at      timestamptz,
    closed_at         timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    search            tsvector generated always as (
                          setweight(to_tsvector('guichet_french', title), 'A') ||
                          setweight(to_tsvector('guichet_french', summary), 'B') ||
                          setweight(to_tsvector('guichet_french', description), 'C')) stored,
    unique (tenant_id, slug),
    check (silence_rule = 'NONE' or silence_months is not null)
);
create index procedure_catalogue_idx on procedure (tenant_id, state, category, title);
create index procedure_search_idx on procedure using gin (search);
create index procedure_title_trgm_idx on procedure using gin (guichet_unaccent(lower(title)) gin_trgm_ops);
create index procedure_service_idx on procedure (service_id);

alter table procedure enable row level security;
alter table procedure force row level security;
create policy tenant_isolation on procedure
    using (tenant_id = guichet_current_tenant()) with check (tenant_id = guichet_current_tenant());
