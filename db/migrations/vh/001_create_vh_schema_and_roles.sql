-- Venture hub app: its schema and its roles. vh_app is the web app, vh_ingest the ingest
-- service. Both write vh only; neither gets anything on eng (runbook boundary check).
--
-- Roles are cluster-wide and this file runs in staging and production on one cluster:
-- create a role only if it is missing, tolerating a concurrent creator.

DO $$
DECLARE
  wanted text[] := ARRAY['vh_app', 'vh_ingest'];
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

COMMENT ON ROLE vh_app IS 'Venture hub web application: reads and writes the vh schema only.';
COMMENT ON ROLE vh_ingest IS 'Venture hub ingest service: reads and writes the vh schema only.';

CREATE SCHEMA vh;
COMMENT ON SCHEMA vh IS 'Venture hub: ventures, ingest sources and ingest runs.';

-- Shared with the eng phase, which normally creates it first.
CREATE SCHEMA IF NOT EXISTS views;

GRANT USAGE ON SCHEMA vh TO vh_app, vh_ingest;
