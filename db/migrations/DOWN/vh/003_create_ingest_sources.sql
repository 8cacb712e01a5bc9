-- Undo vh 003. Drops the views over the table first (re-created by the views file).

DROP VIEW IF EXISTS views.vh_ingest_daily;
DROP VIEW IF EXISTS views.vh_venture_overview;

DROP TABLE vh.ingest_sources;
