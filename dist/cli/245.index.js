export const id = 245;
export const ids = [245];
export const modules = {

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Cz: () => (/* binding */ positiveDuration),
/* harmony export */   Hd: () => (/* binding */ lowerName),
/* harmony export */   OL: () => (/* binding */ qualifiedName),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);


/**
 * The kinds of value promotion.yml is made of, defined once: every section (the phases' and
 * those of the later stages beside their code) spells a duration, a name or a table the same
 * way, with the same message when it is wrong.
 */
const duration = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(new RegExp(_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .DURATION_PATTERN */ .Cq), 'must be a duration such as 250ms, 5s, 10min or 1h');
/** A duration that must be longer than zero (a window or timeout of zero would mean none), and at most `max` ms when given. */
function positiveDuration(max) {
    return duration.refine((d) => {
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(d) ?? 0;
        return ms > 0 && (max === undefined || ms <= max.ms);
    }, max ? `must be more than 0 and at most ${max.text}` : 'must be longer than zero');
}
/** A plain PostgreSQL identifier: nothing in the config can smuggle SQL. */
const identifier = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');
const qualifiedName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.name with plain identifiers');
/** Names pg-promote's own things are known by: flags, gates, probes. */
const lowerName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _');


/***/ }),

/***/ 3245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promotionConfigSchema: () => (/* binding */ promotionConfigSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __webpack_require__(81);
// EXTERNAL MODULE: ./src/flags/config.ts
var config = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/latency/config.ts
var latency_config = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/lint/config.ts
var lint_config = __webpack_require__(4315);
// EXTERNAL MODULE: ./src/notify/config.ts
var notify_config = __webpack_require__(5287);
// EXTERNAL MODULE: ./src/ramp/config.ts
var ramp_config = __webpack_require__(152);
// EXTERNAL MODULE: ./src/review/config.ts
var review_config = __webpack_require__(1527);
// EXTERNAL MODULE: ./src/windows/config.ts
var windows_config = __webpack_require__(8735);
;// CONCATENATED MODULE: ./src/migrate/layouts/types.ts
/** How a migration folder is written: pg-promote's own layout, or another tool's. */
const LAYOUT_NAMES = [
    'pg-promote',
    'flyway',
    'golang-migrate',
    'dbmate',
    'goose',
    'node-pg-migrate',
    'diesel',
    'prisma',
    'supabase',
    'sqitch',
];

;// CONCATENATED MODULE: ./src/config/schema.ts










/**
 * promotion.yml, as written by people. Unknown keys are errors (a typo must not be ignored),
 * and identifiers are restricted to plain names so nothing in the config can smuggle SQL.
 */
const repoPath = schemas/* string */.YjP().min(1, 'must not be empty');
/** What `verify` checks for a phase (issue: verification stage). */
const viewPattern = schemas/* string */.YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.([A-Za-z_][A-Za-z0-9_$]{0,62}|\*)$/, 'must be schema.view with plain identifiers, or schema.* for every view in the schema');
const rowCount = schemas/* strictObject */.rej({
    table: fields/* qualifiedName */.OL,
    exact: schemas/* number */.aig().int().min(0).optional(),
    min: schemas/* number */.aig().int().min(0).optional(),
    max: schemas/* number */.aig().int().min(0).optional(),
})
    .refine((r) => r.exact !== undefined || r.min !== undefined || r.max !== undefined, 'needs exact, min or max')
    .refine((r) => r.exact === undefined || (r.min === undefined && r.max === undefined), 'exact excludes min and max')
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max');
const phaseVerify = schemas/* strictObject */.rej({
    expect_tables: schemas/* array */.YOg(fields/* identifier */.Cv).optional().describe("Tables that must exist in the phase's schema; default: whatever its migrations created."),
    expect_views: schemas/* array */.YOg(fields/* qualifiedName */.OL).optional().describe("Views that must exist; default: whatever the phase's migrations and view files created."),
    rls: schemas/* strictObject */.rej({
        required: schemas/* boolean */.zMY().default(false).describe("Every table in the phase's schema must have RLS enabled and at least one policy."),
        force: schemas/* boolean */.zMY().default(false).describe('Also require FORCE ROW LEVEL SECURITY.'),
        definer_views: schemas/* array */.YOg(fields/* qualifiedName */.OL)
            .default([])
            .describe("Views reviewed to read RLS tables with their owner's rights (not security_invoker); any other such view fails lint.definer-view."),
    })
        .prefault({}),
    roles: schemas/* array */.YOg(schemas/* strictObject */.rej({
        role: fields/* identifier */.Cv,
        denied: schemas/* array */.YOg(fields/* qualifiedName */.OL).default([]).describe('Objects this role must NOT be able to read (SQLSTATE 42501).'),
        allowed: schemas/* array */.YOg(fields/* qualifiedName */.OL).default([]).describe('Objects this role must be able to read.'),
    }))
        .default([])
        .describe('Role access, tried with SET ROLE inside a transaction that is always rolled back.'),
    boundaries: schemas/* array */.YOg(schemas/* strictObject */.rej({
        writers: schemas/* string */.YjP().regex(/^[A-Za-z0-9_%$]{1,63}$/, 'must be a role name or LIKE pattern such as vh_%'),
        protected: schemas/* array */.YOg(fields/* identifier */.Cv).min(1, 'must name at least one schema'),
    }))
        .default([])
        .describe('Roles matching `writers` must not be able to write anything in the `protected` schemas.'),
    views: schemas/* strictObject */.rej({
        schemas: schemas/* array */.YOg(fields/* identifier */.Cv).default([]).describe("Every view in these schemas (and the phase's own) must be selectable (LIMIT 0)."),
        require_rows: schemas/* array */.YOg(viewPattern).default([]).describe('Views that must return at least one row; schema.* means every view in the schema.'),
    })
        .prefault({}),
    row_counts: schemas/* array */.YOg(rowCount).default([]).describe('Row counts that must hold after the promotion: exact, or a range (min, max).'),
})
    .describe('Checks run by `pg-promote verify` for this phase.');
