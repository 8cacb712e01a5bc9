-- Undo vh 001. Roles vh_app and vh_ingest are NOT dropped: they are cluster-wide and the
-- other database on this cluster may still use them. Their USAGE on vh goes with the schema.

DROP SCHEMA vh;

-- `views` is shared with eng: drop it only once it is empty.
DO $$
BEGIN
  DROP SCHEMA views;
EXCEPTION WHEN dependent_objects_still_exist THEN
  RAISE NOTICE 'schema views still holds objects (eng views?); keeping it';
END
$$;
