import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '../db/connection-url.js';
import { openSession } from '../db/session.js';
import { formatErrorLine } from '../errors/format.js';
import { usageError, CheckFailed } from '../errors/promote-error.js';
import { qualified } from '../migrate/history.js';
import type { AnyResult, PromoteResult, Reports } from '../result.js';
import { compareCatalogs, describeDifference, snapshotCatalog, type CatalogSnapshot } from '../review/catalog.js';
import { reviewDatabase, type ReviewDatabase } from '../review/database.js';
import { openRepo, resolveCommit } from '../review/git.js';
import { checkHistory } from '../review/history-check.js';
import { changesBetween, checkoutTree, configPathIn, workingTree, type ReviewTree } from '../review/trees.js';
import type { ReviewFinding, ReviewReport, ReviewStep, ReviewStepName } from '../review/types.js';
import type { EngineOptions } from './options.js';
import type { OfflineContext } from './offline.js';
import { reporting, type Outcome } from './outcome.js';

/** What a step's body says: done (with one line), or failed (the finding says why). */
type StepOutcome = { detail: string; failed?: boolean };

/**
 * `pg-promote review`: what a pull request does to the database, proved on an empty one.
 * Base migrations, then the new ones, verify, the new files' DOWN (the schema must come back
 * exactly), and the new ones again. Every step is the engine's own command; the review only
 * sequences them and compares the catalog.
 */
export async function review(ctx: OfflineContext): Promise<Outcome<'review'>> {
  return reporting({}, async (out: Reports['review']) => {
    await reviewInto(ctx, out);
    const failure = reviewFailure(out.review);
    if (failure) throw failure;
  });
}

/** Every error finding fails the review (exit 1), the first one named. */
function reviewFailure(report: ReviewReport | undefined): CheckFailed | undefined {
  const errors = (report?.findings ?? []).filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  const first = errors[0]!;
  return new CheckFailed(`review found ${errors.length} problem${errors.length === 1 ? '' : 's'}; the first: ${first.message}`, {
    file: first.file,
    line: first.line,
    phase: first.phase,
  });
}

