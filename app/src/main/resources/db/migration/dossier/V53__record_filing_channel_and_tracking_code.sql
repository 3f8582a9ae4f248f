-- How a dossier reached the administration: online by the usager, or filed by an agent on behalf of a
-- person (counter, phone, post, email). A dossier filed without an account keeps the person's contact
-- details for the acknowledgements, and the hash of a tracking code with which it can be reopened.
alter table dossier add column channel text not null default 'EN_LIGNE'
    check (channel in ('EN_LIGNE', 'GUICHET', 'TELEPHONE', 'COURRIER', 'COURRIEL'));
alter table dossier add column filed_by_agent_id uuid references account (id) on delete set null;
alter table dossier add column contact_name text check (length(contact_name) <= 200);
alter table dossier add column contact_email text check (length(contact_email) <= 254);
alter table dossier add column tracking_code_hash text check (tracking_code_hash ~ '^[0-9a-f]{64}$');
create unique index dossier_tracking_code_idx on dossier (tracking_code_hash) where tracking_code_hash is not null;
