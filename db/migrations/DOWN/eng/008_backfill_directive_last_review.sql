-- Undo eng 008: the sync trigger and function, then the backfilled columns (the source data
-- stays in eng.governance_reviews). The views read these columns: drop them first.

DROP VIEW IF EXISTS views.eng_governance_summary;
DROP VIEW IF EXISTS views.eng_directive_register;

DROP TRIGGER governance_reviews_sync_last_review ON eng.governance_reviews;
DROP FUNCTION eng.sync_directive_last_review();

ALTER TABLE eng.strategic_directives_v2
  DROP COLUMN last_reviewed_at,
  DROP COLUMN last_review_decision;
