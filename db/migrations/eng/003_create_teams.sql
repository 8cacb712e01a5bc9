-- Engineering teams, the owners of strategic directives; plus the shared updated_at trigger.

CREATE FUNCTION eng.touch_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE TABLE eng.teams (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z0-9-]{1,62}$'),
  name        text        NOT NULL CHECK (length(trim(name)) > 0),
  lead_email  text        NOT NULL CHECK (lead_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  cost_center text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE eng.teams IS 'Engineering teams that own directives.';

CREATE TRIGGER teams_touch_updated_at BEFORE UPDATE ON eng.teams
  FOR EACH ROW EXECUTE FUNCTION eng.touch_updated_at();
SELECT audit.enable_row_audit('eng.teams');

GRANT SELECT, INSERT, UPDATE, DELETE ON eng.teams TO eng_app;

INSERT INTO eng.teams (slug, name, lead_email, cost_center) VALUES
  ('platform',    'Platform Engineering', 'ana.ruiz@example.com',     'CC-1010'),
  ('data',        'Data & Analytics',     'kofi.mensah@example.com',  'CC-1020'),
  ('security',    'Security Engineering', 'lena.fischer@example.com', 'CC-1030'),
  ('growth',      'Growth Engineering',   'raj.patel@example.com',    'CC-1040'),
  ('developer-x', 'Developer Experience', 'mei.chen@example.com',     'CC-1050');
