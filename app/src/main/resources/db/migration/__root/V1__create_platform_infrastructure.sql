-- Extensions the platform relies on (full-text search in French, trigram search, exclusion constraints).
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists btree_gist;
create extension if not exists citext;

-- The application role reads and writes what migrations create, table by table; it owns nothing.
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};

-- The tenant of the current transaction, as the application set it; null when none is set,
-- so every row-level-security policy comparing with it lets no row through.
create function guichet_current_tenant() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('guichet.tenant_id', true), '')::uuid $$;

-- Spring Modulith's event publication registry: side effects after commit, retried, never lost.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- HTTP sessions live in the database so that application nodes stay stateless.
create table spring_session (
    primary_id            char(36) primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null references spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    primary key (session_primary_id, attribute_name)
);
