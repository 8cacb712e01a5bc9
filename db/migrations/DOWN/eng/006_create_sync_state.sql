-- Undo eng 006. Drops the view over the table first (re-created by the views file).

DROP VIEW IF EXISTS views.eng_sync_health;

DROP TABLE eng.sync_state;
