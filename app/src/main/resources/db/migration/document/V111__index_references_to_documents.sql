-- Every column that refers to a document gets an index: deleting documents (a purge, an erasure
-- request) checks each reference, and without an index each check reads the whole table. The
-- benchmark found it: deleting 36,000 documents beside 1,000,000 dossiers did not end in 7 minutes.
create index if not exists dossier_acknowledgement_document_idx on dossier (acknowledgement_document_id)
    where acknowledgement_document_id is not null;
create index if not exists dossier_implicit_decision_document_idx on dossier (implicit_decision_document_id)
    where implicit_decision_document_id is not null;
create index if not exists dossier_decision_document_idx on dossier_decision (document_id)
    where document_id is not null;
create index if not exists expert_invitation_document_idx on expert_invitation (document_id)
    where document_id is not null;
