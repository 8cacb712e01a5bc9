-- Undo eng 001. Roles are NOT dropped: they are cluster-wide and the other database on this
-- cluster (staging/production) may still use them. The grants made by the UP go away with
-- the schema. Everything in eng must already be gone (later DOWNs), hence no CASCADE.

DROP SCHEMA eng;

-- `views` is shared with vh: drop it only once it is empty. USAGE for analyst_ro is kept
-- while vh views remain, since the vh views file grants the same privilege.
DO $$
BEGIN
  DROP SCHEMA views;
EXCEPTION WHEN dependent_objects_still_exist THEN
  RAISE NOTICE 'schema views still holds objects (vh views?); keeping it';
END
$$;
