-- Sync state of the governance sync (ENG_GOVERNANCE_SYNC): one row per external source.

CREATE TABLE eng.sync_state (
  source          text        PRIMARY KEY CHECK (source ~ '^[a-z][a-z0-9_]*$'),
  direction       text        NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  sync_cursor     text,
  last_synced_at  timestamptz,
  status          text        NOT NULL DEFAULT 'idle' CHECK (status IN ('idle', 'running', 'error', 'disabled')),
  error_count     integer     NOT NULL DEFAULT 0 CHECK (error_count >= 0),
  last_error      text,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT sync_state_error_has_message_chk CHECK (status <> 'error' OR last_error IS NOT NULL)
);
COMMENT ON TABLE eng.sync_state IS 'Cursor and health of each governance sync source.';

CREATE TRIGGER sync_state_touch_updated_at BEFORE UPDATE ON eng.sync_state
  FOR EACH ROW EXECUTE FUNCTION eng.touch_updated_at();
SELECT audit.enable_row_audit('eng.sync_state');

GRANT SELECT, INSERT, UPDATE, DELETE ON eng.sync_state TO eng_app;

INSERT INTO eng.sync_state (source, direction, sync_cursor, last_synced_at, status, error_count, last_error) VALUES
  ('github',     'inbound',  'etag:W/"a1b2c3"',        now() - interval '12 minutes', 'idle',     0, NULL),
  ('jira',       'inbound',  'updated>=2025-09-22T08:00', now() - interval '3 hours', 'error',    4, 'HTTP 429 Too Many Requests'),
  ('okr_sheet',  'inbound',  'rev:4817',               now() - interval '40 minutes', 'idle',     0, NULL),
  ('slack_digest','outbound', NULL,                    now() - interval '1 day',      'disabled', 0, NULL);
