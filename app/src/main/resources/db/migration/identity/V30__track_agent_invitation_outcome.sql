-- A cancelled invitation keeps its row so that its link can say it was cancelled rather than unknown;
-- an accepted one records which account it gave roles to, for the administrators' follow-up.
alter table agent_invitation add column cancelled_at timestamptz;
alter table agent_invitation add column accepted_by uuid references account (id) on delete set null;
create index agent_invitation_pending_idx on agent_invitation (tenant_id, email)
    where accepted_at is null and cancelled_at is null;
