-- Strategic directives (v2 replaced the flat v1 spreadsheet import): what each team commits to.

CREATE TABLE eng.strategic_directives_v2 (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  directive_key  text        NOT NULL UNIQUE CHECK (directive_key ~ '^SD-[0-9]{4}-[0-9]{3}$'),
  title          text        NOT NULL CHECK (length(trim(title)) > 0),
  description    text,
  owner_team_id  bigint      NOT NULL REFERENCES eng.teams (id) ON DELETE RESTRICT,
  status         text        NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'active', 'blocked', 'completed', 'archived')),
  priority       smallint    NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
  target_quarter text        CHECK (target_quarter ~ '^[0-9]{4}-Q[1-4]$'),
  metadata       jsonb       NOT NULL DEFAULT '{}'::jsonb,
  created_by     text        NOT NULL DEFAULT current_user,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE eng.strategic_directives_v2 IS 'Strategic directives per team; analysts read them through views.* only.';

-- FK columns are not indexed automatically; team pages filter on it.
CREATE INDEX strategic_directives_v2_owner_team_idx ON eng.strategic_directives_v2 (owner_team_id);

CREATE TRIGGER strategic_directives_v2_touch_updated_at BEFORE UPDATE ON eng.strategic_directives_v2
  FOR EACH ROW EXECUTE FUNCTION eng.touch_updated_at();
SELECT audit.enable_row_audit('eng.strategic_directives_v2');

GRANT SELECT, INSERT, UPDATE, DELETE ON eng.strategic_directives_v2 TO eng_app;

INSERT INTO eng.strategic_directives_v2 (directive_key, title, description, owner_team_id, status, priority, target_quarter, metadata)
SELECT d.directive_key, d.title, d.description, t.id, d.status, d.priority, d.target_quarter, d.metadata::jsonb
FROM (VALUES
  ('SD-2025-001', 'Zero-downtime database promotions',      'Every schema change goes staging -> production through one audited path.', 'platform',    'active',    1, '2025-Q3', '{"okr": "O1.KR2"}'),
  ('SD-2025-002', 'Row-level security on all app schemas',  'No base-table access for analysts; views only.',                         'security',    'active',    1, '2025-Q3', '{"okr": "O2.KR1", "compliance": ["SOC2"]}'),
  ('SD-2025-003', 'Governance dashboard for directives',    'Summaries of directive status and review coverage for leadership.',       'data',        'active',    2, '2025-Q4', '{"okr": "O3.KR1"}'),
  ('SD-2025-004', 'Retire the v1 directives spreadsheet',   'All consumers read strategic_directives_v2.',                             'data',        'completed', 3, '2025-Q2', '{}'),
  ('SD-2025-005', 'Cross-app write boundary in CI',         'vh code must never write eng tables; enforced in CI.',                    'developer-x', 'active',    2, '2025-Q3', '{"okr": "O2.KR3"}'),
  ('SD-2025-006', 'Ingest service 100% rollout',            'Ramp the venture ingest service 10% -> 50% -> 100%.',                     'growth',      'blocked',   2, '2025-Q4', '{"blocked_on": "SD-2025-001"}'),
  ('SD-2025-007', 'Secrets rotation automation',            'Database credentials rotate every 30 days without downtime.',             'security',    'draft',     3, '2026-Q1', '{}'),
  ('SD-2025-008', 'Self-service staging databases',         'Engineers get a throwaway staging copy in minutes.',                      'platform',    'draft',     4, '2026-Q1', '{}'),
  ('SD-2024-017', 'Legacy cron host decommission',          'Moved remaining jobs to the scheduler.',                                  'platform',    'archived',  5, '2024-Q4', '{}')
) AS d(directive_key, title, description, team_slug, status, priority, target_quarter, metadata)
JOIN eng.teams t ON t.slug = d.team_slug;
