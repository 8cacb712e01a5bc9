export const id = 894;
export const ids = [894,750,347];
export const modules = {

/***/ 8894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGithubStage: () => (/* binding */ runGithubStage)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/db/connection-url.ts
var connection_url = __webpack_require__(564);
// EXTERNAL MODULE: ./src/errors/exit-codes.ts
var exit_codes = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/approvals.ts


function parseRunId(value) {
    if (value === undefined)
        throw (0,promote_error/* usageError */.Wp)('--run-id N is required (in a workflow: ${{ github.run_id }})', { key: '--run-id' });
    const runId = Number(value);
    if (!/^[1-9][0-9]{0,18}$/.test(value) || !Number.isSafeInteger(runId)) {
        throw (0,promote_error/* usageError */.Wp)(`--run-id must be a workflow run id (a positive whole number), not '${value}'`, { key: '--run-id' });
    }
    return runId;
}
async function fetchApprovals(client, repo, runId, now = new Date()) {
    const { octokit } = client;
    const response = await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner: repo.owner, repo: repo.repo, run_id: runId }));
    // One review may cover several environments (a reviewer can approve them together): one row each.
    const approvals = response.data.flatMap((review) => review.environments.map((env) => ({
        environment: env.name ?? String(env.id),
        state: review.state,
        user: review.user.login,
        comment: review.comment,
    })));
    return { repo: repo.full, runId, recordedAt: now.toISOString(), approvals };
}

// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
// EXTERNAL MODULE: ./src/audit/events.ts
var events = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(5347);
// EXTERNAL MODULE: ./src/db/session.ts
var db_session = __webpack_require__(9750);
;// CONCATENATED MODULE: ./src/github/approvals-db.ts





async function recordApprovals(where, record) {
    const schema = (0,load.loadConfig)({ root: where.root, configPath: where.configPath }).historyTable.schema;
    const table = `${schema}.${events/* EVENTS_TABLE */.RP}`;
    const session = await (0,db_session.openSession)(where.url, where.target, 'pg-promote approvals');
    const { client } = session;
    let recorded = 0;
    try {
        await client.query('BEGIN');
        const already = await recordedBefore(client, schema, record);
        for (const approval of record.approvals) {
            if (already.has(identity(approval)))
                continue;
            await (0,events/* recordEvent */.yM)(client, schema, {
                actor: approval.user,
                event: `signoff.${approval.state}`,
                detail: {
                    environment: approval.environment,
                    state: approval.state,
                    comment: approval.comment,
                    repo: record.repo,
                    run_id: record.runId,
                    recorded_at: record.recordedAt,
                },
            });
            already.add(identity(approval));
            recorded++;
        }
        await client.query('COMMIT');
    }
    catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (err instanceof promote_error/* PromoteError */.jG)
            throw err;
        const e = err;
        throw new promote_error/* PromoteError */.jG('connection', `cannot record the sign-offs in ${table} on ${where.target.display}: ${e.message ?? String(err)}`, {
            sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
            object: table,
        });
    }
    finally {
        await session.close();
    }
    return { target: where.target.display, table, recorded };
}
function identity(a) {
    return JSON.stringify([a.environment, a.user, a.state, a.comment]);
}
/** The run's sign-offs already in the table (none when the table does not exist yet). */
async function recordedBefore(client, schema, record) {
    const qualified = `${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(schema)}.${esm/* default.escapeIdentifier */.Ay.escapeIdentifier(events/* EVENTS_TABLE */.RP)}`;
    const present = await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [qualified]);
    if (!present.rows[0]?.present)
        return new Set();
    const rows = await client.query(`SELECT detail->>'environment' AS environment, actor AS user, detail->>'state' AS state, detail->>'comment' AS comment
       FROM ${qualified}
      WHERE event LIKE 'signoff.%' AND detail->>'repo' = $1 AND detail->>'run_id' = $2`, [record.repo, String(record.runId)]);
    return new Set(rows.rows.map(identity));
}

;// CONCATENATED MODULE: ./src/github/environment-state.ts

