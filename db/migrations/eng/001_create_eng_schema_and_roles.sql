-- Engineering app: its schema, the shared read-only `views` schema, and the roles.
--
-- Roles are cluster-wide while schemas are per database: the same file runs in staging and
-- then in production on one cluster, so a role may already exist. CREATE ROLE has no
-- IF NOT EXISTS; check pg_roles and still tolerate a concurrent creator (duplicate_object).
-- Roles are NOLOGIN: people and services log in as their own users and are GRANTed these.

DO $$
DECLARE
  wanted text[] := ARRAY['eng_app', 'analyst_ro'];
  r text;
BEGIN
  FOREACH r IN ARRAY wanted LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
      EXCEPTION WHEN duplicate_object THEN
        RAISE NOTICE 'role % was created concurrently; keeping it', r;
      END;
    END IF;
  END LOOP;
END
$$;

COMMENT ON ROLE eng_app IS 'Engineering application: reads and writes the eng schema only.';
COMMENT ON ROLE analyst_ro IS 'Read-only analysts: SELECT on the views schema only, never on base tables.';

CREATE SCHEMA eng;
COMMENT ON SCHEMA eng IS 'Engineering governance: teams, strategic directives, reviews, sync state.';

-- `views` is shared by the eng and vh phases; whichever runs first creates it.
CREATE SCHEMA IF NOT EXISTS views;
COMMENT ON SCHEMA views IS 'Curated read-only surface for analysts; the only schema analyst_ro may use.';

GRANT USAGE ON SCHEMA eng TO eng_app;
GRANT USAGE ON SCHEMA views TO analyst_ro;
