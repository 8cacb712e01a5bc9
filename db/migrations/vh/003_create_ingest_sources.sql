-- Data sources the ingest service pulls from, per venture.

CREATE TABLE vh.ingest_sources (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  venture_id    bigint      NOT NULL REFERENCES vh.ventures (id) ON DELETE CASCADE,
  source_key    text        NOT NULL CHECK (source_key ~ '^[a-z][a-z0-9_]{1,62}$'),
  kind          text        NOT NULL CHECK (kind IN ('api', 'webhook', 'csv', 's3')),
  endpoint      text        NOT NULL,
  enabled       boolean     NOT NULL DEFAULT true,
  schedule_cron text,
  config        jsonb       NOT NULL DEFAULT '{}'::jsonb,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT ingest_sources_venture_key_uq UNIQUE (venture_id, source_key),
  -- Webhooks push; everything else is pulled on a schedule.
  CONSTRAINT ingest_sources_schedule_chk CHECK ((kind = 'webhook') = (schedule_cron IS NULL))
);
COMMENT ON TABLE vh.ingest_sources IS 'Configured ingest sources; secrets live in the secret store, never here.';

CREATE TRIGGER ingest_sources_touch_updated_at BEFORE UPDATE ON vh.ingest_sources
  FOR EACH ROW EXECUTE FUNCTION vh.touch_updated_at();
SELECT audit.enable_row_audit('vh.ingest_sources');

GRANT SELECT, INSERT, UPDATE, DELETE ON vh.ingest_sources TO vh_app, vh_ingest;

INSERT INTO vh.ingest_sources (venture_id, source_key, kind, endpoint, enabled, schedule_cron, config)
SELECT v.id, s.source_key, s.kind, s.endpoint, s.enabled, s.schedule_cron, s.config::jsonb
FROM (VALUES
  ('ledgerly',   'stripe_payouts',  'api',     'https://api.stripe.com/v1/payouts',    true,  '*/30 * * * *', '{"page_size": 100}'),
  ('ledgerly',   'bank_statements', 's3',      's3://ledgerly-ingest/statements/',     true,  '0 * * * *',    '{"format": "camt053"}'),
  ('fieldnote',  'app_events',      'webhook', 'https://hooks.example.com/fieldnote',  true,  NULL,           '{}'),
  ('carbonkit',  'survey_export',   'csv',     's3://carbonkit-ingest/surveys/',       true,  '0 6 * * *',    '{"delimiter": ";"}'),
  ('shiftwise',  'rota_api',        'api',     'https://api.shiftwise.example/v2/rota',true,  '*/30 * * * *', '{"timeout_s": 20}'),
  ('parcelpath', 'carrier_feed',    'api',     'https://carrier.example/feed',         false, '0 */6 * * *',  '{}')
) AS s(venture_slug, source_key, kind, endpoint, enabled, schedule_cron, config)
JOIN vh.ventures v ON v.slug = s.venture_slug;