/** undefined when the environment does not exist (GitHub answers 404). */
async function readEnvironment(client, repo, name, options) {
    const { octokit } = client;
    const response = await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', { owner: repo.owner, repo: repo.repo, environment_name: name }), 'undefined');
    if (!response)
        return undefined;
    const env = response.data;
    const state = {
        name: env.name,
        reviewersRule: false,
        reviewers: [],
        preventSelfReview: false,
        waitTimer: 0,
        branchPolicy: { kind: 'all' },
    };
    for (const rule of env.protection_rules ?? []) {
        if (rule.type === 'wait_timer' && 'wait_timer' in rule)
            state.waitTimer = rule.wait_timer ?? 0;
        if (rule.type === 'required_reviewers') {
            state.reviewersRule = true;
            if ('prevent_self_review' in rule)
                state.preventSelfReview = rule.prevent_self_review ?? false;
            const listed = 'reviewers' in rule ? (rule.reviewers ?? []) : [];
            for (const r of listed) {
                const who = r.reviewer;
                if (!r.type || who?.id === undefined)
                    continue;
                state.reviewers.push({ type: r.type, id: who.id, name: who.login ?? who.slug ?? String(who.id) });
            }
        }
    }
    const policy = env.deployment_branch_policy;
    if (policy?.protected_branches)
        state.branchPolicy = { kind: 'protected' };
    else if (policy?.custom_branch_policies) {
        const patterns = options.branchPatterns
            ? await (0,github_client/* api */.FH)(github_client/* PERMISSION */.oC.readActions, () => octokit.paginate('GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies', {
                owner: repo.owner,
                repo: repo.repo,
                environment_name: env.name,
                per_page: 100,
            }))
            : [];
        state.branchPolicy = {
            kind: 'custom',
            patterns: patterns.flatMap((p) => (p.id !== undefined && p.name ? [{ id: p.id, name: p.name, type: p.type ?? 'branch' }] : [])),
        };
    }
    return state;
}

;// CONCATENATED MODULE: ./src/github/gates-check.ts


/** `--environments a,b --environments c`: the names in order; empty or repeated is bad usage. */
function parseEnvironmentList(values) {
    const names = values.flatMap((v) => v.split(',')).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0)
        throw (0,promote_error/* usageError */.Wp)('--environments needs at least one environment name', { key: '--environments' });
    const lower = names.map((n) => n.toLowerCase());
    const twice = names.find((_, i) => lower.indexOf(lower[i]) !== i);
    // Two gates on one environment would let one approval count as two sign-offs.
    if (twice)
        throw (0,promote_error/* usageError */.Wp)(`--environments names '${twice}' twice (names ignore case): each sign-off needs its own environment`, { key: '--environments' });
    const bad = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(n));
    if (bad)
        throw (0,promote_error/* usageError */.Wp)(`--environments: '${bad}' is not an environment name`, { key: '--environments' });
    return names;
}
async function checkGates(client, repo, names) {
    const gates = [];
    for (const name of names) {
        const env = await readEnvironment(client, repo, name, { branchPatterns: false });
        if (!env) {
            gates.push({
                environment: name,
                ok: false,
                exists: false,
                reviewers: [],
                preventSelfReview: false,
                waitTimer: 0,
                problem: `environment '${name}' does not exist in ${repo.full}; a job naming it would create it unprotected (create it with pg-promote environments apply)`,
                warnings: [],
            });
            continue;
        }
        const reviewers = env.reviewers.map((r) => `${r.type === 'User' ? 'user' : 'team'} ${r.name}`);
        const problem = reviewers.length === 0
            ? `environment '${name}' has no required reviewers, so its gate would pass without a sign-off (add reviewers in the environments file and apply it)`
            : undefined;
        const warnings = [];
        if (reviewers.length > 0 && !env.preventSelfReview)
            warnings.push(`'${name}': whoever starts the run may approve it themselves (prevent_self_review is off)`);
        gates.push({ environment: name, ok: !problem, exists: true, reviewers, preventSelfReview: env.preventSelfReview, waitTimer: env.waitTimer, problem, warnings });
    }
    return { repo: repo.full, ok: gates.every((g) => g.ok), gates };
}
/** One error for the run, naming every gate that cannot hold a sign-off. */
function gatesError(report) {
    const bad = report.gates.filter((g) => !g.ok);
    if (bad.length === 0)
        return undefined;
    const names = bad.map((g) => g.environment).join(', ');
    return new promote_error/* PromoteError */.jG('check', `${bad.length} of ${report.gates.length} gate environments cannot hold a sign-off: ${names}`, {
        object: names,
    });
}

