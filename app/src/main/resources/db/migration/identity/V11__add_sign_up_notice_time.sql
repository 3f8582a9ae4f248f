-- When the owner of an address was last told that someone tried to sign up with it, so that
-- repeated sign-ups cannot flood their inbox.
alter table account add column sign_up_notice_at timestamptz;
