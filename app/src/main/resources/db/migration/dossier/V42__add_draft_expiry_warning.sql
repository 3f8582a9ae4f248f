-- Drafts untouched for 3 months expire after a warning (DOMAIN.md rule 7).
alter table dossier add column expiry_warned_at timestamptz;
create index dossier_draft_expiry_idx on dossier (updated_at) where state = 'BROUILLON';