const phase = schemas/* strictObject */.rej({
    name: schemas/* string */.YjP().regex(/^[a-z][a-z0-9_-]{0,62}$/, 'must be lower-case letters, digits, _ or -'),
    schema: fields/* identifier */.Cv.describe('The schema this phase owns.'),
    layout: schemas/* enum */.k5n(LAYOUT_NAMES)
        .default('pg-promote')
        .describe("How the migrations folder is written: pg-promote's own NNN_name.sql, or another tool's (flyway, golang-migrate, dbmate, goose, node-pg-migrate, diesel, prisma, supabase, sqitch)."),
    migrations: repoPath.describe("Folder of migration files, written as the phase's layout says (pg-promote: NNN_name.sql)."),
    views: schemas/* array */.YOg(repoPath).default([]).describe('View files, re-applied whenever they change.'),
    policies: schemas/* array */.YOg(repoPath).default([]).describe('Row-level security policy files, re-applied whenever they change.'),
    down: repoPath.optional().describe('Folder of DOWN files, named with the same version as the file they undo.'),
    callbacks: schemas/* strictObject */.rej({
        before: schemas/* array */.YOg(repoPath).default([]).describe('SQL files run before the first file of every migrate that applies something to this phase (Flyway\'s beforeMigrate).'),
        after: schemas/* array */.YOg(repoPath).default([]).describe('SQL files run after the last one (Flyway\'s afterMigrate).'),
    })
        .prefault({})
        .describe('Files run around every migrate that applies something to the phase, each recorded in the history with its checksum.'),
    verify: phaseVerify.prefault({}),
    lint: lint_config/* phaseLintSection */.YZ.optional(),
})
    .describe('One phase: a schema and the files that build it.');
const promotionConfigSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(1).default(1),
    history_table: schemas/* string */.YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.table with plain identifiers')
        .default('audit.migration_log')
        .describe('Schema history table, created when missing.'),
    lock_timeout: fields/* duration */.p0.default('5s').describe('PostgreSQL lock_timeout for every migration statement.'),
    lock_retries: schemas/* number */.aig().int().min(0).max(100).default(5).describe('Retries of a file after SQLSTATE 55P03 (lock not available).'),
    lock_retry_backoff: fields/* duration */.p0.default('1s').describe('Wait before the first retry; doubles each time.'),
    statement_timeout: fields/* duration */.p0.default('10min').describe('PostgreSQL statement_timeout for every migration statement.'),
    advisory_lock_wait: fields/* duration */.p0.default('60s').describe('How long a run waits for another run on the same database to finish.'),
    out_of_order: schemas/* boolean */.zMY().default(false).describe('Allow applying a file whose version is below the newest applied one.'),
    phases: schemas/* array */.YOg(phase).min(1, 'must list at least one phase'),
    production: schemas/* strictObject */.rej({
        databases: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('Database names that are production: migrate needs a verified backup first.'),
        backup_max_age: fields/* duration */.p0.default('2h').describe('How old the backup manifest given to migrate may be.'),
    })
        .prefault({}),
    backup: schemas/* strictObject */.rej({
        dir: schemas/* string */.YjP().min(1).default('backups').describe('Where backups and their manifests are written.'),
        format: schemas/* enum */.k5n(['custom', 'directory']).default('custom'),
        jobs: schemas/* number */.aig().int().min(1).max(64).default(1).describe('pg_dump/pg_restore --jobs (directory format only).'),
        encryption_key_env: schemas/* string */.YjP()
            .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be an environment variable name')
            .optional()
            .describe('Environment variable holding the backup encryption key; when set, backups are encrypted (AES-256-GCM).'),
        require_pitr: schemas/* boolean */.zMY().default(false).describe('Fail the backup stage when WAL archiving is not working.'),
        schemas: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .optional()
            .describe('Dump only these schemas (exact names; default: every schema the role can read).'),
        exclude_schemas: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
            .default([])
            .describe('Leave these schemas out of the dump (exact names): on a managed database, the ones this role cannot read.'),
    })
        .prefault({}),
    boundary_check: schemas/* strictObject */.rej({
        rules: schemas/* array */.YOg(schemas/* strictObject */.rej({
            name: schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'must be a short name (letters, digits, . _ -)'),
            paths: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1, 'must list at least one path glob').describe('Code this rule covers (globs relative to the root).'),
            protected_schemas: schemas/* array */.YOg(fields/* identifier */.Cv).default([]).describe('Schemas this code must not write to.'),
            protected_prefixes: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/)).default([]).describe('Table name prefixes this code must not write to (eng_ matches eng_x).'),
        }))
            .default([])
            .describe('Which code must not write where; boundary-check needs at least one rule.'),
        baseline: schemas/* string */.YjP().min(1).optional().describe('JSON file of accepted findings (each with a reason).'),
        fail_on_empty_rule: schemas/* boolean */.zMY().default(false).describe('A rule whose paths match no file is an error, not a warning.'),
    })
        .prefault({}),
    audit: schemas/* strictObject */.rej({
        change_log: fields/* qualifiedName */.OL.optional().describe("Table of the database's audit triggers (timestamp, operation, transaction id) the audit-trail check reads; without it, only the history is checked."),
    })
        .prefault({}),
    report: schemas/* strictObject */.rej({
        dir: schemas/* string */.YjP().min(1).default('ops/audit').describe('Folder of the dated audit reports (YYYY-MM-DD.md).'),
        criteria: schemas/* array */.YOg(schemas/* string */.YjP().min(1).max(200))
            .default([])
            .describe("Success criteria of your own that only people can check (a service's throughput, ...): listed in the report, never ticked by pg-promote."),
    })
        .prefault({}),
    // Sections of later stages live beside the code that reads them.
    flags: config/* flagsSection */.r.prefault({}),
    ramp: ramp_config/* rampSection */.U3.prefault({}),
    latency: latency_config/* latencySection */.y.prefault({}),
    notifications: notify_config/* notificationsSection */.i5.prefault({}),
    maintenance_windows: windows_config/* maintenanceWindowsSection */.IN.default({}),
    review: review_config/* reviewSection */.m.prefault({}),
    lint: lint_config/* lintSection */.Hm.prefault({}),
})
    .describe('pg-promote configuration (db/promotion.yml).');


