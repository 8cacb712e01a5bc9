-- Audit trail: audit.change_log filled by real triggers.
--   * audit.log_row_change(): row-level INSERT/UPDATE/DELETE and statement-level TRUNCATE;
--     attached to each eng/vh table with audit.enable_row_audit(table).
--   * audit.log_ddl_command() / audit.log_sql_drop(): event triggers for DDL.
--
-- pg-promote creates schema audit and its own audit.migration_log before the first
-- migration, hence IF NOT EXISTS; nothing here touches audit.migration_log.
-- Event triggers need superuser; migrations run as one.

CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE audit.change_log (
  id               bigserial PRIMARY KEY,
  "timestamp"      timestamptz NOT NULL DEFAULT now(),
  kind             text        NOT NULL CHECK (kind IN ('dml', 'ddl', 'drop')),
  -- INSERT/UPDATE/DELETE/TRUNCATE for dml; the command tag (CREATE TABLE, ...) otherwise.
  operation        text        NOT NULL,
  schema_name      text,
  object_name      text,
  object_type      text        NOT NULL,
  object_identity  text,
  old_data         jsonb,
  new_data         jsonb,
  changed_columns  text[],
  -- The effective role of the statement (after SET ROLE); see audit.effective_user().
  db_user          text        NOT NULL,
  session_user_name text       NOT NULL DEFAULT session_user,
  application_name text        DEFAULT nullif(current_setting('application_name', true), ''),
  txid             bigint      NOT NULL DEFAULT txid_current()
);

CREATE INDEX change_log_timestamp_idx ON audit.change_log ("timestamp");
CREATE INDEX change_log_object_idx ON audit.change_log (schema_name, object_name, "timestamp");
CREATE INDEX change_log_txid_idx ON audit.change_log (txid);

COMMENT ON TABLE audit.change_log IS 'Row changes on eng/vh tables and DDL in this database, written by triggers only.';

-- Inside a SECURITY DEFINER function current_user is the owner, not the caller. The `role`
-- setting still holds what SET ROLE chose, and session_user the login role otherwise.
CREATE FUNCTION audit.effective_user() RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog
AS $$
  SELECT coalesce(nullif(current_setting('role', true), 'none'), session_user::text)
$$;

CREATE FUNCTION audit.log_row_change() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, audit
AS $$
DECLARE
  v_old     jsonb;
  v_new     jsonb;
  v_changed text[];
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    -- Only TRUNCATE is attached at statement level: there are no rows to record.
    INSERT INTO audit.change_log (kind, operation, schema_name, object_name, object_type, db_user)
    VALUES ('dml', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, 'table', audit.effective_user());
    RETURN NULL;
  END IF;

  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    v_old := to_jsonb(OLD);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    v_new := to_jsonb(NEW);
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(n.key ORDER BY n.key) INTO v_changed
    FROM jsonb_each(v_new) AS n
    WHERE n.value IS DISTINCT FROM v_old -> n.key;
  END IF;

  INSERT INTO audit.change_log
    (kind, operation, schema_name, object_name, object_type, old_data, new_data, changed_columns, db_user)
  VALUES
    ('dml', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME, 'table', v_old, v_new, v_changed, audit.effective_user());
  RETURN NULL; -- AFTER trigger: the result is ignored
END
$$;

CREATE FUNCTION audit.log_ddl_command() RETURNS event_trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, audit
AS $$
DECLARE
  cmd record;
BEGIN
  -- Defensive: never make DDL fail because the audit table is gone.
  IF to_regclass('audit.change_log') IS NULL THEN
    RETURN;
  END IF;
  FOR cmd IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    CONTINUE WHEN cmd.schema_name LIKE 'pg\_temp%' OR cmd.schema_name LIKE 'pg\_toast%';
    INSERT INTO audit.change_log
      (kind, operation, schema_name, object_name, object_type, object_identity, new_data, db_user)
    VALUES (
      'ddl',
      cmd.command_tag,
      cmd.schema_name,
      CASE WHEN cmd.classid = 'pg_catalog.pg_class'::regclass
           THEN (SELECT c.relname::text FROM pg_catalog.pg_class c WHERE c.oid = cmd.objid)
           ELSE cmd.object_identity END,
      coalesce(cmd.object_type, lower(cmd.command_tag)),
      cmd.object_identity,
      jsonb_build_object('in_extension', cmd.in_extension),
      audit.effective_user()
    );
  END LOOP;
END
$$;

CREATE FUNCTION audit.log_sql_drop() RETURNS event_trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, audit
AS $$
DECLARE
  obj record;
BEGIN
  IF to_regclass('audit.change_log') IS NULL THEN
    RETURN;
  END IF;
  -- Keep what was named in the DROP (original) or removed through CASCADE (normal); skip the
  -- automatic dependants (indexes, constraints, row types, a view's "_RETURN" rule, ...)
  -- which are only noise.
  FOR obj IN
    SELECT * FROM pg_event_trigger_dropped_objects()
    WHERE (original OR normal) AND NOT is_temporary
      AND NOT (object_type = 'rule' AND object_identity LIKE '"\_RETURN" on %')
  LOOP
    INSERT INTO audit.change_log
      (kind, operation, schema_name, object_name, object_type, object_identity, db_user)
    VALUES
      ('drop', tg_tag, obj.schema_name, coalesce(obj.object_name, obj.object_identity),
       obj.object_type, obj.object_identity, audit.effective_user());
  END LOOP;
END
$$;

-- Attaches both audit triggers to a table; used by every migration that creates an eng/vh table.
CREATE FUNCTION audit.enable_row_audit(target regclass) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, audit
AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER audit_row_change AFTER INSERT OR UPDATE OR DELETE ON %s '
                 'FOR EACH ROW EXECUTE FUNCTION audit.log_row_change()', target);
  EXECUTE format('CREATE TRIGGER audit_truncate AFTER TRUNCATE ON %s '
                 'FOR EACH STATEMENT EXECUTE FUNCTION audit.log_row_change()', target);
END
$$;

-- Functions are executable by PUBLIC by default; nobody calls these directly. Triggers do
-- not check EXECUTE when they fire, only when they are created (by the migration owner).
REVOKE ALL ON FUNCTION audit.log_row_change() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.log_ddl_command() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.log_sql_drop() FROM PUBLIC;
REVOKE ALL ON FUNCTION audit.enable_row_audit(regclass) FROM PUBLIC;
REVOKE ALL ON TABLE audit.change_log FROM PUBLIC;

CREATE EVENT TRIGGER audit_ddl_command_end ON ddl_command_end
  EXECUTE FUNCTION audit.log_ddl_command();
CREATE EVENT TRIGGER audit_sql_drop ON sql_drop
  EXECUTE FUNCTION audit.log_sql_drop();
