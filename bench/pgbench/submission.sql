-- The raw database ceiling of one submission: the statements the application runs to file one
-- dossier (DossierManagement.createDraft, saveAnswers ×4 — prefill and three pages —, the upload's
-- document row, submit, then the after-commit listeners: accusé de réception, mail, audit), as the
-- application role under row-level security, one transaction per application transaction.
-- Reads that only render pages are left out. bench/run fills bench_pgbench with (tenant,
-- démarche, citizen) triples; variables are substituted as text, hence the quotes.
\set n random(1, :rows)
select tenant, procedure, owner from bench_pgbench where n = :n \gset

begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into dossier (tenant_id, procedure_id, procedure_version, owner_account_id, created_at, updated_at)
    values (':tenant', ':procedure', 1, ':owner', now(), now()) returning id as dossier \gset
insert into dossier_event (tenant_id, dossier_id, occurred_at, kind, to_state, actor_kind, actor_id)
    values (':tenant', ':dossier', now(), 'created', 'BROUILLON', 'USAGER', ':owner');
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'audit', 'org.guichet.dossier.DossierEdited', '{"dossierId":":dossier","change":"created"}', now())
    returning id as pub \gset
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into audit_event (tenant_id, actor, action, target) values (':tenant', ':owner', 'dossier.created', ':dossier');
delete from event_publication where id = ':pub';
commit;

-- Prefill, then the three pages: lock, save, publish DossierEdited, audit it.
begin;
select set_config('guichet.tenant_id', ':tenant', true);
select version from dossier where id = ':dossier' for update;
update dossier set answers = '{"values":{"nom":["Dupont"],"prenom":["Camille"],"courriel":["usager@bench.localhost"]},"files":{}}'::jsonb,
    version = version + 1, updated_at = now(), expiry_warned_at = null where id = ':dossier';
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'audit', 'org.guichet.dossier.DossierEdited', '{"dossierId":":dossier","change":"answers-saved"}', now())
    returning id as pub \gset
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into audit_event (tenant_id, actor, action, target) values (':tenant', ':owner', 'dossier.answers-saved', ':dossier');
delete from event_publication where id = ':pub';
commit;

begin;
select set_config('guichet.tenant_id', ':tenant', true);
select version from dossier where id = ':dossier' for update;
update dossier set answers = '{"values":{"nom":["Dupont"],"prenom":["Camille"],"courriel":["usager@bench.localhost"],"telephone":["+33612345678"],"naissance.day":["27"],"naissance.month":["3"],"naissance.year":["1990"]},"files":{}}'::jsonb,
    version = version + 1, updated_at = now(), expiry_warned_at = null where id = ':dossier';
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'audit', 'org.guichet.dossier.DossierEdited', '{"dossierId":":dossier","change":"answers-saved"}', now())
    returning id as pub \gset
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into audit_event (tenant_id, actor, action, target) values (':tenant', ':owner', 'dossier.answers-saved', ':dossier');
delete from event_publication where id = ':pub';
commit;

begin;
select set_config('guichet.tenant_id', ':tenant', true);
select version from dossier where id = ':dossier' for update;
update dossier set answers = '{"values":{"nom":["Dupont"],"prenom":["Camille"],"courriel":["usager@bench.localhost"],"telephone":["+33612345678"],"naissance.day":["27"],"naissance.month":["3"],"naissance.year":["1990"],"nature":["premiere"],"description":["Je sollicite une autorisation de stationnement devant le 12 rue Victor-Hugo."],"montant":["120"],"date_souhaitee.day":["15"],"date_souhaitee.month":["6"],"date_souhaitee.year":["2030"]},"files":{}}'::jsonb,
    version = version + 1, updated_at = now(), expiry_warned_at = null where id = ':dossier';
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'audit', 'org.guichet.dossier.DossierEdited', '{"dossierId":":dossier","change":"answers-saved"}', now())
    returning id as pub \gset
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into audit_event (tenant_id, actor, action, target) values (':tenant', ':owner', 'dossier.answers-saved', ':dossier');
delete from event_publication where id = ':pub';
commit;

