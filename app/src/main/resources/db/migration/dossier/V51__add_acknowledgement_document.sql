-- The accusé de réception generated for each submitted dossier (DOMAIN.md rule 3), kept with it.
alter table dossier add column acknowledgement_document_id uuid references document (id);
