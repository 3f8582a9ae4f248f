-- The password chosen at sign-up travels with its verification link and becomes the account's
-- password only when that link is opened. Someone who signs up first with another person's address
-- therefore cannot choose the password that person ends up with (account pre-hijacking): the owner
-- who signs up again and opens their own link gets their own password.
alter table account_token add column pending_password_hash text;
alter table account_token add constraint account_token_pending_password_for_verification_only
    check (pending_password_hash is null or purpose = 'VERIFY_EMAIL');
