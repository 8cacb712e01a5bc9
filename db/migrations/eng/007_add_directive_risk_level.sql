-- Risk level for directives: the governance summary counts high-risk work per team.
--
-- A constant DEFAULT is stored in the catalog (PostgreSQL 11+): no table rewrite. The CHECK
-- is added NOT VALID and then validated, the lock-friendly pattern for large tables.
-- CREATE INDEX CONCURRENTLY is not allowed in a transaction; these tables are small.

ALTER TABLE eng.strategic_directives_v2
  ADD COLUMN risk_level text NOT NULL DEFAULT 'medium';

ALTER TABLE eng.strategic_directives_v2
  ADD CONSTRAINT strategic_directives_v2_risk_level_chk
  CHECK (risk_level IN ('low', 'medium', 'high', 'critical')) NOT VALID;
ALTER TABLE eng.strategic_directives_v2
  VALIDATE CONSTRAINT strategic_directives_v2_risk_level_chk;

CREATE INDEX strategic_directives_v2_status_team_idx
  ON eng.strategic_directives_v2 (status, owner_team_id);

-- Initial assessment: priority 1 work that is live is high risk, blocked work is high risk,
-- low-priority drafts are low risk; the rest keeps the default.
UPDATE eng.strategic_directives_v2
SET risk_level = CASE
                   WHEN status = 'blocked' THEN 'high'
                   WHEN priority = 1 AND status = 'active' THEN 'high'
                   WHEN priority >= 4 THEN 'low'
                 END
WHERE status = 'blocked'
   OR (priority = 1 AND status = 'active')
   OR priority >= 4;
