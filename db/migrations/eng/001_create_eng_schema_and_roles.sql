-- Engineering app: its schema, the shared read-only `views` schema, and the roles.
--
-- Roles are cluster-wide while schemas are per database: the same file runs in staging and
-- then in production on one cluster, so a role may already exist. CREATE ROLE has no
-- IF NOT EXISTS; check pg_roles and still tolerate a concurrent creator (duplicate_object).
-- Roles are NOLOGIN: people and services log in as their own users and are GRANTed these.

-- A role that already exists may belong to another creator: on PostgreSQL 16+ commenting
-- on it needs ADMIN on it (before 16, CREATEROLE), which this file's runner may lack. Its
-- comment is then left as it is, and nothing else here needs more than the schemas' ownership.
DO $$
DECLARE
  wanted text[] := ARRAY['eng_app', 'analyst_ro'];
  comments text[] := ARRAY['Engineering application: reads and writes the eng schema only.', 'Read-only analysts: SELECT on the views schema only, never on base tables.'];
  i int;
BEGIN
  FOR i IN 1 .. array_length(wanted, 1) LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = wanted[i]) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', wanted[i]);
      EXCEPTION WHEN duplicate_object THEN
        RAISE NOTICE 'role % was created concurrently; keeping it', wanted[i];
      END;
    END IF;
    BEGIN
      EXECUTE format('COMMENT ON ROLE %I IS %L', wanted[i], comments[i]);
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'role % exists and this role may not comment on it; its comment is kept', wanted[i];
    END;
  END LOOP;
END
$$;

CREATE SCHEMA eng;
COMMENT ON SCHEMA eng IS 'Engineering governance: teams, strategic directives, reviews, sync state.';

-- `views` is shared by the eng and vh phases; whichever runs first creates it.
CREATE SCHEMA IF NOT EXISTS views;
COMMENT ON SCHEMA views IS 'Curated read-only surface for analysts; the only schema analyst_ro may use.';

GRANT USAGE ON SCHEMA eng TO eng_app;
GRANT USAGE ON SCHEMA views TO analyst_ro;