-- The third page stores its file first (its own transaction), then saves.
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into document (id, tenant_id, storage_key, file_name, content_type, size_bytes, sha256, created_at, created_by)
    values (gen_random_uuid(), ':tenant', 'pgbench/' || gen_random_uuid(), 'justificatif.pdf', 'application/pdf', 204800,
            sha256(random()::text::bytea), now(), ':owner') returning id as file \gset
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
select version from dossier where id = ':dossier' for update;
update dossier set answers = '{"values":{"nom":["Dupont"],"prenom":["Camille"],"courriel":["usager@bench.localhost"],"telephone":["+33612345678"],"naissance.day":["27"],"naissance.month":["3"],"naissance.year":["1990"],"nature":["premiere"],"description":["Je sollicite une autorisation de stationnement devant le 12 rue Victor-Hugo."],"montant":["120"],"date_souhaitee.day":["15"],"date_souhaitee.month":["6"],"date_souhaitee.year":["2030"],"consentement":["oui"]},"files":{"justificatif":[{"reference":":file","fileName":"justificatif.pdf","sizeBytes":204800,"contentType":"application/pdf"}]}}'::jsonb,
    version = version + 1, updated_at = now(), expiry_warned_at = null where id = ':dossier';
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'audit', 'org.guichet.dossier.DossierEdited', '{"dossierId":":dossier","change":"answers-saved"}', now())
    returning id as pub \gset
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into audit_event (tenant_id, actor, action, target) values (':tenant', ':owner', 'dossier.answers-saved', ':dossier');
delete from event_publication where id = ':pub';
commit;

-- Submission: the tenant's next reference under the counter's row lock, the state, the timeline,
-- and three publications (accusé de réception, mail, audit).
begin;
select set_config('guichet.tenant_id', ':tenant', true);
select version from dossier where id = ':dossier' for update;
insert into dossier_reference_counter (tenant_id, year, last) values (':tenant', extract(year from now())::int, 1)
    on conflict (tenant_id, year) do update set last = dossier_reference_counter.last + 1 returning last \gset
update dossier set state = 'EN_CONSTRUCTION', reference = to_char(now(), 'YYYY') || '-' || lpad(':last', 6, '0'),
    submitted_at = now(), updated_at = now(), version = version + 1 where id = ':dossier';
insert into dossier_event (tenant_id, dossier_id, occurred_at, kind, from_state, to_state, actor_kind, actor_id)
    values (':tenant', ':dossier', now(), 'submitted', 'BROUILLON', 'EN_CONSTRUCTION', 'USAGER', ':owner');
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'acknowledgement', 'org.guichet.dossier.DossierSubmitted', '{"dossierId":":dossier"}', now())
    returning id as ack \gset
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'mail', 'org.guichet.dossier.DossierSubmitted', '{"dossierId":":dossier"}', now())
    returning id as mail \gset
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'audit', 'org.guichet.dossier.DossierSubmitted', '{"dossierId":":dossier"}', now())
    returning id as pub \gset
commit;

begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into document (id, tenant_id, storage_key, file_name, content_type, size_bytes, sha256, created_at)
    values (gen_random_uuid(), ':tenant', 'pgbench/' || gen_random_uuid(), 'accuse-de-reception.pdf', 'application/pdf', 32000,
            sha256(random()::text::bytea), now()) returning id as receipt \gset
update dossier set acknowledgement_document_id = ':receipt' where id = ':dossier';
delete from event_publication where id = ':ack';
commit;
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
    values (gen_random_uuid(), 'email', 'org.guichet.notification.EmailRequested', '{"to":"usager@bench.localhost"}', now())
    returning id as email \gset
delete from event_publication where id = ':mail';
commit;
delete from event_publication where id = ':email';
begin;
select set_config('guichet.tenant_id', ':tenant', true);
insert into audit_event (tenant_id, actor, action, target) values (':tenant', ':owner', 'dossier.submitted', ':dossier');
delete from event_publication where id = ':pub';
commit;
