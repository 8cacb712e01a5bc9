-- Undo eng 007: index, constraint and column (which also discards the risk backfill).
-- The views read risk_level: drop them first; the views file re-creates them once the
-- column is back.

DROP VIEW IF EXISTS views.eng_governance_summary;
DROP VIEW IF EXISTS views.eng_directive_register;

DROP INDEX eng.strategic_directives_v2_status_team_idx;
ALTER TABLE eng.strategic_directives_v2 DROP CONSTRAINT strategic_directives_v2_risk_level_chk;
ALTER TABLE eng.strategic_directives_v2 DROP COLUMN risk_level;
