-- Undo eng 005.

DROP TABLE eng.governance_reviews;
