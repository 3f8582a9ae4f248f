-- Under row-level security PostgreSQL evaluates a query's conditions only after the policy's, unless
-- their functions are declared LEAKPROOF; the full-text match operator (@@) is not, so with RLS the
-- inbox search could not use its GIN index and read every dossier of the tenant instead. Measured on
-- 1,000,000 dossiers as the application's role: a capped count of "martin*" 423 ms by a parallel
-- sequential scan, 139 ms with the index; a search for a rare word, seconds against 1 ms.
-- ts_match_vq reads only its two arguments and raises no error that would reveal a row's value.
-- Changing a built-in function's attribute takes a superuser: when migrations run without one, the
-- search stays correct and only slower (docs/architecture.md, "Data").
do $$
begin
    if (select rolsuper from pg_roles where rolname = current_user) then
        alter function pg_catalog.ts_match_vq(tsvector, tsquery) leakproof;
    else
        raise notice 'not a superuser: full-text search under row-level security will not use its index';
    end if;
end $$;