/***/ }),

/***/ 1137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ buildFlagsConfig),
/* harmony export */   r: () => (/* binding */ flagsSection)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81);


/**
 * Feature flags pg-promote owns: a small table the applications read (rollout percentage per
 * flag), ramped by `ramp` and switched off by `flags off`. Only flags named here exist, so a
 * typo in `--flag` is an error rather than a new flag.
 */
const flagName = _config_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .lowerName */ .Hd;
const flagsSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    table: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.table with plain identifiers')
        .default('audit.feature_flags')
        .describe('Table of flags and their rollout percentages, created when missing.'),
    known: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ name: flagName, description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional() }))
        .default([])
        .describe('The flags that exist; any other name is an error.'),
    rollback_off: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(flagName)
        .default([])
        .describe('Flags a rollback sets to 0 before restoring (the services that must stop writing).'),
})
    .describe('Feature flags: ramped by `pg-promote ramp`, switched off by `pg-promote flags off`.');
function buildFlagsConfig(s) {
    const [schema, table] = s.table.split('.');
    return { table: { schema, table }, known: s.known, rollbackOff: s.rollback_off };
}


/***/ }),

/***/ 3862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ buildLatencyConfig),
/* harmony export */   y: () => (/* binding */ latencySection)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * The runbook's success criterion "no performance degradation (< 10% increase in p95 latency)"
 * as a gate that tells a regression from noise: several runs a side spread in time, a ratio
 * with its interval per probe, a control for the machine, and the plans beside the timings.
 * Probes are the project's own (the sample's are in db/promotion.yml): there is no default.
 */
const latencySection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    probes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ name: _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd, sql: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1, 'must not be empty').describe('One read-only query (run in a read-only session).') }))
        .refine((p) => new Set(p.map((x) => x.name)).size === p.length, 'probe names must be unique')
        .default([])
        .describe('Queries your application runs, timed before and after the promotion. Required for the latency command.'),
    runs: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(2).max(100).default(5).describe('Runs per side (baseline, compare): the interval is across runs.'),
    span: _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0.default('1min').describe('The runs of a side are spread evenly over this much time, so that slow drift of the machine shows as noise, not as a change.'),
    samples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(10_000).default(10).describe('Timed executions per probe in each run, on the client and on the server each (--samples overrides).'),
    warmup: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(1_000).default(2).describe('Untimed executions per probe at the start of each run.'),
    max_increase: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).default(10).describe("Percent a probe may grow: it fails when its interval's lower bound is above this (the runbook's 10%)."),
    noise_floor: _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0
        .default('0.05ms')
        .describe('A change smaller than this never fails, and an interval whose worst case adds less passes: 0ms turns it off.'),
    inconclusive: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['warn', 'fail']).default('warn').describe('What a probe whose interval straddles the threshold does: a warning in the report, or a failure.'),
    plan_change: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['warn', 'fail']).default('fail').describe("What a changed plan shape or a doubling of a probe's shared blocks (EXPLAIN ANALYZE, BUFFERS) does."),
    probe_timeout: _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .duration */ .p0.default('30s').describe('statement_timeout of each probe execution.'),
    top_statements: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(100).default(10).describe("pg_stat_statements: the application's statements by time in the baseline's windows, compared per window (0: none)."),
})
    .describe('Latency gate: `pg-promote latency --baseline FILE` before, `--compare FILE` after.');
function buildLatencyConfig(s, _root) {
    return {
        probes: s.probes,
        runs: s.runs,
        spanMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(s.span),
        samples: s.samples,
        warmup: s.warmup,
        maxIncreasePct: s.max_increase,
        noiseFloorMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationExact */ .p5)(s.noise_floor),
        inconclusive: s.inconclusive,
        planChange: s.plan_change,
        probeTimeoutMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(s.probe_timeout),
        topStatements: s.top_statements,
    };
}


/***/ }),

/***/ 4315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ lintSection),
/* harmony export */   YZ: () => (/* binding */ phaseLintSection),
/* harmony export */   _k: () => (/* binding */ buildLintConfig)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5882);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2921);



