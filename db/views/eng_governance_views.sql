-- Engineering governance views: the analysts' window onto eng (analyst_ro has no access to
-- eng itself). Repeatable: re-applied after the eng migrations whenever this file changes,
-- so every statement is idempotent. DROP + CREATE rather than CREATE OR REPLACE so a view
-- may drop or rename columns; the grants are re-issued below for the same reason.
--
-- The views are owned by the migration role and are not security_invoker: they read the base
-- tables with the owner's rights, which is exactly the access analyst_ro must not have directly.

CREATE SCHEMA IF NOT EXISTS views;

DROP VIEW IF EXISTS views.eng_governance_summary;
DROP VIEW IF EXISTS views.eng_directive_register;
DROP VIEW IF EXISTS views.eng_sync_health;

-- One row per team: directive counts by status, risk and review coverage.
CREATE VIEW views.eng_governance_summary AS
SELECT
  t.slug                                                            AS team_slug,
  t.name                                                            AS team_name,
  count(d.id)                                                       AS directives_total,
  count(d.id) FILTER (WHERE d.status = 'active')                    AS directives_active,
  count(d.id) FILTER (WHERE d.status = 'blocked')                   AS directives_blocked,
  count(d.id) FILTER (WHERE d.status = 'completed')                 AS directives_completed,
  count(d.id) FILTER (WHERE d.risk_level IN ('high', 'critical')
                        AND d.status IN ('active', 'blocked'))      AS open_high_risk,
  count(d.id) FILTER (WHERE d.last_review_decision = 'approved')    AS reviewed_approved,
  count(d.id) FILTER (WHERE d.last_review_decision = 'pending')     AS review_pending,
  count(d.id) FILTER (WHERE d.last_review_decision IS NULL
                        AND d.status NOT IN ('archived'))           AS never_reviewed,
  max(d.last_reviewed_at)                                           AS last_reviewed_at,
  max(d.updated_at)                                                 AS last_directive_change
FROM eng.teams t
LEFT JOIN eng.strategic_directives_v2 d ON d.owner_team_id = t.id
GROUP BY t.id, t.slug, t.name;

COMMENT ON VIEW views.eng_governance_summary IS 'Per-team directive status, risk and review coverage (runbook check).';

-- Directive list without free-text descriptions or internal metadata.
CREATE VIEW views.eng_directive_register AS
SELECT
  d.directive_key,
  d.title,
  t.slug                 AS team_slug,
  d.status,
  d.priority,
  d.risk_level,
  d.target_quarter,
  d.last_review_decision,
  d.last_reviewed_at,
  d.created_at,
  d.updated_at
FROM eng.strategic_directives_v2 d
JOIN eng.teams t ON t.id = d.owner_team_id
WHERE d.status <> 'archived';

COMMENT ON VIEW views.eng_directive_register IS 'Non-archived directives with owner, risk and last review.';

CREATE VIEW views.eng_sync_health AS
SELECT
  s.source,
  s.direction,
  s.status,
  s.last_synced_at,
  now() - s.last_synced_at                                     AS lag,
  s.error_count,
  (s.status = 'error'
   OR (s.status <> 'disabled'
       AND (s.last_synced_at IS NULL OR s.last_synced_at < now() - interval '1 hour'))) AS is_stale
FROM eng.sync_state s;

COMMENT ON VIEW views.eng_sync_health IS 'Governance sync lag and errors per source (cursor values omitted).';

GRANT USAGE ON SCHEMA views TO analyst_ro;
GRANT SELECT ON views.eng_governance_summary, views.eng_directive_register, views.eng_sync_health TO analyst_ro;
GRANT SELECT ON views.eng_governance_summary, views.eng_directive_register, views.eng_sync_health TO eng_app;
