-- Row-level security for every eng table. Repeatable: re-applied after the eng views whenever
-- it changes; ENABLE is idempotent and each policy is dropped (IF EXISTS) and re-created.
--
-- With RLS enabled and no policy for a role, that role sees no rows at all (default deny).
-- Only eng_app gets policies; analyst_ro has no table privilege either and reads views.*,
-- whose owner (the migration role) is not subject to these policies.
-- The policies reference only their own table's columns, so DOWN migrations can drop
-- tables without CASCADE.

-- teams: reference data, fully managed by the app.
ALTER TABLE eng.teams ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS eng_app_all ON eng.teams;
CREATE POLICY eng_app_all ON eng.teams
  FOR ALL TO eng_app USING (true) WITH CHECK (true);

-- strategic_directives_v2: the app reads everything; archived directives are frozen.
ALTER TABLE eng.strategic_directives_v2 ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS eng_app_select ON eng.strategic_directives_v2;
DROP POLICY IF EXISTS eng_app_insert ON eng.strategic_directives_v2;
DROP POLICY IF EXISTS eng_app_update ON eng.strategic_directives_v2;
DROP POLICY IF EXISTS eng_app_delete ON eng.strategic_directives_v2;
CREATE POLICY eng_app_select ON eng.strategic_directives_v2
  FOR SELECT TO eng_app USING (true);
CREATE POLICY eng_app_insert ON eng.strategic_directives_v2
  FOR INSERT TO eng_app WITH CHECK (status <> 'archived');
CREATE POLICY eng_app_update ON eng.strategic_directives_v2
  FOR UPDATE TO eng_app USING (status <> 'archived') WITH CHECK (true);
CREATE POLICY eng_app_delete ON eng.strategic_directives_v2
  FOR DELETE TO eng_app USING (status = 'draft');

-- governance_reviews: decisions are final; only pending reviews change or disappear.
ALTER TABLE eng.governance_reviews ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS eng_app_select ON eng.governance_reviews;
DROP POLICY IF EXISTS eng_app_insert ON eng.governance_reviews;
DROP POLICY IF EXISTS eng_app_update ON eng.governance_reviews;
DROP POLICY IF EXISTS eng_app_delete ON eng.governance_reviews;
CREATE POLICY eng_app_select ON eng.governance_reviews
  FOR SELECT TO eng_app USING (true);
CREATE POLICY eng_app_insert ON eng.governance_reviews
  FOR INSERT TO eng_app WITH CHECK (true);
CREATE POLICY eng_app_update ON eng.governance_reviews
  FOR UPDATE TO eng_app USING (decision = 'pending') WITH CHECK (true);
CREATE POLICY eng_app_delete ON eng.governance_reviews
  FOR DELETE TO eng_app USING (decision = 'pending');

-- sync_state: written by the sync worker running as eng_app.
ALTER TABLE eng.sync_state ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS eng_app_all ON eng.sync_state;
CREATE POLICY eng_app_all ON eng.sync_state
  FOR ALL TO eng_app USING (true) WITH CHECK (true);

-- Guard: a table added by a later migration without RLS or without any policy fails this
-- file (and so the promotion) instead of shipping unprotected or silently empty.
DO $$
DECLARE
  missing text;
BEGIN
  SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ' ORDER BY c.relname)
  INTO missing
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'eng'
    AND c.relkind IN ('r', 'p')
    AND (NOT c.relrowsecurity
         OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid));
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'eng tables without row-level security or without a policy: %', missing
      USING HINT = 'Add them to db/policies/eng_rls_policies.sql.';
  END IF;
END
$$;