async function reviewInto(ctx: OfflineContext, out: Reports['review']): Promise<void> {
  const { base: baseRef, head: headRef, scratchUrl } = ctx.options.review ?? {};
  if (!baseRef) throw usageError('review needs --base REF: the branch or commit the pull request goes into', { key: '--base' });
  const root = ctx.config.root;
  const progress = (message: string) => ctx.emit({ type: 'progress', stage: 'review', message });
  const repo = await openRepo(root);
  const baseCommit = await resolveCommit(repo, baseRef, '--base');
  const headCommit = headRef ? await resolveCommit(repo, headRef, '--head') : undefined;
  const work = mkdtempSync(path.join(os.tmpdir(), 'pg-promote-review-'));
  let database: ReviewDatabase | undefined;
  try {
    const configPath = configPathIn(root, ctx.options.configPath);
    const head = headCommit ? await checkoutTree(repo, headCommit, path.join(work, 'head'), configPath) : workingTree(root, ctx.options.configPath);
    // A base from before the config existed is read with the head's: its files are the history.
    const base = await checkoutTree(repo, baseCommit, path.join(work, 'base'), configPath, path.resolve(head.root, head.config.source));
    const report: ReviewReport = {
      base: { ref: baseRef, commit: baseCommit },
      head: { ref: headRef ?? 'the working tree', commit: headCommit },
      nothingToReview: false,
      changes: changesBetween(base, head),
      newMigrations: [],
      findings: [],
      steps: [],
      catalogDifferences: [],
    };
    out.review = report;
    if (report.changes.length === 0) {
      report.nothingToReview = true;
      return;
    }
    const history = checkHistory(base, head);
    report.newMigrations = history.newMigrations;
    report.findings.push(...history.findings);
    progress(`${report.changes.length} changed file(s), ${report.newMigrations.length} new migration(s)`);

    const schemas = [...new Set([...base.config.phases, ...head.config.phases].map((p) => p.schema).concat(head.config.review.schemas))];
    const historyTable = qualified(head.config.historyTable);
    database = await reviewDatabase({ scratchUrl, schemas, historyTable });
    report.database = database.display;
    const db = database;
    const engine = (tree: ReviewTree, extra: Partial<EngineOptions>) => subRun(ctx, { ...extra, command: extra.command!, root: tree.root, configPath: tree.configPath, databaseUrl: db.url });
    const step = stepRunner(report, progress);
    const blocked = (rules: string[]) => report.findings.find((f) => f.severity === 'error' && rules.includes(f.rule));

    let snapshot: CatalogSnapshot | undefined;
    const baseApplied = await step('base', 'apply the base branch', async () => {
      const r = await engine(base, { command: 'migrate' });
      if (r.error) return failed(report, 'base-does-not-apply', r, 'the base branch does not apply to an empty database');
      return { detail: `${(r.counts?.applied ?? 0)} file(s) applied` };
    });
    if (baseApplied) {
      await step('snapshot', 'record the base schema', async () => {
        snapshot = await catalog(db.url, schemas, historyTable, head.config.review.compareGrants);
        return { detail: `${snapshot.size} object(s) in ${schemas.join(', ')}` };
      });
    } else skip(report, 'snapshot', 'record the base schema', 'the base branch did not apply');

    if (baseApplied) {
      await step('lint', 'lint the new files', async () => {
        const r = await engine(head, { command: 'lint' });
        report.lint = r.lint;
        if (r.error && r.error.kind !== 'check') return failed(report, 'lint', r, 'lint could not run');
        const { error = 0, warning = 0 } = r.lint?.counts ?? {};
        if (error > 0) {
          report.findings.push({ rule: 'lint', severity: 'error', message: `lint: ${r.error!.message}`, file: r.error!.file, line: r.error!.line, phase: r.error!.phase });
          return { detail: `${error} error(s), ${warning} warning(s)`, failed: true };
        }
        return { detail: `${r.lint?.filesLinted ?? 0} file(s) linted: ${warning} warning(s)` };
      });
    } else skip(report, 'lint', 'lint the new files', 'the base branch did not apply');

    const refusal = blocked(['invalid-file', 'applied-migration-edited', 'applied-migration-deleted', 'out-of-order']);
    const refused = { 'invalid-file': 'has files migrate refuses', 'out-of-order': 'adds an out-of-order version' } as Partial<Record<string, string>>;
    const why = !baseApplied
      ? 'the base branch did not apply'
      : refusal
        ? `the pull request ${refused[refusal.rule] ?? 'changes an applied migration'} (see findings)`
        : undefined;
    const applied = why
      ? skip(report, 'apply', 'apply the pull request', why)
      : await step('apply', 'apply the pull request', async () => {
          const r = await engine(head, { command: 'migrate' });
          if (r.error) return failed(report, 'migration-failed', r, 'the pull request does not apply');
          return { detail: `${(r.counts?.applied ?? 0)} file(s) applied` };
        });
    const notApplied = 'the pull request was not applied';
    if (applied) {
      await step('verify', 'verify', async () => {
        const r = await engine(head, { command: 'verify' });
        report.checks = r.checks;
        if (r.error) return failed(report, 'verify-failed', r, 'verify failed');
        return { detail: `${r.checks?.length ?? 0} check(s) passed` };
      });
    } else skip(report, 'verify', 'verify', why ?? notApplied);

    const noDown = blocked(['missing-down-file']);
    const downWhy = !applied
      ? why ?? notApplied
      : report.newMigrations.length === 0
        ? 'no new migration: nothing to undo'
        : noDown
          ? 'a new migration has no DOWN file (see findings)'
          : undefined;
    const reverted = downWhy
      ? skip(report, 'down', 'run the DOWN files', downWhy)
      : await step('down', 'run the DOWN files, newest first', async () => {
          let count = 0;
          for (const phase of [...head.config.phases].reverse()) {
            // Exactly the pull request's versions: an allowed out-of-order one sits below versions
            // the base applied, which must stay, so `down --to` cannot name the set.
            const versions = report.newMigrations.filter((m) => m.phase === phase.name).map((m) => m.version);
            if (versions.length === 0) continue;
            const r = await engine(head, { command: 'down', phases: [phase.name], versions });
            if (r.error) return failed(report, 'down-failed', r, `the DOWN files of phase ${phase.name} failed`);
            count += r.counts?.reverted ?? 0;
          }
          return { detail: `${count} file(s) reverted` };
        });

    if (reverted && snapshot) {
      const before = snapshot;
      await step('compare', 'compare with the base schema', async () => {
        const after = await catalog(db.url, schemas, historyTable, head.config.review.compareGrants);
        report.catalogDifferences = compareCatalogs(before, after);
        // View and policy files are re-applied on every promotion, not undone by DOWN: their
        // own changes are the pull request's intent, said but not held against the DOWN files.
        const repeatable = new Set(report.changes.filter((c) => c.kind === 'view' || c.kind === 'policy').map((c) => c.kind));
        let errors = 0;
        for (const d of report.catalogDifferences) {
          const intended = (repeatable.has('view') && d.kind === 'view definition') || (repeatable.has('policy') && d.kind === 'policy');
          if (!intended) errors++;
          report.findings.push({
            rule: 'schema-not-restored',
            severity: intended ? 'info' : 'error',
            message: intended ? `${describeDifference(d)}; changed by the pull request's ${d.kind === 'policy' ? 'policy' : 'view'} files` : describeDifference(d),
            fix: intended ? undefined : 'make the DOWN files undo exactly what their migrations do',
          });
        }
        if (errors > 0) return { detail: `${errors} difference(s) from the base schema`, failed: true };
        return { detail: `the schema is back to the base state (${after.size} object(s))` };
      });
    } else skip(report, 'compare', 'compare with the base schema', downWhy ?? 'the DOWN files did not run');

    if (reverted) {
      await step('reapply', 'apply the new migrations again', async () => {
        const r = await engine(head, { command: 'migrate' });
        if (r.error) return failed(report, 'reapply-failed', r, 'the new migrations do not apply again after their DOWN files');
        return { detail: `${(r.counts?.applied ?? 0)} file(s) applied` };
      });
    } else skip(report, 'reapply', 'apply the new migrations again', downWhy ?? 'the DOWN files did not run');
  } finally {
    await database?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** One engine command on the review database; its progress goes on to the adapter, its result stays here. */
async function subRun(ctx: OfflineContext, options: EngineOptions): Promise<AnyResult> {
  const { runEngine } = await import('./index.js');
  return runEngine({
    ...options,
    actor: ctx.options.actor,
    onEvent: (event) => {
      if (event.type !== 'connected') ctx.emit(event);
    },
  });
}

async function catalog(url: string, schemas: string[], historyTable: string, grants: boolean): Promise<CatalogSnapshot> {
  const session = await openSession(parseDatabaseUrl(url), 'pg-promote review');
  try {
    return await snapshotCatalog(session.client, schemas, historyTable, grants);
  } finally {
    await session.close();
  }
}

function stepRunner(report: ReviewReport, progress: (message: string) => void) {
  return async (name: ReviewStepName, title: string, body: () => Promise<StepOutcome>): Promise<boolean> => {
    progress(`${title}...`);
    const started = performance.now();
    const outcome = await body();
    const entry: ReviewStep = { name, title, status: outcome.failed ? 'failed' : 'ok', durationMs: Math.round(performance.now() - started), detail: outcome.detail };
    report.steps.push(entry);
    progress(`${title}: ${entry.status === 'ok' ? '' : 'FAILED: '}${entry.detail} (${entry.durationMs} ms)`);
    return !outcome.failed;
  };
}

function skip(report: ReviewReport, name: ReviewStepName, title: string, why: string): false {
  report.steps.push({ name, title, status: 'skipped', durationMs: 0, detail: why });
  return false;
}

/** A step's engine command failed: the finding carries its error (file, line, SQLSTATE). */
function failed(report: ReviewReport, rule: ReviewFinding['rule'], r: Pick<PromoteResult, 'error'>, what: string): StepOutcome {
  const e = r.error!;
  report.findings.push({ rule, severity: 'error', message: `${what}: ${formatErrorLine({ ...e, file: undefined })}`, file: e.file, line: e.line, phase: e.phase });
  return { detail: formatErrorLine(e), failed: true };
}
