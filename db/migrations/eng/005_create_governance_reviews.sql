-- Governance reviews: each directive is reviewed; a decision is final once made.

CREATE TABLE eng.governance_reviews (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  directive_id   bigint      NOT NULL REFERENCES eng.strategic_directives_v2 (id) ON DELETE CASCADE,
  reviewer_email text        NOT NULL CHECK (reviewer_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  decision       text        NOT NULL DEFAULT 'pending'
                 CHECK (decision IN ('pending', 'approved', 'rejected', 'changes_requested')),
  notes          text,
  requested_at   timestamptz NOT NULL DEFAULT now(),
  decided_at     timestamptz,
  -- A decision has a time and a pending review has none.
  CONSTRAINT governance_reviews_decided_at_chk CHECK ((decision = 'pending') = (decided_at IS NULL)),
  CONSTRAINT governance_reviews_decided_after_requested_chk CHECK (decided_at IS NULL OR decided_at >= requested_at)
);
COMMENT ON TABLE eng.governance_reviews IS 'Review decisions on strategic directives.';

CREATE INDEX governance_reviews_directive_idx ON eng.governance_reviews (directive_id, requested_at DESC);

SELECT audit.enable_row_audit('eng.governance_reviews');

GRANT SELECT, INSERT, UPDATE, DELETE ON eng.governance_reviews TO eng_app;

INSERT INTO eng.governance_reviews (directive_id, reviewer_email, decision, notes, requested_at, decided_at)
SELECT d.id, r.reviewer, r.decision, r.notes, now() - r.requested_ago::interval,
       CASE WHEN r.decision = 'pending' THEN NULL ELSE now() - r.decided_ago::interval END
FROM (VALUES
  ('SD-2025-001', 'cto@example.com',          'approved',          'Approved with staging-first requirement.', '30 days', '28 days'),
  ('SD-2025-002', 'ciso@example.com',         'changes_requested', 'Cover the vh schema as well.',             '21 days', '20 days'),
  ('SD-2025-002', 'ciso@example.com',         'approved',          'vh included; approved.',                   '12 days', '10 days'),
  ('SD-2025-003', 'vp.data@example.com',      'pending',           NULL,                                       '3 days',  NULL),
  ('SD-2025-004', 'vp.data@example.com',      'approved',          'Spreadsheet archived read-only.',          '90 days', '85 days'),
  ('SD-2025-005', 'cto@example.com',          'approved',          NULL,                                       '14 days', '13 days'),
  ('SD-2025-006', 'vp.product@example.com',   'rejected',          'Wait for promotion tooling (SD-2025-001).','9 days',  '7 days'),
  ('SD-2025-007', 'ciso@example.com',         'pending',           NULL,                                       '1 day',   NULL)
) AS r(directive_key, reviewer, decision, notes, requested_ago, decided_ago)
JOIN eng.strategic_directives_v2 d ON d.directive_key = r.directive_key;
