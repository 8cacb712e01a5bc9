-- Ventures tracked by the venture hub; plus vh's own updated_at trigger function (vh must
-- not depend on eng objects, so it does not reuse eng.touch_updated_at()).

CREATE FUNCTION vh.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE TABLE vh.ventures (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{1,62}$'),
  name        text        NOT NULL CHECK (length(trim(name)) > 0),
  stage       text        NOT NULL DEFAULT 'idea'
              CHECK (stage IN ('idea', 'validation', 'build', 'scale', 'sunset')),
  owner_email text        NOT NULL CHECK (owner_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  launched_on date,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE vh.ventures IS 'Ventures in the portfolio.';

CREATE TRIGGER ventures_touch_updated_at BEFORE UPDATE ON vh.ventures
  FOR EACH ROW EXECUTE FUNCTION vh.touch_updated_at();
SELECT audit.enable_row_audit('vh.ventures');

GRANT SELECT, INSERT, UPDATE, DELETE ON vh.ventures TO vh_app, vh_ingest;

INSERT INTO vh.ventures (slug, name, stage, owner_email, launched_on) VALUES
  ('ledgerly',   'Ledgerly',    'scale',      'sam.okafor@example.com',  DATE '2023-04-03'),
  ('fieldnote',  'FieldNote',   'build',      'ines.duarte@example.com', NULL),
  ('carbonkit',  'CarbonKit',   'validation', 'tom.becker@example.com',  NULL),
  ('shiftwise',  'Shiftwise',   'scale',      'aya.tanaka@example.com',  DATE '2022-11-14'),
  ('parcelpath', 'ParcelPath',  'sunset',     'li.wei@example.com',      DATE '2021-06-01');