/**
 * A rule the config may switch off. What migrate refuses outright (a parse error, BEGIN in a
 * file, a bad file name) cannot be: lint would pass a file that migrate then stops on.
 */
const DISABLEABLE = _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_IDS */ .Iu.filter((id) => _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_BY_ID */ .Bh.get(id)?.allowable !== false);
const disableableRule = zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DISABLEABLE, {
    error: (issue) => _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_BY_ID */ .Bh.has(String(issue.input))
        ? `lint rule '${String(issue.input)}' cannot be disabled: migrate refuses what it finds`
        : `unknown lint rule '${String(issue.input)}' (rules that can be disabled: ${DISABLEABLE.join(', ')})`,
});
/** promotion.yml's `lint` section. */
const lintSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    postgres_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .min(_version_js__WEBPACK_IMPORTED_MODULE_2__/* .OLDEST_SUPPORTED_VERSION */ .Qx, `pg-promote supports PostgreSQL ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .OLDEST_SUPPORTED_VERSION */ .Qx} and later`)
        .max(_version_js__WEBPACK_IMPORTED_MODULE_2__/* .NEWEST_KNOWN_VERSION */ .YL, `lint knows PostgreSQL up to ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .NEWEST_KNOWN_VERSION */ .YL}`)
        .default(_version_js__WEBPACK_IMPORTED_MODULE_2__/* .OLDEST_SUPPORTED_VERSION */ .Qx)
        .describe(`PostgreSQL major version lint assumes without --database-url (with one, the server's own is used). Default: ${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .OLDEST_SUPPORTED_VERSION */ .Qx}, the oldest supported.`),
    disable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(disableableRule).default([]).describe('Lint rules that report nothing, in every file.'),
    overrides: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1, 'must list at least one path glob').describe('Migration files (globs relative to the root).'),
        disable: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(disableableRule).min(1, 'must name at least one rule').describe('Lint rules that report nothing in these files.'),
    }))
        .default([])
        .describe('Rules switched off for some files only: history that is applied everywhere and never edited again.'),
})
    .describe('Migration lint.');
/** A phase's `lint` key: where its history ends. */
const phaseLintSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    since: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().min(0)])
        .transform((v) => String(v))
        .refine((v) => v.trim() !== '', 'must be a migration version of the phase, such as 42, 2.1 or 2019-06-05-123456')
        .optional()
        .describe('Files up to and including this version are not linted: applied history, which editing would turn into drift.'),
})
    .describe("Lint settings of this phase's migrations.");
function buildLintConfig(s) {
    return { postgresVersion: s.postgres_version, disable: s.disable, overrides: s.overrides };
}


/***/ }),

/***/ 5287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ buildNotificationsConfig),
/* harmony export */   i5: () => (/* binding */ notificationsSection),
/* harmony export */   yK: () => (/* binding */ NOTIFY_EVENTS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * Where promotion messages go. Each webhook is named, and the config holds only the NAME of
 * the environment variable with its URL: webhook URLs are secrets (whoever has one can post),
 * so they live in the CI's secrets, never in the repository, and are never printed.
 */
const NOTIFY_EVENTS = ['start', 'gate', 'success', 'failure', 'rollback'];
const duration = (max, maxText) => (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveDuration */ .Cz)({ ms: max, text: maxText });
const webhook = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    url_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, 'must be the name of an environment variable (letters, digits, _), not a URL')
        .describe('The environment variable holding the webhook URL (from a CI secret). https only.'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['slack', 'teams']).describe('slack: {text, blocks}; teams: an Adaptive Card message (Teams Workflows webhook).'),
    events: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(NOTIFY_EVENTS)).min(1, 'must list at least one event').default([...NOTIFY_EVENTS]).describe('Which moments this webhook hears about.'),
    required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().default(false).describe('true: a delivery that still fails after the retries fails the step (exit 1). Default: reported only.'),
})
    .describe('One webhook.');
