import pg from 'pg';
import { outcomeOf, plural, quoteQualified, type CheckContext, type PhaseCheck, type VerifyPhase } from './check.js';
import type { CheckFinding } from './types.js';

/**
 * The runbook's RLS test, done properly: it ran `SET ROLE analyst_ro; SELECT ...` and grepped
 * psql's output for "permission denied", so any other failure (a typo, a missing table, a
 * translated message) read as "RLS working". Here each probe runs as the role inside a
 * savepoint of the verification's read-only transaction, which is rolled back after every
 * probe (undoing SET LOCAL ROLE with it), and a denial counts only on SQLSTATE 42501.
 *
 * These are the one place verification sends a statement per object: one probe per configured
 * (role, object) pair, so the number grows with the config, never with the database.
 */
const INSUFFICIENT_PRIVILEGE = '42501';
const SAVEPOINT = 'SAVEPOINT pg_promote_probe';
const UNDO = 'ROLLBACK TO SAVEPOINT pg_promote_probe; RELEASE SAVEPOINT pg_promote_probe';

export type ProbeResult =
  | { kind: 'read'; rows: number }
  | { kind: 'denied'; message: string }
  | { kind: 'error'; sqlstate?: string; message: string }
  | { kind: 'cannot-set-role'; sqlstate?: string; message: string };

/** Reads at most one row of `object` as `role`; leaves the session as it found it. */
export async function readAs(client: pg.ClientBase, role: string, object: string): Promise<ProbeResult> {
  await client.query(SAVEPOINT);
  try {
    try {
      await client.query(`SET LOCAL ROLE ${pg.escapeIdentifier(role)}`);
    } catch (err) {
      const e = err as { code?: string; message: string };
      return { kind: 'cannot-set-role', sqlstate: e.code, message: e.message };
    }
    try {
      const result = await client.query(`SELECT * FROM ${quoteQualified(object)} LIMIT 1`);
      return { kind: 'read', rows: result.rowCount ?? 0 };
    } catch (err) {
      const e = err as { code?: string; message: string };
      return e.code === INSUFFICIENT_PRIVILEGE ? { kind: 'denied', message: e.message } : { kind: 'error', sqlstate: e.code, message: e.message };
    }
  } finally {
    await client.query(UNDO);
  }
}

function deniedFinding(role: string, object: string, probe: ProbeResult): CheckFinding | undefined {
  switch (probe.kind) {
    case 'denied':
      return undefined;
    case 'read':
      return {
        object,
        reason: `${role} can read it (SELECT succeeded, ${plural(probe.rows, 'row')} visible${probe.rows === 0 ? ': row-level security may hide rows, but the privilege is there' : ''}); expected permission denied (SQLSTATE 42501)`,
      };
    case 'cannot-set-role':
      return notCheckable(role, object, `cannot SET ROLE ${role}: ${probe.message} [SQLSTATE ${probe.sqlstate ?? '?'}]`);
    case 'error':
      return {
        object,
        reason: `${role}: reading it failed with SQLSTATE ${probe.sqlstate ?? '?'} (${probe.message}), not 42501: not counted as denied`,
      };
  }
}

function allowedFinding(role: string, object: string, probe: ProbeResult): CheckFinding | undefined {
  switch (probe.kind) {
    case 'read':
      return undefined;
    case 'denied':
      return { object, reason: `${role} cannot read it: ${probe.message} [SQLSTATE 42501]` };
    case 'cannot-set-role':
      return notCheckable(role, object, `cannot SET ROLE ${role}: ${probe.message} [SQLSTATE ${probe.sqlstate ?? '?'}]`);
    case 'error':
      return { object, reason: `${role}: reading it failed: ${probe.message} [SQLSTATE ${probe.sqlstate ?? '?'}]` };
  }
}

/**
 * Which of the roles this role may not SET ROLE to. PostgreSQL 16 split membership's powers:
 * a role created by a non-superuser CREATEROLE owner grants that owner ADMIN, and SET only
 * if createrole_self_grant says so, so membership alone no longer means SET ROLE works.
 */
export const UNSETTABLE_ROLES_SQL = `
SELECT r AS role FROM unnest($1::text[]) AS r JOIN pg_catalog.pg_roles x ON x.rolname = r
WHERE NOT CASE WHEN pg_catalog.current_setting('server_version_num')::int >= 160000
               THEN pg_catalog.pg_has_role(current_user, x.oid, 'SET')
               ELSE pg_catalog.pg_has_role(current_user, x.oid, 'MEMBER') END`;

/** A probe this role cannot run is not a security finding: a warning, and the other checks go on. */
const notCheckable = (role: string, object: string, why: string): CheckFinding => ({
  object,
  level: 'warn',
  reason: `${role}: not checkable by this role (${why})`,
});

export const roleAccess: PhaseCheck = {
  scope: 'phase',
  id: 'roles.access',
  applies: (phase) => phase.verify.roles.length > 0,
  async run(ctx: CheckContext, phase: VerifyPhase) {
    const findings: CheckFinding[] = [];
    let probes = 0;
    const roles = phase.verify.roles.map((r) => r.role);
    const unsettable = new Set((await ctx.client.query<{ role: string }>(UNSETTABLE_ROLES_SQL, [roles])).rows.map((r) => r.role));
    const me = (await ctx.client.query<{ me: string }>('SELECT current_user::text AS me')).rows[0]?.me;
    for (const spec of phase.verify.roles) {
      if (unsettable.has(spec.role)) {
        for (const object of [...spec.denied, ...spec.allowed]) {
          findings.push(notCheckable(spec.role, object, `${me} may not SET ROLE ${spec.role}: on PostgreSQL 16+ that needs the SET option of the membership, before 16 membership`));
        }
        continue;
      }
      for (const object of spec.denied) {
        probes++;
        const finding = deniedFinding(spec.role, object, await readAs(ctx.client, spec.role, object));
        if (finding) findings.push(finding);
      }
      for (const object of spec.allowed) {
        probes++;
        const finding = allowedFinding(spec.role, object, await readAs(ctx.client, spec.role, object));
        if (finding) findings.push(finding);
      }
    }
    const described = phase.verify.roles
      .map((r) => `${r.role}: ${r.denied.length} denied, ${r.allowed.length} allowed`)
      .join('; ');
    return outcomeOf(
      findings,
      { pass: `as configured (${described})`, problem: `${plural(findings.length, 'probe')} of ${probes} did not behave as configured` },
      { probes },
    );
  },
};
