-- Undo vh 007 (the backfilled rows go with the table; the run history stays).

DROP TABLE vh.venture_daily_metrics;