const notificationsSection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).max(200).default('Database promotion').describe("The promotion's name in every subject line, the report's heading and the rollback notice."),
    webhooks: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'webhook names are letters, digits, _ . -'), webhook)
        .default({})
        .describe('Webhooks by name.'),
    retries: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(0).max(5).default(2).describe('Further attempts after a failed or timed-out delivery.'),
    retry_backoff: duration(60_000, '1min').default('1s').describe('Wait before the first retry; doubles each time.'),
    timeout: duration(60_000, '1min').default('10s').describe('How long one delivery attempt may take.'),
    rollback: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        impact: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('Impact line of the rollback message. Default: filled from the run.'),
        eta: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional().describe('ETA line of the rollback message. Default: filled from the run.'),
        action_required: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).default('None').describe('Action Required line of the rollback message.'),
    })
        .default({ action_required: 'None' })
        .describe("The runbook's Communication Template lines a run cannot know."),
})
    .describe('Promotion messages to Slack or Teams webhooks: pg-promote notify --event start|gate|success|failure|rollback.');
function buildNotificationsConfig(s, _root) {
    return {
        title: s.title,
        webhooks: Object.entries(s.webhooks).map(([name, w]) => ({ name, urlEnv: w.url_env, format: w.format, events: w.events, required: w.required })),
        retries: s.retries,
        retryBackoffMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(s.retry_backoff),
        timeoutMs: (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(s.timeout),
        rollback: { impact: s.rollback.impact, eta: s.rollback.eta, actionRequired: s.rollback.action_required },
    };
}


/***/ }),

/***/ 152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ buildRampConfig),
/* harmony export */   U3: () => (/* binding */ rampSection),
/* harmony export */   a8: () => (/* binding */ windowFor),
/* harmony export */   tE: () => (/* binding */ rampPlanFor)
/* harmony export */ });
/* unused harmony export RUNBOOK_STEPS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2857);
/* harmony import */ var _config_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _config_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81);



/**
 * The runbook's feature-flag ramp: each flag moves through steps (10% → 50% → 100%), each
 * step watched for a window while health gates are evaluated. Every duration can be shortened
 * (tests, the demo), none can be zero: a zero window would pass a step without watching it.
 */
const positiveDuration = (0,_config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveDuration */ .Cz)();
const gateName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const flagName = _config_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .lowerName */ .Hd;
const step = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    to: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().min(1).max(100).describe('Rollout percentage of this step.'),
    window: positiveDuration.describe('How long the step is watched before the next may start.'),
});
const steps = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(step)
    .min(1, 'must list at least one step')
    .refine((s) => s.every((x, i) => i === 0 || x.to > s[i - 1].to), 'steps must go up: each percentage above the one before');
const gate = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    sql: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .min(1, 'must not be empty')
        .describe('One query; $1 is when the flag moved (timestamptz) and $2, if used, the window as an interval. It returns rows with a numeric column `value`; other columns are shown beside it.'),
    max: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe('The highest value that passes (any row above it is a breach).'),
    min: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().optional().describe('The lowest value that passes (any row below it is a breach).'),
})
    .refine((g) => g.max !== undefined || g.min !== undefined, 'gate has no threshold: set max (highest passing value) or min (lowest)')
    .refine((g) => g.max === undefined || g.min === undefined || g.min <= g.max, 'min must not exceed max');
const RUNBOOK_STEPS = [
    { to: 10, window: '30min' },
    { to: 50, window: '1h' },
    { to: 100, window: '1h' },
];
const rampSection = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    steps: steps.default(RUNBOOK_STEPS).describe("Steps of every flag without its own (the runbook's 10% for 30min, 50% for 1h, 100% for 1h)."),
    interval: positiveDuration.default('10s').describe("How often the gates are evaluated while watching (the runbook's watch -n 10)."),
    gate_timeout: positiveDuration.default('30s').describe('statement_timeout of each gate query; a gate that times out fails the step.'),
    gates: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(gateName, gate)
        .default({})
        .describe('Health gates by name: the queries that tell whether the services are healthy. ramp needs at least one.'),
    flags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(flagName, zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        steps: steps.optional().describe("This flag's steps, instead of ramp.steps."),
        gates: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(gateName).min(1, 'must name at least one gate').optional().describe('Gates watched for this flag (default: all).'),
    }))
        .default({})
        .describe('Per-flag steps and gates.'),
})
    .superRefine((s, ctx) => {
    for (const [flag, own] of Object.entries(s.flags)) {
        (own.gates ?? []).forEach((name, i) => {
            if (!(name in s.gates)) {
                ctx.addIssue({ code: 'custom', path: ['flags', flag, 'gates', i], message: `unknown gate '${name}' (gates: ${Object.keys(s.gates).join(', ')})` });
            }
        });
    }
})
    .describe('Feature-flag ramp: steps, windows and health gates for `pg-promote ramp`.');
