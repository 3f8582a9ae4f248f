-- A sign-in finds its account by e-mail address (citext). Under row-level security the address's
-- condition may use the (tenant_id, email) index only if citext's equality is LEAKPROOF (see V112);
-- it is not, so every sign-in read the whole account table: a parallel sequential scan of 205,000
-- accounts, 118 ms, on the benchmark's database, for one row. citext_eq compares its two arguments
-- case-insensitively and raises no error that depends on their values.
-- Changing an extension function's attribute takes a superuser: without one, sign-ins stay correct
-- and only slower (docs/architecture.md, "Data").
do $$
begin
    if (select rolsuper from pg_roles where rolname = current_user) then
        alter function citext_eq(citext, citext) leakproof;
    else
        raise notice 'not a superuser: e-mail lookups under row-level security will not use their index';
    end if;
end $$;
