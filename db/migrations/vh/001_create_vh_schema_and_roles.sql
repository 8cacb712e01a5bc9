-- Venture hub app: its schema and its roles. vh_app is the web app, vh_ingest the ingest
-- service. Both write vh only; neither gets anything on eng (runbook boundary check).
--
-- Roles are cluster-wide and this file runs in staging and production on one cluster:
-- create a role only if it is missing, tolerating a concurrent creator.

-- A role that already exists may belong to another creator: on PostgreSQL 16+ commenting
-- on it needs ADMIN on it (before 16, CREATEROLE), which this file's runner may lack. Its
-- comment is then left as it is, and nothing else here needs more than the schemas' ownership.
DO $$
DECLARE
  wanted text[] := ARRAY['vh_app', 'vh_ingest'];
  comments text[] := ARRAY['Venture hub web application: reads and writes the vh schema only.', 'Venture hub ingest service: reads and writes the vh schema only.'];
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

CREATE SCHEMA vh;
COMMENT ON SCHEMA vh IS 'Venture hub: ventures, ingest sources and ingest runs.';

-- Shared with the eng phase, which normally creates it first.
CREATE SCHEMA IF NOT EXISTS views;

GRANT USAGE ON SCHEMA vh TO vh_app, vh_ingest;