const ms = (d) => (0,_config_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(d);
const toSteps = (s) => s.map((x) => ({ to: x.to, windowMs: ms(x.window) }));
function buildRampConfig(s, _root) {
    return {
        steps: toSteps(s.steps),
        intervalMs: ms(s.interval),
        gateTimeoutMs: ms(s.gate_timeout),
        gates: Object.entries(s.gates).map(([name, g]) => ({ name, description: g.description, sql: g.sql, max: g.max, min: g.min })),
        flags: Object.fromEntries(Object.entries(s.flags).map(([name, f]) => [name, { steps: f.steps ? toSteps(f.steps) : undefined, gates: f.gates }])),
    };
}
/** A flag's steps and gates: its own where it has them, the section's otherwise. */
function rampPlanFor(config, flag) {
    const own = config.flags[flag];
    const names = own?.gates;
    return {
        steps: own?.steps ?? config.steps,
        gates: names ? config.gates.filter((g) => names.includes(g.name)) : config.gates,
    };
}
/**
 * The window of a move to `to`: the step of that percentage, else the first step above it
 * (a percentage between steps is watched as long as the step it leads to), else the last.
 */
function windowFor(steps, to) {
    return steps.find((s) => s.to === to) ?? steps.find((s) => s.to > to) ?? steps[steps.length - 1];
}


/***/ }),

/***/ 1527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ reviewSection),
/* harmony export */   n: () => (/* binding */ buildReviewConfig)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);

/**
 * `pg-promote review`: which objects the DOWN proof compares. The phases' own schemas are
 * always compared; migrations that also build objects elsewhere name those schemas here.
 */
const identifier = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');
const reviewSection = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schemas: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(identifier)
        .default([])
        .describe("Schemas compared after the DOWN files besides the phases' own (objects a migration creates elsewhere)."),
    compare_grants: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .describe('Count a privilege the DOWN files did not give back (or left behind) as a difference.'),
})
    .describe('Pull-request review: apply, verify and prove the DOWN files on a throwaway database.');
function buildReviewConfig(s, _root) {
    return { schemas: s.schemas, compareGrants: s.compare_grants };
}


/***/ }),

/***/ 8735:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ buildMaintenanceWindowsConfig),
/* harmony export */   IN: () => (/* binding */ maintenanceWindowsSection),
/* harmony export */   qn: () => (/* binding */ DAYS)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var _zoned_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65);


/**
 * The runbook's "maintenance window scheduled", written down: named windows of wall-clock time
 * in an IANA time zone. A window whose end is earlier than its start runs past midnight into
 * the next day (its `days` are the days it opens on). Times are wall-clock, so a window keeps
 * its local hours across a daylight-saving change.
 */
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const time = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'must be a time HH:MM (00:00 to 24:00)');
const windowEntry = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    days: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DAYS)).min(1, 'must list at least one day').describe('Days the window opens on: mon, tue, wed, thu, fri, sat, sun.'),
    start: time.describe('Local time the window opens (HH:MM).'),
    end: time.describe('Local time the window closes (HH:MM, exclusive); earlier than start means the next day.'),
    time_zone: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .superRefine((zone, ctx) => {
        if (!(0,_zoned_time_js__WEBPACK_IMPORTED_MODULE_0__/* .isTimeZone */ .kQ)(zone))
            ctx.addIssue({ code: 'custom', message: `unknown time zone '${zone}' (expected an IANA name such as Europe/Berlin or UTC)` });
    })
        .describe('IANA time zone of start and end, e.g. Europe/Berlin.'),
})
    .superRefine((w, ctx) => {
    if (w.start === w.end)
        ctx.addIssue({ code: 'custom', path: ['end'], message: `is the same as start (${w.start}): a window needs a length` });
    if (w.start === '24:00')
        ctx.addIssue({ code: 'custom', path: ['start'], message: 'must be before 24:00 (write 00:00 on the next day)' });
})
    .describe('One maintenance window.');
