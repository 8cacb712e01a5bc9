-- Denormalise the latest review decision onto each directive and backfill it from
-- eng.governance_reviews, then keep it current with a trigger. The governance summary
-- then reports review coverage without scanning every review.

ALTER TABLE eng.strategic_directives_v2
  ADD COLUMN last_review_decision text
    CONSTRAINT strategic_directives_v2_last_review_decision_chk
    CHECK (last_review_decision IN ('pending', 'approved', 'rejected', 'changes_requested')),
  ADD COLUMN last_reviewed_at timestamptz;

-- Backfill: the most recent review per directive (by request time, then id).
UPDATE eng.strategic_directives_v2 AS d
SET last_review_decision = latest.decision,
    last_reviewed_at     = latest.decided_at
FROM (
  SELECT DISTINCT ON (r.directive_id) r.directive_id, r.decision, r.decided_at
  FROM eng.governance_reviews r
  ORDER BY r.directive_id, r.requested_at DESC, r.id DESC
) AS latest
WHERE latest.directive_id = d.id;

CREATE FUNCTION eng.sync_directive_last_review() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, eng
AS $$
BEGIN
  UPDATE eng.strategic_directives_v2 AS d
  SET last_review_decision = latest.decision,
      last_reviewed_at     = latest.decided_at
  FROM (
    SELECT r.decision, r.decided_at
    FROM eng.governance_reviews r
    WHERE r.directive_id = NEW.directive_id
    ORDER BY r.requested_at DESC, r.id DESC
    LIMIT 1
  ) AS latest
  WHERE d.id = NEW.directive_id
    AND (d.last_review_decision, d.last_reviewed_at) IS DISTINCT FROM (latest.decision, latest.decided_at);
  RETURN NULL;
END
$$;

CREATE TRIGGER governance_reviews_sync_last_review
  AFTER INSERT OR UPDATE OF decision, decided_at, requested_at ON eng.governance_reviews
  FOR EACH ROW EXECUTE FUNCTION eng.sync_directive_last_review();
