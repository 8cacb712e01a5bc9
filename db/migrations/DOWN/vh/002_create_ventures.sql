-- Undo vh 002. Drops the views over the table first (re-created by the views file).

DROP VIEW IF EXISTS views.vh_ingest_daily;
DROP VIEW IF EXISTS views.vh_venture_overview;

DROP TABLE vh.ventures;
DROP FUNCTION vh.touch_updated_at();