const maintenanceWindowsSection = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, 'window names are letters, digits, _ . -'), windowEntry)
    .describe('Maintenance windows by name: migrate, restore and ramp on a production database refuse to start outside every one (unless --outside-window REASON).');
const minutes = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
function buildMaintenanceWindowsConfig(section, _root) {
    return Object.entries(section).map(([name, w]) => ({
        name,
        days: w.days,
        start: minutes(w.start),
        end: minutes(w.end),
        timeZone: w.time_zone,
        text: `${w.days.join(',')} ${w.start}-${w.end} ${w.time_zone}`,
    }));
}


/***/ }),

/***/ 65:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ instantOf),
/* harmony export */   HJ: () => (/* binding */ localTime),
/* harmony export */   T0: () => (/* binding */ hhmm),
/* harmony export */   fi: () => (/* binding */ addDays),
/* harmony export */   kQ: () => (/* binding */ isTimeZone)
/* harmony export */ });
/**
 * Wall-clock time in an IANA zone, from Intl alone (no time-zone database of our own): the
 * local day and minute of an instant, and the instant of a local day and minute.
 */
const formatters = new Map();
function isTimeZone(zone) {
    if (typeof zone !== 'string' || zone.length === 0)
        return false;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
function formatterFor(zone) {
    let f = formatters.get(zone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            weekday: 'short',
        });
        formatters.set(zone, f);
    }
    return f;
}
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
function localTime(instant, zone) {
    const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((p) => [p.type, p.value]));
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
        minute: Number(parts.hour) * 60 + Number(parts.minute),
    };
}
/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetMs(instant, zone) {
    const l = localTime(new Date(instant), zone);
    const asUtc = Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
    return asUtc - Math.floor(instant / 60_000) * 60_000;
}
const DAY_MS = 86_400_000;
/**
 * The instant a local date and minute happen in a zone. A time repeated by an autumn change is
 * its first occurrence. A time skipped by a spring-forward change happens when the clock jumps
 * past it, at the change itself (02:30 on that night in Berlin is the 03:00 that follows 01:59):
 * so a window wholly inside the gap opens and closes at the same instant, that is, not at all.
 */
function instantOf(zone, year, month, day, minute) {
    const wall = Date.UTC(year, month - 1, day, 0, minute);
    // The offsets in force a day either side of the wall time cover any change near it (no zone
    // changes twice in two days); taken at the wall time alone, east of UTC, the offset is the one
    // after an autumn change, which picked the repeated hour's second occurrence.
    const offsets = [...new Set([offsetMs(wall - DAY_MS, zone), offsetMs(wall, zone), offsetMs(wall + DAY_MS, zone)])];
    const matches = offsets.map((o) => wall - o).filter((t) => localMinuteKey(t, zone) === wall);
    if (matches.length > 0)
        return new Date(Math.min(...matches));
    // In the gap: the first minute whose wall clock reads `wall` or later. Before the change the
    // clock reads less (the larger offset's instant), after it more.
    let before = wall - Math.max(...offsets);
    let after = wall - Math.min(...offsets);
    while (after - before > 60_000) {
        const mid = Math.floor((before + after) / 120_000) * 60_000;
        if (localMinuteKey(mid, zone) >= wall)
            after = mid;
        else
            before = mid;
    }
    return new Date(after);
}
function localMinuteKey(instant, zone) {
    const l = localTime(new Date(instant), zone);
    return Date.UTC(l.year, l.month - 1, l.day, 0, l.minute);
}
/** Local calendar arithmetic (days), independent of any zone. */
function addDays(year, month, day, days) {
    const d = new Date(Date.UTC(year, month - 1, day + days));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const hhmm = (minute) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;


/***/ })

};