;// CONCATENATED MODULE: ./src/action/github-stage.ts











/**
 * The promotion's GitHub-side steps, as action commands: check that every sign-off
 * environment can hold a sign-off before anyone is asked, and afterwards record who signed off.
 * The token comes from the `github-token` input and goes only into the client.
 */
async function runGithubStage(stage, root) {
    const token = core/* getInput */.V4('github-token') || process.env.GITHUB_TOKEN || '';
    if (token)
        core/* setSecret */.Pq(token);
    const env = { ...process.env, GITHUB_TOKEN: token };
    try {
        const repo = (0,github_client/* parseRepo */.E3)(core/* getInput */.V4('repository') || process.env.GITHUB_REPOSITORY);
        const client = (0,github_client/* githubClient */.$f)(env);
        if (stage === 'gates-check') {
            const names = parseEnvironmentList(core/* getInput */.V4('environments').split(/[,\n]/).map((n) => n.trim()).filter(Boolean));
            if (names.length === 0)
                throw (0,promote_error/* usageError */.Wp)("input 'environments' is required for gates-check", { key: 'environments' });
            const report = await checkGates(client, repo, names);
            for (const gate of report.gates) {
                if (gate.problem)
                    core/* error */.z3(gate.problem, { title: 'pg-promote gates-check' });
                for (const warning of gate.warnings)
                    core/* warning */.$e(warning, { title: 'pg-promote gates-check' });
                if (gate.ok)
                    core/* info */.pq(`✓ ${gate.environment}: ${gate.reviewers.join(', ')}`);
            }
            await core/* summary */.z
                .addHeading(`pg-promote gates-check: ${report.ok ? '✅ every gate can hold a sign-off' : '❌ not every gate can hold a sign-off'}`, 2)
                .addTable([
                [{ data: 'environment', header: true }, { data: 'required reviewers', header: true }, { data: 'problem', header: true }],
                ...report.gates.map((g) => [g.environment, g.reviewers.join(', ') || '—', g.problem ?? '']),
            ])
                .write();
            const error = gatesError(report);
            core/* setOutput */.uH('status', error ? 'failed' : 'success');
            process.exitCode = (0,exit_codes/* exitCodeFor */.R)(error?.kind);
            return;
        }
        const runId = parseRunId(core/* getInput */.V4('run-id') || process.env.GITHUB_RUN_ID);
        const record = await fetchApprovals(client, repo, runId);
        const databaseUrl = core/* getInput */.V4('database-url') || process.env.DATABASE_URL;
        if (databaseUrl)
            record.database = await recordApprovals({ url: databaseUrl, target: (0,connection_url/* parseDatabaseUrl */.m)(databaseUrl), root, configPath: core/* getInput */.V4('config') || undefined }, record);
        const file = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-approvals-${runId}.json`);
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(record, null, 2)}\n`);
        await core/* summary */.z
            .addHeading('pg-promote: sign-offs', 2)
            .addTable([
            [{ data: 'environment', header: true }, { data: 'reviewer', header: true }, { data: 'state', header: true }, { data: 'comment', header: true }],
            ...record.approvals.map((a) => [a.environment, a.user, a.state, a.comment]),
        ])
            .addRaw(`Read ${record.recordedAt}${record.database ? `; ${record.database.recorded} recorded in ${record.database.table}` : ''}.`, true)
            .write();
        core/* setOutput */.uH('status', 'success');
        core/* setOutput */.uH('approvals-json', file);
    }
    catch (err) {
        const e = (0,promote_error/* asPromoteError */.XO)(err);
        core/* error */.z3(e.message, { title: `pg-promote ${stage}` });
        core/* setOutput */.uH('status', e.kind === 'usage' || e.kind === 'config' || e.kind === 'connection' ? 'error' : 'failed');
        process.exitCode = (0,exit_codes/* exitCodeFor */.R)(e.kind);
    }
}


/***/ }),

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ ensureEventsTable),
/* harmony export */   RP: () => (/* binding */ EVENTS_TABLE),
/* harmony export */   yM: () => (/* binding */ recordEvent)
/* harmony export */ });
/* unused harmony exports createEventsSql, EVENTS_EXISTS_SQL, insertEventSql */
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);

/**
 * The promotion's audit trail of decisions, beside the schema history: what was allowed and
 * why (a migration without a backup, an approval, a maintenance-window override, a flag
 * change). One row per decision; rows are only ever added.
 */
const EVENTS_TABLE = 'promotion_events';
const eventsTable = (schema) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(EVENTS_TABLE)}`;
function createEventsSql(schema) {
    return `
CREATE SCHEMA IF NOT EXISTS ${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(schema)};
CREATE TABLE IF NOT EXISTS ${eventsTable(schema)} (
  id            bigserial   PRIMARY KEY,
  execution_id  uuid,
  at            timestamptz NOT NULL DEFAULT now(),
  actor         text        NOT NULL,
  db_user       text        NOT NULL DEFAULT current_user,
  event         text        NOT NULL,
  detail        jsonb       NOT NULL DEFAULT '{}'::jsonb
);`;
}
const EVENTS_EXISTS_SQL = 'SELECT to_regclass($1) IS NOT NULL AS present';
function insertEventSql(schema) {
    return `INSERT INTO ${eventsTable(schema)} (execution_id, actor, event, detail) VALUES ($1, $2, $3, $4::jsonb) RETURNING id::text`;
}
/**
 * Creates the table when missing; two runs racing to create it is fine. Call it before a
 * transaction that records an event: inside one, losing that race would abort the transaction.
 */
async function ensureEventsTable(client, historySchema) {
    const exists = await client.query(EVENTS_EXISTS_SQL, [eventsTable(historySchema)]);
    if (exists.rows[0]?.present)
        return;
    try {
        await client.query(createEventsSql(historySchema));
    }
    catch (err) {
        // 42P07/23505: another run created it between our probe and our CREATE.
        const code = err.code;
        if (code !== '42P07' && code !== '23505')
            throw err;
    }
}
/** Adds the row, creating the table first when missing. */
async function recordEvent(client, historySchema, event) {
    await ensureEventsTable(client, historySchema);
    const inserted = await client.query(insertEventSql(historySchema), [
        event.executionId ?? null,
        event.actor,
        event.event,
        JSON.stringify(event.detail ?? {}),
    ]);
    return inserted.rows[0].id;
}


/***/ }),

/***/ 5347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  selectPhases: () => (/* binding */ selectPhases)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/yaml-source.ts


function parseYamlSource(text, file, schema) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${firstLine(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${firstLine(err.message)}`, { file });
    }
    if (raw === null || raw === undefined)
        throw (0,promote_error/* configError */.Fj)('file is empty', { file, line: 1 });
    const lineOf = (path) => lineOfPath(doc, lineCounter, path);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw (0,promote_error/* configError */.Fj)(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
    }
    return { data: parsed.data, lineOf };
}
function issueMessage(issue) {
    if (issue.code === 'unrecognized_keys')
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return 'is required';
    return issue.message;
}
function lineOfPath(doc, lc, issuePath) {
    for (let depth = issuePath.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(issuePath.slice(0, depth), true);
        if ((0,dist/* isNode */.Ll)(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return undefined;
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

// EXTERNAL MODULE: ./src/flags/config.ts
var config = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/latency/config.ts
var latency_config = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/notify/config.ts
var notify_config = __webpack_require__(5287);
// EXTERNAL MODULE: ./src/ramp/config.ts
var ramp_config = __webpack_require__(152);
// EXTERNAL MODULE: ./src/review/config.ts
var review_config = __webpack_require__(1527);
// EXTERNAL MODULE: ./src/windows/config.ts
var windows_config = __webpack_require__(8735);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts














const MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(options) {
    const root = external_node_path_default().resolve(options.root);
    const explicit = options.configPath !== undefined;
    const written = options.configPath ?? defaults/* DEFAULT_CONFIG_PATH */.B;
    const abs = external_node_path_default().resolve(root, written);
    const shown = external_node_path_default().isAbsolute(written) ? written : written.split((external_node_path_default()).sep).join('/');
    let text;
    try {
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size > MAX_CONFIG_BYTES)
            throw (0,promote_error/* configError */.Fj)(`config is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: shown });
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            if (explicit)
                throw (0,promote_error/* usageError */.Wp)(`config file not found: ${shown}`, { key: '--config' });
            return build(root, 'built-in defaults (the runbook layout)', schema/* promotionConfigSchema */.p.parse(defaults/* RUNBOOK_CONFIG */.q));
        }
        if (err instanceof Error && err.name === 'PromoteError')
            throw err;
        throw (0,promote_error/* configError */.Fj)(`cannot read config: ${err.message}`, { file: shown });
    }
    return build(root, shown, parseConfigText(text, shown));
}
/** Parses and validates promotion.yml text; every error names the file, line and key. */
function parseConfigText(text, file) {
    const source = parseYamlSource(text, file, schema/* promotionConfigSchema */.p);
    checkUnique(source.data, source.lineOf, file);
    return source.data;
}
function checkUnique(config, lineOf, file) {
    const seen = new Map();
    config.phases.forEach((phase, index) => {
        for (const [field, value] of [['name', phase.name], ['schema', phase.schema], ['migrations', phase.migrations]]) {
            const id = `${field}:${field === 'migrations' ? external_node_path_default().posix.normalize(value) : value}`;
            const earlier = seen.get(id);
            if (earlier !== undefined) {
                throw (0,promote_error/* configError */.Fj)(`phases.${index}.${field}: '${value}' is already used by phase ${earlier + 1}`, {
                    file,
                    line: lineOf(['phases', index, field]),
                    key: `phases.${index}.${field}`,
                });
            }
            seen.set(id, index);
        }
    });
}
function build(root, source, file) {
    const { schema, table } = splitQualified(file.history_table);
    const where = (key) => ({ file: source, key });
    const ms = (value) => (0,duration/* parseDuration */.E)(value);
    return {
        source,
        root,
        historyTable: { schema, table },
        lockTimeoutMs: ms(file.lock_timeout),
        lockRetries: file.lock_retries,
        lockRetryBackoffMs: ms(file.lock_retry_backoff),
        statementTimeoutMs: ms(file.statement_timeout),
        advisoryLockWaitMs: ms(file.advisory_lock_wait),
        outOfOrder: file.out_of_order,
        phases: file.phases.map((phase, i) => ({
            name: phase.name,
            schema: phase.schema,
            migrations: (0,paths/* resolveRepoPath */.q)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: phase.views.map((p, j) => (0,paths/* resolveRepoPath */.q)(root, p, where(`phases.${i}.views.${j}`))),
            policies: phase.policies.map((p, j) => (0,paths/* resolveRepoPath */.q)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,paths/* resolveRepoPath */.q)(root, phase.down, where(`phases.${i}.down`)),
            verify: phase.verify,
        })),
        production: {
            databases: file.production?.databases ?? [],
            backupMaxAgeMs: ms(file.production?.backup_max_age ?? '2h'),
        },
        backup: {
            dir: external_node_path_default().resolve(root, file.backup?.dir ?? 'backups'),
            format: file.backup?.format ?? 'custom',
            jobs: file.backup?.jobs ?? 1,
            encryptionKeyEnv: file.backup?.encryption_key_env,
            requirePitr: file.backup?.require_pitr ?? false,
        },
        auditChangeLog: splitQualified(file.audit?.change_log ?? 'audit.change_log'),
        reportDir: external_node_path_default().resolve(root, file.report?.dir ?? 'ops/audit'),
        boundaryCheck: boundaryConfig(file),
        flags: (0,config/* buildFlagsConfig */.a)(file.flags),
        ramp: (0,ramp_config/* buildRampConfig */.DX)(file.ramp, root),
        latency: (0,latency_config/* buildLatencyConfig */.N)(file.latency, root),
        notifications: (0,notify_config/* buildNotificationsConfig */.Nz)(file.notifications, root),
        maintenanceWindows: (0,windows_config/* buildMaintenanceWindowsConfig */.DN)(file.maintenance_windows, root),
        review: (0,review_config/* buildReviewConfig */.n)(file.review, root),
    };
}
function boundaryConfig(file) {
    // Parsing an empty section applies the schema's defaults: the runbook's rule.
    const section = file.boundary_check ?? schema/* promotionConfigSchema */.p.shape.boundary_check.unwrap().parse({});
    return {
        rules: section.rules.map((r) => ({
            name: r.name,
            paths: r.paths,
            protectedSchemas: r.protected_schemas,
            protectedPrefixes: r.protected_prefixes,
        })),
        baseline: section.baseline,
        failOnEmptyRule: section.fail_on_empty_rule,
    };
}
function splitQualified(name) {
    const [schema, table] = name.split('.');
    return { schema, table };
}
/** --phase selects phases by name, keeping the config's order; an unknown name is a usage error. */
function selectPhases(config, names) {
    if (names.length === 0)
        return config.phases;
    const known = new Set(config.phases.map((p) => p.name));
    for (const name of names) {
        if (!known.has(name)) {
            throw (0,promote_error/* usageError */.Wp)(`unknown phase '${name}' (phases in ${config.source}: ${[...known].join(', ')})`, { key: '--phase' });
        }
    }
    return config.phases.filter((p) => names.includes(p.name));
}


/***/ }),

/***/ 9750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ connectionError),
/* harmony export */   openSession: () => (/* binding */ openSession)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


const CONNECT_TIMEOUT_MS = 10_000;
/**
 * Opens the run's one connection. Connection failures become exit-code-2 errors that name
 * the target (user@host:port/db), never the URL, which may carry the password.
 */
async function openSession(url, target, applicationName) {
    const client = new pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Client */ .Ay.Client({
        connectionString: url,
        application_name: applicationName,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        // Queries handed over together go out together: a run of migration files is sent without
        // waiting for each answer (see migrate/transactional.ts). Awaited one by one, as everywhere
        // else, queries behave exactly as without it.
        pipeline: true,
    });
    let lostWith;
    // pg emits 'error' when the backend is terminated between queries; unhandled, it would crash us.
    client.on('error', (err) => {
        lostWith = err;
    });
    try {
        await client.connect();
    }
    catch (err) {
        await client.end().catch(() => undefined);
        throw connectionError(err, target);
    }
    const version = await client.query('SHOW server_version');
    return {
        client,
        target,
        serverVersion: version.rows[0]?.server_version ?? 'unknown',
        lost: () => lostWith,
        close: async () => {
            await client.end().catch(() => undefined);
        },
    };
}
function connectionError(err, target) {
    const e = err;
    const reason = describeConnectFailure(e, target);
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `cannot connect to ${target.display}: ${reason}`, {
        object: target.display,
        sqlstate: e.code && /^[0-9A-Z]{5}$/.test(e.code) ? e.code : undefined,
    });
}
function describeConnectFailure(e, target) {
    switch (e.code) {
        case 'ECONNREFUSED':
            return 'connection refused (is the server running and accepting TCP connections on that port?)';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host '${target.host}' not found`;
        case 'ETIMEDOUT':
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return 'server unreachable';
        case '28P01':
            return `password authentication failed for user '${target.user}'`;
        case '28000':
            return `the server rejected user '${target.user}' (check pg_hba.conf and the role)`;
        case '3D000':
            return `database '${target.database}' does not exist`;
        case '53300':
            return 'the server has no free connection slots';
        default:
            break;
    }
    const message = e.message ?? String(e);
    if (/timeout/i.test(message))
        return `no answer within ${CONNECT_TIMEOUT_MS / 1000}s`;
    if (/SASL|password must be a string/i.test(message))
        return 'the server asks for a password and none was given';
    return message.split('\n')[0] ?? message;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ githubClient),
/* harmony export */   E3: () => (/* binding */ parseRepo),
/* harmony export */   FH: () => (/* binding */ api),
/* harmony export */   oC: () => (/* binding */ PERMISSION)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


function parseRepo(value) {
    if (!value)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('--repo OWNER/NAME is required', { key: '--repo' });
    const match = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--repo must be OWNER/NAME, not '${value}'`, { key: '--repo' });
    }
    return { owner: match[1], repo: match[2], full: value };
}
function githubClient(env) {
    const token = env.GITHUB_TOKEN?.trim();
    if (!token) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)('not set: give a token that can read the repository (environments apply: one that can administer it)', {
            key: 'GITHUB_TOKEN',
        });
    }
    const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]/.test(baseUrl))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`GITHUB_API_URL must be an http(s) URL, not '${baseUrl}'`, { key: 'GITHUB_API_URL' });
    return { octokit: (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl }), baseUrl, token };
}
/** What the token needs for each kind of call, named in 403 and 404 messages. */
const PERMISSION = {
    readActions: 'actions: read',
    administer: 'administration: write (the workflow GITHUB_TOKEN cannot have it: use a GitHub App or fine-grained token)',
    readMembers: 'members: read on the organization',
    /** Public data (users): a 403 there is the rate limit, handled before permissions are named. */
    none: 'no particular permission',
};
async function api(permission, call, missing) {
    try {
        return await call();
    }
    catch (err) {
        const e = err;
        if (missing && e.status === 404 && e.response)
            return undefined;
        throw apiError(e, permission);
    }
}
function apiError(e, permission) {
    const endpoint = endpointOf(e);
    if (!e.response) {
        // No answer at all: octokit calls a network failure 500; say what actually happened.
        return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `${endpoint}: no answer from the GitHub API (${firstLine(e.message ?? 'unknown error')})`, {
            key: 'GITHUB_API_URL',
        });
    }
    const said = githubMessage(e.response.data);
    const answered = `${endpoint} answered ${e.status}${said ? ` (${said})` : ''}`;
    switch (e.status) {
        case 401:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `${answered}: GitHub rejected the token; check GITHUB_TOKEN`, { key: 'GITHUB_TOKEN' });
        case 403:
        case 429:
            // GitHub answers an exhausted rate limit with 403 (or 429): not a permission problem.
            if (e.status === 429 || String(e.response.headers?.['x-ratelimit-remaining']) === '0') {
                return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `${answered}: the API rate limit is used up; try again after it resets`);
            }
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `${answered}: the token lacks ${permission}`, { key: 'GITHUB_TOKEN' });
        case 404:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `${answered}: not found, or the token cannot see it (it needs ${permission})`, {
                key: 'GITHUB_TOKEN',
            });
        case 422:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('config', `${answered}: GitHub refused the request`);
        default:
            return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .PromoteError */ .jG('connection', `${answered}: try again later`);
    }
}
function endpointOf(e) {
    const method = e.request?.method ?? 'request';
    try {
        return `${method} ${decodeURIComponent(new URL(e.request?.url ?? '').pathname)}`;
    }
    catch {
        return `${method} (unknown URL)`;
    }
}
function githubMessage(data) {
    const message = typeof data === 'object' && data !== null ? data.message : undefined;
    return typeof message === 'string' ? firstLine(message).slice(0, 200) : '';
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}


/***/ })

};
