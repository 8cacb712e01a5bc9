export const id = 199;
export const ids = [199];
export const modules = {

/***/ 455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ quotedTable),
/* harmony export */   It: () => (/* binding */ TOOLS),
/* harmony export */   Wi: () => (/* binding */ parseHistoryTable),
/* harmony export */   n0: () => (/* binding */ numericKey),
/* harmony export */   q$: () => (/* binding */ hasColumns),
/* harmony export */   tP: () => (/* binding */ leadingVersion),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


/** The migration tools whose history tables pg-promote can take over. */
const TOOLS = ['flyway', 'golang-migrate', 'dbmate', 'goose', 'node-pg-migrate', 'diesel', 'prisma', 'supabase', 'sqitch'];
/** `--from`'s value: auto, or one of the tools, else a usage error listing them. */
function parseFrom(text) {
    if (text === 'auto' || TOOLS.includes(text))
        return text;
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--from must be auto or one of ${TOOLS.join(', ')} (got '${text}')`, { key: '--from' });
}
/** Numeric parts without leading zeros ("0010" and "10" are one version; "1.2" is not "12"). */
function numericKey(version) {
    return version
        .split('.')
        .map((part) => (/^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part))
        .join('.');
}
/** The leading version of a migration's name, as node-pg-migrate and Prisma name them (`<version>_<name>`). */
function leadingVersion(name) {
    return /^(\d+(?:\.\d+)*)(?:[_-]|$)/.exec(name)?.[1] ?? name;
}
/** The table's name quoted for SQL. */
const quotedTable = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.name)}`;
const hasColumns = (t, ...columns) => columns.every((c) => t.columns.includes(c));
/** `[schema.]table`, names as the catalog keeps them (no quotes, case kept). */
function parseHistoryTable(text) {
    const match = /^(?:([^.\s]+)\.)?([^.\s]+)$/.exec(text);
    if (!match)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--history-table must be [schema.]table, as the catalog names it (got '${text}')`, { key: '--history-table' });
    return { ...(match[1] === undefined ? {} : { schema: match[1] }), name: match[2] };
}


/***/ }),

/***/ 5199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_ANNOTATIONS: () => (/* binding */ MAX_ANNOTATIONS),
  readInputs: () => (/* binding */ main_readInputs),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/errors/exit-codes.ts
var exit_codes = __webpack_require__(7288);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/commands/index.ts + 26 modules
var commands = __webpack_require__(1041);
// EXTERNAL MODULE: ./src/commands/option.ts
var commands_option = __webpack_require__(4189);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __webpack_require__(8768);
;// CONCATENATED MODULE: ./src/action/inputs.ts







/** The action's command words: each command's spellings. */
const ACTION_COMMANDS = commands/* COMMAND_SPECS */.fH.flatMap((c) => c.actionNames);
/** Every input an option stands for, with the option (a name two commands share is declared alike). */
function optionInputs() {
    const inputs = new Map();
    for (const spec of commands/* COMMAND_SPECS */.fH.filter((c) => c.actionNames.length > 0)) {
        for (const [, option] of (0,commands/* optionsOf */.cz)(spec)) {
            const name = (0,commands_option/* inputName */.y)(option);
            if (name && !inputs.has(name))
                inputs.set(name, option);
        }
    }
    return inputs;
}
/** Inputs that carry credentials: masked before anything else happens. */
const secretInputs = () => [...optionInputs()].filter(([, o]) => o.secret).map(([name]) => name);
/**
 * Every URL input and its password, in every spelling, registered with the runner's masker.
 * Runs before inputs are validated, so not even an error about them can show a password.
 */
function maskSecrets() {
    const token = core.getInput('github-token');
    if (token)
        core.setSecret(token);
    const envs = [...optionInputs().values()].filter((o) => o.secret && o.env).map((o) => process.env[o.env] ?? '');
    const urls = [...secretInputs().map((name) => core.getInput(name)), ...envs].filter(Boolean);
    for (const url of urls) {
        core.setSecret(url);
        try {
            const password = parseDatabaseUrl(url).password;
            if (password) {
                core.setSecret(password);
                core.setSecret(encodeURIComponent(password));
            }
        }
        catch {
            // malformed: reported by input name later, never by value
        }
    }
}
/** An input's text as the runner passed it, untrimmed: a blank reason is refused, not dropped. */
const rawInput = (name) => {
    const text = core.getInput(name, { trimWhitespace: false });
    return text === '' ? undefined : text;
};
/** Inputs as the runner passes them (INPUT_* variables) into engine options; every bad one names itself. */
function readInputs() {
    const word = core.getInput('command').trim();
    if (!word)
        throw usageError(`input 'command' is required (${ACTION_COMMANDS.join(', ')})`, { key: 'command' });
    const spec = COMMAND_SPECS.find((c) => c.actionNames.includes(word));
    if (!spec)
        throw usageError(`input 'command' is '${word}'; expected one of: ${ACTION_COMMANDS.join(', ')}`, { key: 'command' });
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const workingDirectory = path.resolve(workspace, core.getInput('working-directory') || '.');
    if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
        throw usageError(`input 'working-directory' does not exist: ${core.getInput('working-directory')}`, { key: 'working-directory' });
    }
    // The GitHub commands (those that name a repository) read the token where the CLI does; no
    // other command's environment gets it.
    const token = usesGithub(spec) ? core.getInput('github-token') || process.env.GITHUB_TOKEN : undefined;
    const env = token ? { ...process.env, GITHUB_TOKEN: token } : process.env;
    // An input the command does not take is refused like the CLI's option; a switch left at its
    // action.yml default (false) was not given.
    const own = new Set(optionsOf(spec).map(([, o]) => inputName(o)));
    for (const [name, option] of optionInputs()) {
        const raw = rawInput(name);
        if (raw === undefined || own.has(name))
            continue;
        if (option.actionDefault !== undefined && raw.trim() === option.actionDefault)
            continue;
        if (option.type === 'boolean' && raw.trim() === 'false')
            continue;
        throw notApplicable(option.flag, spec, word);
    }
    const fields = engineOptionsFor(spec, (option) => {
        const name = inputName(option);
        return name ? rawInput(name) : undefined;
    }, { root: workingDirectory, env, words: [], spelledAs: word, adapter: 'action' });
    const debugInput = rawInput('debug')?.trim();
    return {
        spec,
        debug: debugInput === 'true' || process.env.RUNNER_DEBUG === '1',
        options: { ...fields, command: spec.name, root: workingDirectory, env },
    };
}

;// CONCATENATED MODULE: ./src/action/input-names.ts



/**
 * The engine words its errors for the CLI (`--backup-manifest FILE`); in a workflow the user
 * wrote inputs, so the action says `input 'backup-manifest'`. The names come from the command's
 * option table; only pg-promote's own options are renamed: a tool's options quoted in a
 * message (pg_restore --list) stay as they are.
 */
/** The input a flag stands for in this command (`--to` is down's `to` but ramp's `percentage`). */
function inputOf(flag, command) {
    const spec = commands/* COMMAND_SPECS */.fH.find((c) => c.name === command || c.actionNames.includes(command));
    const options = spec ? (0,commands/* optionsOf */.cz)(spec) : [...optionInputs()].map(([, o]) => ['', o]);
    const option = options.find(([, o]) => o.flag === flag)?.[1] ?? [...optionInputs().values()].find((o) => o.flag === flag);
    return option ? (0,commands_option/* inputName */.y)(option) : undefined;
}
// `--name`, not `--name=…` (a tool's command line), with the CLI's placeholder after it (FILE, N).
const FLAG = /(?<![\w-])--([a-z][a-z-]*)(?![\w=-])(?: (?:[A-Z][A-Z_]*|N)(?![\w/]))?/g;
/** An error's key as the action names it: an option's input, or the key as it is (a config key). */
function inputKey(key, command) {
    return key.startsWith('--') ? (inputOf(key.slice(2), command) ?? key) : key;
}
function inInputWords(text, command) {
    return text.replace(FLAG, (whole, flag) => {
        const input = inputOf(flag, command);
        return input ? `input '${input}'` : whole;
    });
}
/** The result as the action reports it: its error, hint, key and warnings in input words. */
function withInputNames(result) {
    const command = result.command;
    const error = result.error && {
        ...result.error,
        message: inInputWords(result.error.message, command),
        hint: result.error.hint === undefined ? undefined : inInputWords(result.error.hint, command),
        key: result.error.key === undefined ? undefined : inputKey(result.error.key, command),
    };
    return { ...result, error, warnings: result.warnings.map((w) => inInputWords(w, command)) };
}

;// CONCATENATED MODULE: ./src/action/fail-step.ts




/**
 * A step that could not start (bad input): one ::error:: naming it, the same line in the job
 * summary (a run's summary page is where people look first), status `error`, its exit code.
 */
async function failStep(err, command = '') {
    const e = (0,promote_error/* asPromoteError */.XO)(err);
    const key = e.context.key;
    // The input names the place when the message does not (a connection string is never shown).
    const message = inInputWords(key && !e.message.includes(key) ? `${key}: ${e.message}` : e.message, command);
    lib_core/* setOutput */.uH('status', 'error');
    lib_core/* setFailed */.C1(message);
    process.exitCode = (0,exit_codes/* exitCodeFor */.R)(e.kind);
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const rows = [`| | |`, `| --- | --- |`, `| message | ${message.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')} |`];
    if (key)
        rows.push(`| input | \`${inputKey(key, command)}\` |`);
    await lib_core/* summary */.z
        .addRaw(`## pg-promote ${command || 'action'}: ❌ bad input, nothing was done\n\n${rows.join('\n')}\n`)
        .write()
        .catch(() => undefined);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/engine/index.ts
var engine = __webpack_require__(5970);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __webpack_require__(4532);
// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/report/boundary-text.ts

/** Text lines for the boundary check's findings (CLI and action logs). */
function boundaryLines(result) {
    const report = result.boundary;
    if (!report)
        return [];
    const lines = [];
    for (const f of report.findings) {
        lines.push(`${f.file}:${f.line}:${f.column}: ${f.kind} writes to ${f.object} (rule ${f.rule}, ${f.via})`);
    }
    for (const a of report.accepted) {
        lines.push(`accepted (${a.source === 'inline' ? 'inline marker' : 'baseline'}): ${a.file}:${a.line}:${a.column}: ${a.kind} ${a.object} (rule ${a.rule}): ${a.reason}`);
    }
    const skipped = Object.entries(report.skipped);
    lines.push(`boundary-check: ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}, ${report.accepted.length} accepted; ` +
        `${report.filesScanned} files (${(0,bytes/* formatBytes */.z)(report.bytesScanned ?? 0)}) scanned, ${report.filesParsed ?? 0} looked at closely, in ${report.durationMs} ms${threadsNote(report.threads)}`);
    if (skipped.length > 0)
        lines.push(`  skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
    if (report.sarifPath)
        lines.push(`  SARIF: ${report.sarifPath}`);
    return lines;
}
/** ' on N threads' when the scan shared its files between threads; nothing for one. */
function threadsNote(threads) {
    return threads !== undefined && threads > 1 ? ` on ${threads} threads` : '';
}

;// CONCATENATED MODULE: ./src/boundary-check/main.ts










/** GitHub shows at most 10 error annotations per step; the rest are counted in the summary. */
const MAX_ANNOTATIONS = 10;
const MAX_SUMMARY_ROWS = 200;
const list = (text) => text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
/** The action's inputs (INPUT_* variables) as engine options; a bad one is a usage error naming it. */
function main_readInputs() {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const written = lib_core/* getInput */.V4('working-directory') || '.';
    const root = external_node_path_default().resolve(workspace, written);
    if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
        throw (0,promote_error/* usageError */.Wp)(`input 'working-directory' does not exist: ${written}`, { key: 'working-directory' });
    }
    const inRoot = (name, mustExist) => {
        const value = lib_core/* getInput */.V4(name).trim();
        if (!value)
            return undefined;
        if (mustExist && !(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, value)))
            throw (0,promote_error/* usageError */.Wp)(`input '${name}' does not exist: ${value}`, { key: name });
        return value;
    };
    const sarif = lib_core/* getInput */.V4('sarif-file').trim() || external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-boundary-${Date.now()}.sarif`);
    return {
        workspace,
        options: {
            command: 'boundary-check',
            root,
            configPath: inRoot('config', true),
            boundary: {
                paths: list(lib_core/* getInput */.V4('paths')),
                rulesFile: inRoot('rules-file', true),
                baseline: inRoot('baseline', true),
                sarif: external_node_path_default().resolve(root, sarif),
            },
        },
    };
}
/**
 * The boundary-check action: inputs in, the engine's boundary check, findings out as error
 * annotations (the most damaging first, at most ten), a job summary, SARIF and outputs.
 */
async function run() {
    let inputs;
    try {
        inputs = main_readInputs();
    }
    catch (err) {
        failStep(err);
        return;
    }
    const result = await (0,engine.runEngine)(inputs.options);
    const report = result.boundary;
    // Paths in annotations and SARIF are relative to the repository, not the working directory.
    const toRepo = (file) => external_node_path_default().relative(inputs.workspace, external_node_path_default().join(inputs.options.root, file)).split((external_node_path_default()).sep).join('/');
    if (report?.sarifPath)
        rebaseSarif(report.sarifPath, toRepo);
    for (const line of boundaryLines(result))
        lib_core/* info */.pq(line);
    setOutputs(result);
    const annotated = annotate(result, toRepo);
    if (process.env.GITHUB_STEP_SUMMARY)
        await writeSummary(result, toRepo, annotated);
    if (result.error && result.error.kind !== 'check')
        lib_core/* error */.z3((0,format/* formatErrorLine */.AC)(result.error), result.error.file ? { file: result.error.file, startLine: result.error.line } : undefined);
    else if (result.error)
        lib_core/* info */.pq(`boundary-check failed: ${result.error.message}`);
    process.exitCode = result.exitCode;
}
function setOutputs(result) {
    const report = result.boundary;
    const resultPath = external_node_path_default().join(process.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-boundary-check-${Date.now()}.json`);
    (0,external_node_fs_.writeFileSync)(resultPath, `${JSON.stringify(result, null, 2)}\n`);
    lib_core/* setOutput */.uH('status', result.ok ? 'clean' : result.exitCode === 2 ? 'error' : 'findings');
    lib_core/* setOutput */.uH('findings-count', String(report?.findings.length ?? 0));
    lib_core/* setOutput */.uH('accepted-count', String(report?.accepted.length ?? 0));
    lib_core/* setOutput */.uH('files-scanned', String(report?.filesScanned ?? 0));
    if (report?.sarifPath)
        lib_core/* setOutput */.uH('sarif-file', report.sarifPath);
    lib_core/* setOutput */.uH('result-json', resultPath);
}
/** Error annotations for the first findings (already sorted most damaging first); returns how many. */
function annotate(result, toRepo) {
    const findings = result.boundary?.findings ?? [];
    const shown = findings.slice(0, MAX_ANNOTATIONS);
    for (const f of shown) {
        lib_core/* error */.z3(`${f.kind} writes to protected ${f.object} (rule ${f.rule}). Move the write behind the owning app, or accept it with '// boundary-check: allow <reason>'.`, {
            title: `boundary-check: ${f.kind} into ${f.object}`,
            file: toRepo(f.file),
            startLine: f.line,
            startColumn: f.column,
            endColumn: f.endColumn,
        });
    }
    for (const warning of result.warnings.slice(0, MAX_ANNOTATIONS))
        lib_core/* warning */.$e(warning, { title: 'boundary-check' });
    return shown.length;
}
async function writeSummary(result, toRepo, annotated) {
    const report = result.boundary;
    const summary = lib_core/* summary */.z.addHeading(`pg-promote boundary-check: ${result.ok ? 'clean' : report && report.findings.length > 0 ? `${report.findings.length} cross-boundary write${report.findings.length === 1 ? '' : 's'}` : 'error'}`, 2);
    if (result.error && result.error.kind !== 'check')
        summary.addCodeBlock((0,format/* formatErrorLine */.AC)(result.error));
    if (report) {
        const skipped = Object.entries(report.skipped).map(([reason, n]) => `${n} ${reason}`).join(', ') || 'none';
        summary.addRaw(`${report.filesScanned} files scanned (${(0,bytes/* formatBytes */.z)(report.bytesScanned ?? 0)}, ${report.filesParsed ?? 0} looked at closely) in ${report.durationMs} ms${threadsNote(report.threads)}. Skipped: ${skipped}.`, true);
        if (report.rules) {
            summary.addTable([
                ['rule', 'paths', 'protected', 'files'].map((h) => ({ data: h, header: true })),
                ...report.rules.map((r) => [r.name, r.paths.join(', '), [...r.protectedSchemas.map((s) => `schema ${s}`), ...r.protectedPrefixes.map((p) => `${p}*`)].join(', '), String(r.files)]),
            ]);
        }
        if (report.findings.length > 0) {
            summary.addHeading('Findings', 3);
            summary.addTable([header(), ...report.findings.slice(0, MAX_SUMMARY_ROWS).map((f) => row(f, toRepo))]);
            const notAnnotated = report.findings.length - annotated;
            if (notAnnotated > 0)
                summary.addRaw(`${notAnnotated} finding${notAnnotated === 1 ? '' : 's'} not shown as annotations (GitHub shows ${MAX_ANNOTATIONS} per step): see the table${report.findings.length > MAX_SUMMARY_ROWS ? ', the SARIF file' : ''} and the result JSON.`, true);
        }
        if (report.accepted.length > 0) {
            summary.addHeading('Accepted (not failing)', 3);
            summary.addTable([
                [...header(), { data: 'accepted by', header: true }, { data: 'reason', header: true }],
                ...report.accepted.slice(0, MAX_SUMMARY_ROWS).map((a) => [...row(a, toRepo), a.source === 'inline' ? 'inline marker' : 'baseline', a.reason]),
            ]);
        }
    }
    if (result.warnings.length > 0)
        summary.addList(result.warnings);
    await summary.write();
}
const header = () => ['location', 'kind', 'object', 'rule', 'found by'].map((h) => ({ data: h, header: true }));
const row = (f, toRepo) => [`${toRepo(f.file)}:${f.line}:${f.column}`, f.kind, `<code>${escapeHtml(f.object)}</code>`, f.rule, f.via];
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** SARIF locations relative to the repository root, where code scanning looks for them. */
function rebaseSarif(file, toRepo) {
    try {
        const sarif = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        for (const run of sarif.runs) {
            for (const r of run.results)
                for (const l of r.locations)
                    l.physicalLocation.artifactLocation.uri = encodeURI(toRepo(decodeURI(l.physicalLocation.artifactLocation.uri)));
        }
        (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify(sarif, null, 2)}\n`);
    }
    catch (err) {
        lib_core/* warning */.$e(`could not make SARIF paths repository-relative: ${err.message}`);
    }
}


/***/ }),

/***/ 1041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lo: () => (/* binding */ COMMANDS),
  fH: () => (/* binding */ COMMAND_SPECS),
  Lx: () => (/* binding */ commandSpec),
  cz: () => (/* binding */ optionsOf)
});

// UNUSED EXPORTS: DRY_RUN_COMMANDS, cliSpelling, commandsWithFlag, engineOptionsFor, notApplicable, usesGithub

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/commands/command.ts
/** Typed declaration: the options' values are known from the table. */
const defineCommand = (spec) => spec;

;// CONCATENATED MODULE: ./src/commands/backup.ts

const JOBS = { flag: 'jobs', type: 'int', min: 1, max: 64, arg: 'N', doc: "backup and restore: parallel jobs (directory format only). Default: the config's backup.jobs; a custom-format backup restores with one." };
const SCRATCH_URL = { flag: 'scratch-url', type: 'url', arg: 'URL', secret: true, doc: 'backup with verify restore: where to restore (default: a scratch database on the same server). review: the empty database to review on (default: a throwaway cluster). Masked.' };
const backup = defineCommand({
    name: 'backup',
    summary: 'pg_dump the database, verify the archive, write its manifest, report PITR readiness',
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'none',
    actionNames: ['backup'],
    options: {
        dir: { flag: 'backup-dir', type: 'string', arg: 'DIR', doc: "backup: folder for the dump and its manifest. Default: the config's backup.dir, else backups/." },
        format: { flag: 'format', input: 'backup-format', type: 'choice', choices: ['custom', 'directory'], doc: 'backup: custom (one file) or directory (parallel with jobs).' },
        jobs: JOBS,
        verify: { flag: 'verify', type: 'choice', choices: ['list', 'restore'], doc: "backup: list (check the archive's table of contents) or restore (restore into a scratch database and compare)." },
        scratchUrl: SCRATCH_URL,
    },
    engine: (o, shared) => ({ ...shared, backup: { dir: o.dir, format: o.format, jobs: o.jobs, verify: o.verify, scratchUrl: o.scratchUrl } }),
    resolve: async (config, options) => (await __webpack_require__.e(/* import() */ 722).then(__webpack_require__.bind(__webpack_require__, 4722))).backupSettings(options, config),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(346), __webpack_require__.e(718)]).then(__webpack_require__.bind(__webpack_require__, 7718))).backup(ctx);
    },
});

// EXTERNAL MODULE: ./src/adopt/foreign-history.ts
var foreign_history = __webpack_require__(455);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(1666);
;// CONCATENATED MODULE: ./src/commands/shared.ts
/** Options every command takes. */
const shared_SHARED_OPTIONS = {
    databaseUrl: { flag: 'database-url', type: 'url', arg: 'URL', env: 'DATABASE_URL', secret: true, doc: 'Target database URL (postgres://user:password@host:port/db); pass it from a secret, it is masked. Default: $DATABASE_URL.' },
    configPath: { flag: 'config', type: 'string', arg: 'FILE', doc: 'Promotion config. Default: db/promotion.yml (pg-promote init writes one).' },
    phases: { flag: 'phase', type: 'list', arg: 'NAME', doc: 'Only these phases, comma or newline separated (or the option repeated). Default: every phase, in config order.' },
    debug: { flag: 'debug', type: 'boolean', doc: "Print an internal error's stack trace (the result JSON always holds it). The action also honours the runner's debug logging." },
};
/** The CLI's own switches: what to print and where the result goes as well. */
const CLI_OPTIONS = {
    json: { flag: 'json', input: false, type: 'boolean', doc: 'Print exactly one JSON document on stdout.' },
    resultFile: { flag: 'result-file', input: false, type: 'string', arg: 'FILE', doc: 'Also write that JSON document to FILE (for report --results), whatever is printed.' },
};
/** The action's own inputs: which command, where, and the GitHub stages' inputs. */
const ACTION_INPUTS = {
    command: { description: '', required: true },
    'github-token': { description: 'gates-check, signoffs-check and record-approvals: a token that can read the repository\'s environments and runs (actions: read). review: a token that may comment on the pull request (pull-requests: write). Masked.', default: '${{ github.token }}' },
    'working-directory': { description: 'Repository folder the config and its paths are relative to. Default: the workspace.', default: '.' },
};
const TO_VERSION = {
    flag: 'to', type: 'string', arg: 'VERSION',
    doc: 'plan and migrate: pending migrations up to and including VERSION only (later ones stay pending); one phase. down: revert every applied version above VERSION (VERSION stays applied; --all reverts them all). baseline: record every migration up to and including VERSION as applied without running it.',
};
const NO_OPTIONS = {};

;// CONCATENATED MODULE: ./src/commands/plan.ts



const plan = defineCommand({
    name: 'plan',
    summary: 'show pending migrations and view/policy files that would be re-applied (changes nothing)',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'told',
    actionNames: ['plan'],
    options: {
        to: TO_VERSION,
        stagingUrl: { flag: 'staging-url', type: 'url', arg: 'URL', env: 'STAGING_DATABASE_URL', secret: true, doc: 'plan and migrate: refuse files staging has not applied with the same checksum. Masked. Default: $STAGING_DATABASE_URL.' },
    },
    engine: (o, shared) => ({ ...shared, to: o.to, stagingUrl: o.stagingUrl }),
    report: result/* emptyFilesReport */.j,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(398), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect(ctx, (0,result/* emptyFilesReport */.j)());
    },
});

;// CONCATENATED MODULE: ./src/commands/migrate.ts




const DRY_RUN = { flag: 'dry-run', type: 'boolean', doc: 'migrate, down and baseline: show what would run (or be recorded), change nothing.', actionDefault: 'false' };
const OUTSIDE_WINDOW = { flag: 'outside-window', type: 'reason', arg: 'REASON', doc: 'migrate, down, restore and ramp on production outside a maintenance window: the reason, recorded in the audit trail.' };
const migrate = defineCommand({
    name: 'migrate',
    summary: 'apply pending migrations, then view and policy files, phase by phase',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'guarded',
    actionNames: ['migrate'],
    options: {
        to: TO_VERSION,
        dryRun: DRY_RUN,
        stagingUrl: plan.options.stagingUrl,
        backupManifest: { flag: 'backup-manifest', type: 'string', arg: 'FILE', doc: 'migrate on a production database: the manifest of the verified backup taken before it (the backup step\'s backup-manifest output).' },
        backupArtifact: { flag: 'backup-artifact', type: 'string', arg: 'NAME', doc: 'migrate with a backup manifest: the workflow artifact that holds the dump, when the job fetched only the manifest (the dump is then not looked for beside it).' },
        withoutBackup: { flag: 'without-backup', type: 'reason', arg: 'REASON', doc: 'migrate on a production database without a backup: the reason, recorded in the audit trail.' },
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => ({
        ...shared,
        to: o.to,
        dryRun: o.dryRun ?? false,
        stagingUrl: o.stagingUrl,
        backupManifest: o.backupManifest,
        backupStoredIn: o.backupArtifact,
        withoutBackupReason: o.withoutBackup,
        outsideWindowReason: o.outsideWindow,
    }),
    report: result/* emptyRunReport */.z,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(179), __webpack_require__.e(314), __webpack_require__.e(406), __webpack_require__.e(398), __webpack_require__.e(943)]).then(__webpack_require__.bind(__webpack_require__, 5943))).migrate(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/baseline.ts





const baseline = defineCommand({
    name: 'baseline',
    summary: 'take over a database another tool (or a hand) migrated: record its versions as applied without running them (one --phase)',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'none',
    actionNames: ['baseline'],
    options: {
        to: TO_VERSION,
        from: { flag: 'from', type: 'string', arg: 'TOOL', doc: `baseline: record exactly the versions another tool's history table says it applied: auto, ${foreign_history/* TOOLS */.It.join(', ')}.` },
        project: { flag: 'project', type: 'string', arg: 'NAME', doc: 'baseline --from sqitch: the Sqitch project, when the registry holds several.' },
        historyTable: {
            flag: 'history-table', type: 'string', arg: 'SCHEMA.TABLE',
            doc: "baseline --from: the other tool's history table when it was configured with a name of its own (Flyway's table, golang-migrate's x-migrations-table, dbmate's --migrations-table; for Sqitch, REGISTRY.changes).",
        },
        dryRun: DRY_RUN,
    },
    engine: (o, shared) => {
        if ((o.to === undefined) === (o.from === undefined)) {
            throw (0,promote_error/* usageError */.Wp)('baseline needs exactly one of --to VERSION or --from auto|TOOL', { key: o.to === undefined ? '--to' : '--from' });
        }
        if (o.from !== undefined)
            (0,foreign_history/* parseFrom */.uK)(o.from);
        if (o.project !== undefined && o.from === undefined)
            throw (0,promote_error/* usageError */.Wp)('--project goes with --from sqitch (or auto)', { key: '--project' });
        if (o.historyTable !== undefined && o.from === undefined)
            throw (0,promote_error/* usageError */.Wp)('--history-table goes with --from (auto or the tool)', { key: '--history-table' });
        if (o.historyTable !== undefined)
            (0,foreign_history/* parseHistoryTable */.Wi)(o.historyTable);
        return { ...shared, dryRun: o.dryRun ?? false, baseline: { to: o.to, from: o.from, project: o.project, historyTable: o.historyTable } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(314), __webpack_require__.e(522)]).then(__webpack_require__.bind(__webpack_require__, 4522))).baseline(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/boundary-check.ts

const boundaryCheck = defineCommand({
    name: 'boundary-check',
    summary: "find code that writes into another app's schema (no database needed)",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    // The boundary check has its own action (boundary-check/action.yml).
    actionNames: [],
    options: {
        paths: { flag: 'paths', type: 'list', arg: 'GLOB', doc: "boundary-check: only these files (repeatable; default: every rule's paths)." },
        baseline: { flag: 'baseline', type: 'string', arg: 'FILE', doc: "boundary-check: accepted findings (default: the config's boundary_check.baseline)." },
        sarif: { flag: 'sarif', type: 'string', arg: 'FILE', doc: 'boundary-check: also write SARIF 2.1.0 for code scanning.' },
    },
    engine: (o, shared) => ({ ...shared, boundary: { paths: o.paths, baseline: o.baseline, sarif: o.sarif } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(581), __webpack_require__.e(871)]).then(__webpack_require__.bind(__webpack_require__, 9871))).boundaryCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/down.ts





const down = defineCommand({
    name: 'down',
    summary: 'apply DOWN files, newest first, back to --to VERSION, or every one with --all (one --phase)',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'guarded',
    actionNames: ['down'],
    options: {
        to: TO_VERSION,
        all: { flag: 'all', type: 'boolean', doc: 'down: revert every applied version of the phase, the lowest (v0) included.', actionDefault: 'false' },
        dryRun: DRY_RUN,
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => {
        if (o.all && o.to !== undefined)
            throw (0,promote_error/* usageError */.Wp)('down takes --to VERSION or --all, not both', { key: '--all' });
        return { ...shared, to: o.to, all: o.all ?? false, dryRun: o.dryRun ?? false, outsideWindowReason: o.outsideWindow };
    },
    report: result/* emptyRunReport */.z,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(314), __webpack_require__.e(406), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 7900))).down(ctx);
    },
});

;// CONCATENATED MODULE: ./src/github/parse.ts

function parseRepo(value) {
    if (!value)
        throw (0,promote_error/* usageError */.Wp)('--repo OWNER/NAME is required', { key: '--repo' });
    const match = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw (0,promote_error/* usageError */.Wp)(`--repo must be OWNER/NAME, not '${value}'`, { key: '--repo' });
    }
    return { owner: match[1], repo: match[2], full: value };
}
function parseRunId(value) {
    if (value === undefined)
        throw (0,promote_error/* usageError */.Wp)('--run-id N is required (in a workflow: ${{ github.run_id }})', { key: '--run-id' });
    const runId = Number(value);
    if (!/^[1-9][0-9]{0,18}$/.test(value) || !Number.isSafeInteger(runId)) {
        throw (0,promote_error/* usageError */.Wp)(`--run-id must be a workflow run id (a positive whole number), not '${value}'`, { key: '--run-id' });
    }
    return runId;
}
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
const DEFAULT_SIGNOFF_MAX_AGE_MS = 24 * 3_600_000;
/** `24h`, `90min`: at least one minute, at most 30 days. */
function parseMaxAge(text, key) {
    if (!text?.trim())
        return DEFAULT_SIGNOFF_MAX_AGE_MS;
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(min|h)$/.exec(text.trim());
    const ms = match ? Math.round(Number(match[1]) * (match[2] === 'h' ? 3_600_000 : 60_000)) : NaN;
    if (!(ms >= 60_000 && ms <= 30 * 24 * 3_600_000)) {
        throw (0,promote_error/* usageError */.Wp)(`${key} is '${text}'; expected an age such as 24h or 90min (1min to 720h)`, { key });
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/commands/github-options.ts

/** Options the GitHub commands share (a name two commands share is declared once). */
const github_options_REPO = { flag: 'repo', input: 'repository', type: 'string', arg: 'OWNER/NAME', doc: 'gates-check, signoffs-check and record-approvals: OWNER/NAME. In the action, default: the repository the workflow runs in.' };
const RUN_ID = { flag: 'run-id', type: 'string', arg: 'N', doc: 'signoffs-check and record-approvals: the workflow run whose sign-offs to check or record. In the action, default: this run.' };
const ENVIRONMENTS = { flag: 'environments', type: 'list', arg: 'A,B', doc: 'gates-check and signoffs-check: the sign-off environments, comma or newline separated.' };
/** The repository: the action defaults to the one the workflow runs in. */
const repoOf = (given, ctx) => parseRepo(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_REPOSITORY || undefined : undefined));
/** The workflow run: the action defaults to its own. */
const runIdOf = (given, ctx) => parseRunId(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_RUN_ID || undefined : undefined));

;// CONCATENATED MODULE: ./src/commands/environments-apply.ts


const environmentsApply = defineCommand({
    name: 'environments-apply',
    cli: 'environments apply',
    summary: 'create or update the environments in --file (default .github/pg-promote-environments.yml); --dry-run prints the difference and changes nothing',
    connects: false,
    writes: false,
    dryRun: true,
    windows: 'none',
    // A token that administers the repository is more than a workflow step should hold.
    actionNames: [],
    options: {
        repo: github_options_REPO,
        file: { flag: 'file', type: 'string', arg: 'FILE', doc: 'environments apply: the environments file. Default: .github/pg-promote-environments.yml.' },
        dryRun: { flag: 'dry-run', type: 'boolean', doc: 'environments apply: print the difference, send nothing.' },
    },
    engine: (o, shared, ctx) => ({ ...shared, dryRun: o.dryRun ?? false, github: { repo: repoOf(o.repo, ctx), file: o.file } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).environmentsApply(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/flags.ts


const flags = defineCommand({
    name: 'flags',
    summary: "flags off [NAME...]: set flags to 0 (default: the config's rollback list); flags list: show them",
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'none',
    // An input holds one word: the action's flags-off is the CLI's `flags off`.
    actionNames: ['flags-off'],
    options: {
        names: { flag: 'flags', type: 'list', arg: 'NAME', doc: "flags off: the flags to set to 0, comma separated. Default: the config's flags.rollback_off." },
        reason: { flag: 'reason', type: 'string', arg: 'TEXT', doc: 'flags off: why, recorded in the audit trail.' },
    },
    engine: (o, shared, ctx) => {
        const [action, ...names] = ctx.spelledAs === 'flags-off' ? ['off'] : ctx.words;
        if (action !== 'off' && action !== 'list') {
            throw (0,promote_error/* usageError */.Wp)(`flags needs an action: 'flags off [NAME...]' or 'flags list'${action ? `, not '${action}'` : ''}`);
        }
        const named = [...names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean), ...(o.names ?? [])];
        return { ...shared, flags: { action, names: named, reason: o.reason } };
    },
    resolve: (config, options) => {
        const given = options.flags?.names ?? [];
        return given.length > 0 ? { names: [...new Set(given)], from: 'flags off' } : { names: [...new Set(config.flags.rollbackOff)], from: 'flags.rollback_off' };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(640), __webpack_require__.e(515)]).then(__webpack_require__.bind(__webpack_require__, 6349))).flags(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/init.ts


const init = defineCommand({
    name: 'init',
    summary: 'recognise the migration folders of a repository (any common tool\'s layout) and write db/promotion.yml for them',
    connects: false,
    config: 'none',
    writes: false,
    dryRun: true,
    windows: 'none',
    actionNames: [],
    options: { dryRun: DRY_RUN },
    engine: (o, shared) => ({ configPath: shared.configPath, dryRun: o.dryRun ?? false }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(357)]).then(__webpack_require__.bind(__webpack_require__, 2357))).init(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/gates-check.ts



const gatesCheck = defineCommand({
    name: 'gates-check',
    cli: 'gates check',
    summary: 'check that every sign-off environment exists and has required reviewers, and every target environment a protection rule; exit 1 if not',
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['gates-check'],
    options: {
        repo: github_options_REPO,
        environments: ENVIRONMENTS,
        targets: { flag: 'target-environments', type: 'list', arg: 'A,B', doc: 'gates-check: environments holding database credentials, comma or newline separated; each must exist and have a protection rule (required reviewers or chosen branches).' },
    },
    engine: (o, shared, ctx) => ({ ...shared, github: { environments: parseEnvironmentList(o.environments ?? []), targets: o.targets ?? [], repo: repoOf(o.repo, ctx) } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).gatesCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/latency.ts


const latency = defineCommand({
    name: 'latency',
    summary: 'time the probe queries: --baseline FILE before the promotion, --compare FILE after',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['latency'],
    options: {
        baseline: { flag: 'baseline', input: 'latency-baseline', type: 'string', arg: 'FILE', doc: 'latency: write the probe timings to this file (before the promotion).' },
        compare: { flag: 'compare', input: 'latency-compare', type: 'string', arg: 'FILE', doc: 'latency: compare with the baseline in this file (after the promotion); fails when a probe is slower beyond its noise.' },
        samples: { flag: 'samples', type: 'int', min: 1, max: 100_000, arg: 'N', doc: 'latency: timed executions per probe in each run.' },
    },
    engine: (o, shared) => {
        if ((o.baseline === undefined) === (o.compare === undefined)) {
            throw (0,promote_error/* usageError */.Wp)('latency needs exactly one of --baseline FILE (before the promotion) or --compare FILE (after it)', { key: '--baseline' });
        }
        return { ...shared, latency: { mode: o.baseline !== undefined ? 'baseline' : 'compare', file: o.baseline ?? o.compare, samples: o.samples } };
    },
    resolve: (config, options) => ({ samples: options.latency?.samples ?? config.latency.samples }),
    report: () => ({}),
    async run(ctx) {
        return (await __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 1704))).latency(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/lint.ts


const lint = defineCommand({
    name: 'lint',
    summary: 'find lock hazards and destructive changes in pending migrations (--database-url optional)',
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['lint'],
    options: NO_OPTIONS,
    engine: (_o, shared) => ({ ...shared }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(581), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(299), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 2773))).lint(ctx);
    },
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/commands/results.ts


const RESULTS = { flag: 'results', type: 'list', arg: 'FILE', doc: 'report and notify: result JSON files of earlier stages (a folder stands for the .json files in it), comma separated or repeated.' };
/** A folder among the results stands for the result JSON files in it (downloaded artifacts land as folders). */
function expandResults(root, entries) {
    return entries.flatMap((entry) => {
        const abs = external_node_path_default().resolve(root, entry);
        if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory())
            return [entry];
        return (0,external_node_fs_.readdirSync)(abs)
            .filter((f) => f.endsWith('.json'))
            .sort()
            .map((f) => external_node_path_default().join(abs, f));
    });
}

;// CONCATENATED MODULE: ./src/commands/notify.ts


const notify = defineCommand({
    name: 'notify',
    summary: "post a promotion message (--event start|gate|success|failure|rollback) to the config's webhooks",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['notify'],
    options: {
        event: { flag: 'event', type: 'string', arg: 'NAME', doc: 'notify: start, gate, success, failure or rollback.' },
        results: RESULTS,
        message: { flag: 'message', type: 'string', arg: 'TEXT', doc: 'notify: extra text for the message.' },
    },
    engine: (o, shared, ctx) => ({ ...shared, notify: { event: o.event, results: expandResults(ctx.root, o.results ?? []), message: o.message } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(709)]).then(__webpack_require__.bind(__webpack_require__, 7709))).notify(ctx);
    },
});

// EXTERNAL MODULE: ./src/commands/option.ts
var commands_option = __webpack_require__(4189);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/commands/ramp.ts




const ramp = defineCommand({
    name: 'ramp',
    summary: "set a flag's rollout (--flag NAME --to PERCENT), watch its health gates, revert on a breach; --resume or --revert finishes a step a killed ramp left unwatched",
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'guarded',
    actionNames: ['ramp'],
    options: {
        flag: { flag: 'flag', type: 'string', arg: 'NAME', doc: "ramp: the flag to move (one of the config's flags.known)." },
        to: { flag: 'to', input: 'percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: the rollout percentage to move the flag to (0-100).' },
        from: { flag: 'from', input: 'from-percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: refuse unless the flag is still at this percentage, where the step before left it (so a kill switch thrown in between is never ramped past).' },
        force: { flag: 'force', type: 'boolean', doc: 'ramp: allow a percentage not above the current one.', actionDefault: 'false' },
        resume: { flag: 'resume', type: 'boolean', doc: 'ramp: watch an unfinished step again (one a killed ramp left unwatched).' },
        revert: { flag: 'revert', type: 'boolean', doc: 'ramp: set an unfinished step\'s flag back to where the step found it.' },
        window: { flag: 'window', input: 'ramp-window', type: 'string', arg: 'DURATION', doc: "ramp: how long to watch the health gates (e.g. 30min). Default: the config's window for the step." },
        interval: { flag: 'interval', input: 'ramp-interval', type: 'string', arg: 'DURATION', doc: "ramp: how often to evaluate the gates while watching (e.g. 1min). Default: the config's ramp.interval (a resumed step: its own)." },
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => {
        if (o.resume && o.revert)
            throw (0,promote_error/* usageError */.Wp)('--resume and --revert cannot be given together', { key: '--revert' });
        return {
            ...shared,
            ramp: { flag: o.flag, to: o.to, from: o.from, force: o.force ?? false, window: o.window, interval: o.interval, resume: o.resume, revert: o.revert },
            outsideWindowReason: o.outsideWindow,
        };
    },
    resolve: (config, options) => ({
        windowMs: options.ramp?.window ? durationOption('--window', options.ramp.window) : undefined,
        interval: options.ramp?.interval
            ? { ms: durationOption('--interval', options.ramp.interval), from: '--interval' }
            : { ms: config.ramp.intervalMs, from: 'ramp.interval' },
    }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(640), __webpack_require__.e(514)]).then(__webpack_require__.bind(__webpack_require__, 3008))).ramp(ctx);
    },
});
function durationOption(key, text) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be a duration such as 500ms, 10s, 30min or 1h, not '${text}'`, { key });
    if (ms <= 0)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be longer than zero (a window of zero would pass the step without watching it)`, { key });
    return ms;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/commands/record-approvals.ts




/**
 * Offline as far as the engine goes: the database is optional (with one, the sign-offs go to
 * its audit schema through a session of their own), and the GitHub API is read first.
 */
const recordApprovals = defineCommand({
    name: 'record-approvals',
    cli: 'approvals record',
    summary: "record who signed off a workflow run, with their comments, into a JSON file and, with a database, the audit schema",
    connects: false,
    writes: true,
    dryRun: false,
    windows: 'none',
    actionNames: ['record-approvals'],
    options: {
        repo: github_options_REPO,
        runId: RUN_ID,
        out: { flag: 'out', input: false, type: 'string', arg: 'FILE', doc: 'approvals record: also write the sign-offs to FILE (JSON, for report --results). The action writes it to its approvals-json output.' },
    },
    engine: (o, shared, ctx) => {
        const runId = runIdOf(o.runId, ctx);
        const out = o.out ?? (ctx.adapter === 'action' ? external_node_path_default().join(ctx.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-approvals-${runId}.json`) : undefined);
        return { ...shared, github: { repo: repoOf(o.repo, ctx), runId, out } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).recordApprovals(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/report.ts



const report = defineCommand({
    name: 'report',
    summary: "write the promotion report (markdown and JSON) from this run's stage results",
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['report'],
    options: {
        results: RESULTS,
        auditDir: { flag: 'audit-dir', type: 'string', arg: 'DIR', doc: "report: folder of the dated audit file. Default: the config's report.dir, else ops/audit." },
    },
    engine: (o, shared, ctx) => ({ ...shared, report: { results: expandResults(ctx.root, o.results ?? []), auditDir: o.auditDir } }),
    resolve: (config, options) => ({ auditDir: options.report?.auditDir ? external_node_path_default().resolve(options.root, options.report.auditDir) : config.reportDir }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(624)]).then(__webpack_require__.bind(__webpack_require__, 9624))).report(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/restore.ts



const restore = defineCommand({
    name: 'restore',
    summary: 'restore a verified backup (--backup FILE --confirm DATABASE_NAME)',
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'guarded',
    actionNames: ['restore'],
    options: {
        file: { flag: 'backup', input: 'backup-file', type: 'string', arg: 'FILE', doc: 'restore: the backup to restore; its manifest is read from beside it.' },
        confirm: { flag: 'confirm', type: 'string', arg: 'NAME', doc: "restore: must equal the target database's name." },
        jobs: JOBS,
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => ({ ...shared, restore: { file: o.file, confirm: o.confirm, jobs: o.jobs }, outsideWindowReason: o.outsideWindow }),
    // The format is the backup's (read from its manifest later): the default for each is said here.
    resolve: (config, options) => {
        const given = options.restore?.jobs;
        return { jobs: given === undefined ? { directory: config.backup.jobs, custom: 1 } : { directory: given, custom: given } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(314), __webpack_require__.e(346), __webpack_require__.e(16)]).then(__webpack_require__.bind(__webpack_require__, 3016))).restore(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/review.ts



const review = defineCommand({
    name: 'review',
    summary: "apply a pull request's migrations to a throwaway database, verify, prove DOWN files (--base REF)",
    // It brings its own throwaway database (or is given one as scratch): no session is opened for it.
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['review'],
    options: {
        base: { flag: 'base', input: 'base-ref', type: 'string', arg: 'REF', doc: "review: the base branch or commit the pull request goes into. Default: the pull request's base." },
        head: { flag: 'head', input: 'head-ref', type: 'string', arg: 'REF', doc: "review: the pull request's commit. Default: HEAD." },
        scratchUrl: SCRATCH_URL,
    },
    engine: (o, shared, ctx) => {
        // review runs DOWN files: it never takes a database it was not explicitly given as scratch.
        if (shared.databaseUrlGiven) {
            throw (0,promote_error/* usageError */.Wp)('--database-url does not apply to review: give an empty database with --scratch-url, or none for a throwaway cluster', { key: '--database-url' });
        }
        const base = o.base ?? (ctx.env.GITHUB_BASE_REF ? `origin/${ctx.env.GITHUB_BASE_REF}` : undefined);
        return { configPath: shared.configPath, phases: shared.phases, review: { base, head: o.head, scratchUrl: o.scratchUrl } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(314), __webpack_require__.e(406), __webpack_require__.e(778)]).then(__webpack_require__.bind(__webpack_require__, 8778))).review(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/signoffs-check.ts



const signoffsCheck = defineCommand({
    name: 'signoffs-check',
    summary: "check that this run's sign-offs hold: approved, by different people, none of them whoever started the run, recently enough; exit 1 if not",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['signoffs-check'],
    options: {
        repo: github_options_REPO,
        runId: RUN_ID,
        environments: ENVIRONMENTS,
        maxAge: { flag: 'signoff-max-age', type: 'string', arg: 'AGE', doc: 'signoffs-check: how old a sign-off may be (e.g. 24h, 90min); older ones need a fresh approval.', actionDefault: '24h' },
    },
    engine: (o, shared, ctx) => ({
        ...shared,
        github: { environments: parseEnvironmentList(o.environments ?? []), maxAgeMs: parseMaxAge(o.maxAge, '--signoff-max-age'), repo: repoOf(o.repo, ctx), runId: runIdOf(o.runId, ctx) },
    }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(413), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(732)]).then(__webpack_require__.bind(__webpack_require__, 1933))).signoffsCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/status.ts



const status_status = defineCommand({
    name: 'status',
    summary: 'show applied, pending and drifted files per phase',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['status'],
    options: NO_OPTIONS,
    engine: (_o, shared) => ({ ...shared }),
    report: result/* emptyFilesReport */.j,
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(179), __webpack_require__.e(398), __webpack_require__.e(502)]).then(__webpack_require__.bind(__webpack_require__, 2017))).inspect(ctx, (0,result/* emptyFilesReport */.j)());
    },
});

;// CONCATENATED MODULE: ./src/commands/verify.ts


const verify = defineCommand({
    name: 'verify',
    summary: 'run the configured checks: RLS, role access, boundary grants, views, row counts, audit trail',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['verify'],
    options: NO_OPTIONS,
    engine: (_o, shared) => ({ ...shared }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(932), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 69))).verify(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/index.ts

























/**
 * Every command, declared once in its own module. Only the declarations load here (their
 * option tables); a command's code loads when it runs, which keeps the cold start short.
 */
const COMMAND_SPECS = [plan, migrate, down, status_status, backup, restore, verify, report, boundaryCheck, lint, ramp, latency, flags, notify, review, baseline, init, gatesCheck, recordApprovals, signoffsCheck, environmentsApply];
const _sameCommands = true;
void _sameCommands;
const COMMANDS = COMMAND_SPECS.map((c) => c.name);
function commandSpec(name) {
    return COMMAND_SPECS.find((c) => c.name === name);
}
/** The command a two-word command line names (`gates check`), if any. */
function cliSpelling(first, second) {
    return COMMAND_SPECS.find((c) => c.cli !== undefined && c.cli === `${first} ${second}`);
}
/** The database commands that honour a dry run (init's prints the config it would write; environments apply's is of GitHub's side). */
const DRY_RUN_COMMANDS = COMMAND_SPECS.filter((c) => c.dryRun && c.connects && c.writes).map((c) => c.name);
/** The option tables of a command: the shared ones first. */
const optionsOf = (spec) => [...Object.entries(shared_SHARED_OPTIONS), ...Object.entries(spec.options)];
/** The GitHub commands: they name a repository (and get the token). */
const usesGithub = (spec) => Object.values(spec.options).includes(REPO);
/** Which commands take an option (by its flag), for "does not apply" errors. */
function commandsWithFlag(flag) {
    return COMMAND_SPECS.filter((c) => Object.values(c.options).some((o) => o.flag === flag)).map((c) => c.name);
}
/**
 * A command's options as the engine's, checked once for both adapters. `raw` says what the
 * adapter found for each of the command's options (by flag); `given` lists the flags the user
 * gave that the command may not take.
 */
function engineOptionsFor(spec, raw, ctx) {
    const values = {};
    for (const [key, option] of Object.entries(spec.options))
        values[key] = readOption(option, raw(option), ctx.env);
    const databaseUrlRaw = raw(SHARED_OPTIONS.databaseUrl);
    const databaseUrlGiven = typeof databaseUrlRaw === 'string' && databaseUrlRaw.trim() !== '';
    const shared = {
        databaseUrl: (databaseUrlGiven ? readOption(SHARED_OPTIONS.databaseUrl, databaseUrlRaw, ctx.env) : ctx.env.DATABASE_URL || undefined),
        databaseUrlGiven,
        configPath: readOption(SHARED_OPTIONS.configPath, raw(SHARED_OPTIONS.configPath), ctx.env),
        phases: readOption(SHARED_OPTIONS.phases, raw(SHARED_OPTIONS.phases), ctx.env) ?? [],
    };
    const { databaseUrlGiven: _given, ...fields } = spec.engine(values, shared, ctx);
    return fields;
}
/** An option the command does not take, named with the commands that do. */
function notApplicable(flag, spec, spelledAs) {
    if (flag === 'dry-run') {
        const why = spec.writes ? `: ${spelledAs} would change the database anyway` : ` (${spelledAs} changes nothing)`;
        return usageError(`--dry-run applies to ${DRY_RUN_COMMANDS.slice(0, -1).join(', ')} and ${DRY_RUN_COMMANDS.at(-1)} only, not ${spelledAs}${why}`, { key: '--dry-run' });
    }
    const takers = commandsWithFlag(flag);
    return usageError(`--${flag} does not apply to ${spelledAs} (only to ${takers.join(', ')})`, { key: `--${flag}` });
}


/***/ }),

/***/ 4189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ inputName)
/* harmony export */ });
/* unused harmony export readOption */
/* harmony import */ var _db_connection_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8768);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);


const inputName = (spec) => (spec.input === false ? undefined : (spec.input ?? spec.flag));
/** Checks one option's raw value; every message names the option as `--flag`. */
function readOption(spec, raw, env) {
    const name = `--${spec.flag}`;
    if (raw === undefined && spec.env)
        raw = env[spec.env] || undefined;
    if (raw === undefined)
        return undefined;
    if (spec.type === 'boolean') {
        if (typeof raw === 'boolean')
            return raw;
        const text = String(raw).trim();
        if (text === '')
            return undefined;
        if (text !== 'true' && text !== 'false')
            throw usageError(`${name} is '${text}'; expected one of: true, false`, { key: name });
        return text === 'true';
    }
    if (spec.type === 'list') {
        const parts = (Array.isArray(raw) ? raw : [String(raw)]).flatMap((p) => p.split(/[,\n]/)).map((p) => p.trim()).filter(Boolean);
        return parts.length > 0 ? parts : undefined;
    }
    const given = Array.isArray(raw) ? raw.at(-1) : String(raw);
    const text = given.trim();
    if (spec.type === 'reason') {
        // Given but blank is refused (not dropped): the reason is what the audit trail records.
        if (!text)
            throw usageError(`${name} needs a reason (it goes into the audit trail)`, { key: name });
        return text;
    }
    if (!text)
        return undefined;
    switch (spec.type) {
        case 'choice':
            if (!spec.choices.includes(text))
                throw usageError(`${name} is '${text}'; expected one of: ${spec.choices.join(', ')}`, { key: name });
            return text;
        case 'int': {
            const n = Number(text);
            if (!/^\d+$/.test(text) || n < spec.min || n > spec.max)
                throw usageError(`${name} must be a whole number from ${spec.min} to ${spec.max}, not '${text}'`, { key: name });
            return n;
        }
        case 'percent':
            if (!/^\d+$/.test(text) || Number(text) > 100)
                throw usageError(`${name} must be a percentage from 0 to 100, not '${text}'`, { key: name });
            return Number(text);
        case 'url':
            // Checked here, before anything runs; the error names the option, never the value.
            parseDatabaseUrl(text, name, env);
            return text;
        default:
            return text;
    }
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   p5: () => (/* binding */ parseDurationExact)
/* harmony export */ });
/** Durations in promotion.yml are written as PostgreSQL writes them: 250ms, 5s, 10min, 1h. */
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|min|h)$';
const UNIT_MS = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
function parseDuration(text) {
    const ms = parseDurationExact(text);
    return ms === undefined ? undefined : Math.round(ms);
}
/** Unrounded, for the few settings finer than a millisecond (the latency gate's floor). */
function parseDurationExact(text) {
    const match = new RegExp(DURATION_PATTERN).exec(text.trim());
    if (!match)
        return undefined;
    const unit = match[2];
    return Number.parseFloat(text) * (UNIT_MS[unit] ?? 0);
}


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HT: () => (/* binding */ CONNECTION_ENV),
  yC: () => (/* binding */ KEYWORD_ENV),
  aF: () => (/* binding */ hasConnectionSettings),
  mx: () => (/* binding */ parseDatabaseUrl),
  XC: () => (/* binding */ resolveConnection),
  kR: () => (/* binding */ withDatabase)
});

// UNUSED EXPORTS: defaultSocketDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/db/conninfo.ts
var conninfo = __webpack_require__(1818);
;// CONCATENATED MODULE: ./src/db/pgpass.ts

/**
 * libpq's password file: the first line whose host, port, database and user match (a `*`
 * matches anything; `\` escapes `:` and `\`). Like libpq, a file others can read is ignored
 * (with a warning), and a missing file is no error.
 */
function passwordFromFile(file, key, warn) {
    let text;
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        if (!stat.isFile())
            return undefined;
        if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
            warn(`password file "${file}" has group or world access; permissions should be u=rw (0600) or less (ignored, as libpq does)`);
            return undefined;
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const wanted = [key.host, key.port, key.database, key.user];
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        const fields = splitFields(line);
        if (fields.length < 5)
            continue;
        if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w))
            return fields.slice(4).join(':');
    }
    return undefined;
}
function splitFields(line) {
    const fields = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length)
            current += line[++i];
        else if (c === ':' && fields.length < 4) {
            fields.push(current);
            current = '';
        }
        else
            current += c;
    }
    fields.push(current);
    return fields;
}

;// CONCATENATED MODULE: ./src/db/service-file.ts




/**
 * libpq's connection service file: PGSERVICEFILE or ~/.pg_service.conf first, then
 * PGSYSCONFDIR/pg_service.conf. A service named but defined nowhere is an error, as in libpq.
 */
function serviceSettings(service, env, home) {
    const files = [env.PGSERVICEFILE || external_node_path_default().join(home, '.pg_service.conf')];
    if (env.PGSYSCONFDIR)
        files.push(external_node_path_default().join(env.PGSYSCONFDIR, 'pg_service.conf'));
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const found = readService(file, service);
        if (found)
            return found;
    }
    throw (0,promote_error/* configError */.Fj)(`definition of service "${service}" not found (looked in ${files.join(', ')})`, { key: 'service' });
}
function readService(file, service) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`cannot read the service file: ${err.message}`, { file, key: 'service' });
    }
    let inService = false;
    let found;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        if (line.startsWith('[')) {
            if (found)
                inService = false;
            const name = line.slice(1, line.indexOf(']'));
            inService = name === service;
            if (inService)
                found = {};
            return;
        }
        if (!inService)
            return;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw (0,promote_error/* configError */.Fj)(`syntax error in service file: "${line}" has no "="`, { file, line: index + 1, key: 'service' });
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === 'service')
            throw (0,promote_error/* configError */.Fj)('nested service specifications are not supported', { file, line: index + 1, key: 'service' });
        if (!conninfo/* LIBPQ_KEYWORDS */._Q.has(key))
            throw (0,promote_error/* configError */.Fj)(`invalid connection option "${key}" in the service file`, { file, line: index + 1, key: 'service' });
        found[key] ??= value;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/db/connection-url.ts








const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/** libpq's environment variable for each keyword. */
const KEYWORD_ENV = {
    host: 'PGHOST', hostaddr: 'PGHOSTADDR', port: 'PGPORT', dbname: 'PGDATABASE', user: 'PGUSER', password: 'PGPASSWORD',
    passfile: 'PGPASSFILE', service: 'PGSERVICE', options: 'PGOPTIONS', application_name: 'PGAPPNAME',
    connect_timeout: 'PGCONNECT_TIMEOUT', client_encoding: 'PGCLIENTENCODING', require_auth: 'PGREQUIREAUTH',
    channel_binding: 'PGCHANNELBINDING', sslmode: 'PGSSLMODE', sslnegotiation: 'PGSSLNEGOTIATION', requiressl: 'PGREQUIRESSL',
    sslcompression: 'PGSSLCOMPRESSION', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', sslcertmode: 'PGSSLCERTMODE',
    sslrootcert: 'PGSSLROOTCERT', sslcrl: 'PGSSLCRL', sslcrldir: 'PGSSLCRLDIR', sslsni: 'PGSSLSNI', requirepeer: 'PGREQUIREPEER',
    ssl_min_protocol_version: 'PGSSLMINPROTOCOLVERSION', ssl_max_protocol_version: 'PGSSLMAXPROTOCOLVERSION',
    gssencmode: 'PGGSSENCMODE', krbsrvname: 'PGKRBSRVNAME', gsslib: 'PGGSSLIB', gssdelegation: 'PGGSSDELEGATION',
    target_session_attrs: 'PGTARGETSESSIONATTRS', load_balance_hosts: 'PGLOADBALANCEHOSTS',
};
/** The variables that shape a libpq connection: a child gets ours and none of the caller's. */
const CONNECTION_ENV = new Set([...Object.values(KEYWORD_ENV), 'PGSERVICEFILE', 'PGSYSCONFDIR']);
const HANDLED = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service', 'options', 'application_name',
    'connect_timeout', 'sslmode', 'requiressl', 'sslrootcert', 'sslcert', 'sslkey', 'sslcrl', 'sslpassword', 'fallback_application_name',
]);
/** libpq's compiled-in socket folder: Debian's and Red Hat's builds use /var/run/postgresql, upstream /tmp. */
function defaultSocketDir() {
    return (0,external_node_fs_.existsSync)('/var/run/postgresql') ? '/var/run/postgresql' : '/tmp';
}
/** Whether anything at all names a database: a string, or one of the variables libpq reads. */
function hasConnectionSettings(text, env) {
    return Boolean(text) || ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'].some((v) => env[v]);
}
/**
 * Resolves a URI or keyword/value string (or none: the environment alone) into the one
 * target. Whatever libpq would refuse is refused here, exit 2, naming the part; the error never
 * repeats the string, which may hold a password.
 */
function resolveConnection(text, options = {}) {
    const option = options.option ?? '--database-url';
    const env = options.env ?? process.env;
    const home = env.HOME || external_node_os_default().homedir();
    const given = text ? (0,conninfo/* parseConninfo */.GL)(text.trim(), option) : {};
    const settings = {};
    const sources = {};
    for (const [k, v] of Object.entries(given)) {
        settings[k] = v;
        sources[k] = option;
    }
    const service = settings.service ?? env.PGSERVICE;
    if (service) {
        for (const [k, v] of Object.entries(serviceSettings(service, env, home))) {
            if (settings[k] !== undefined)
                continue;
            settings[k] = v;
            sources[k] = `service "${service}"`;
        }
    }
    for (const [k, variable] of Object.entries(KEYWORD_ENV)) {
        if (settings[k] !== undefined || !env[variable])
            continue;
        settings[k] = env[variable];
        sources[k] = variable;
    }
    const refuse = (k, what) => {
        throw (0,promote_error/* usageError */.Wp)(`${k}: ${what}`, { key: sources[k] ?? option });
    };
    for (const k of ['host', 'hostaddr', 'port']) {
        if (settings[k]?.includes(',')) {
            refuse(k, `names several servers; pg-promote connects to exactly one, so give one ${k}`);
        }
    }
    if (settings.hostaddr && external_node_net_default().isIP(settings.hostaddr) === 0)
        refuse('hostaddr', `"${settings.hostaddr}" is not a numeric IP address`);
    const host = settings.host || settings.hostaddr || defaultSocketDir();
    const portText = settings.port || '5432';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        refuse('port', `invalid port number "${portText}"`);
    }
    const port = Number(portText);
    const user = settings.user || osUser();
    const database = settings.dbname || user;
    let sslmode = settings.sslmode;
    if (sslmode === undefined && settings.requiressl === '1')
        sslmode = 'require';
    if (sslmode !== undefined && !SSL_MODES.includes(sslmode)) {
        refuse('sslmode', `invalid value "${sslmode}" (libpq knows ${SSL_MODES.join(', ')})`);
    }
    if (settings.sslrootcert === 'system') {
        // libpq 16+: the system store means verifying the host too; anything weaker is refused.
        if (sslmode === undefined)
            sslmode = 'verify-full';
        else if (sslmode !== 'verify-full')
            refuse('sslmode', `"${sslmode}" may not be used with sslrootcert=system (use verify-full)`);
    }
    let connectTimeoutSeconds;
    if (settings.connect_timeout !== undefined && settings.connect_timeout !== '') {
        if (!/^-?\d+$/.test(settings.connect_timeout))
            refuse('connect_timeout', `invalid integer value "${settings.connect_timeout}"`);
        const seconds = Number(settings.connect_timeout);
        connectTimeoutSeconds = seconds <= 0 ? undefined : Math.max(2, seconds);
    }
    const isSocket = host.startsWith('/');
    let password = settings.password || undefined;
    let passfile;
    if (password === undefined) {
        passfile = settings.passfile || external_node_path_default().join(home, '.pgpass');
        const pgpassHost = isSocket && host === defaultSocketDir() ? 'localhost' : settings.host || settings.hostaddr || 'localhost';
        password = passwordFromFile(passfile, { host: pgpassHost, port: String(port), database, user }, options.warn ?? (() => undefined));
        if (password !== undefined)
            sources.password = 'the password file';
    }
    // libpq's default files, looked for once: whatever is found is part of the resolution.
    const dotDir = external_node_path_default().join(home, '.postgresql');
    for (const [k, file] of [['sslrootcert', 'root.crt'], ['sslcert', 'postgresql.crt'], ['sslkey', 'postgresql.key'], ['sslcrl', 'root.crl']]) {
        if (settings[k] || !(0,external_node_fs_.existsSync)(external_node_path_default().join(dotDir, file)))
            continue;
        settings[k] = external_node_path_default().join(dotDir, file);
        sources[k] = `libpq's default ${external_node_path_default().join(dotDir, file)}`;
    }
    const extra = {};
    for (const [k, v] of Object.entries(settings))
        if (!HANDLED.has(k))
            extra[k] = v;
    const shownHost = settings.hostaddr && settings.host ? `${settings.host} (${settings.hostaddr})` : host;
    return {
        host,
        hostaddr: settings.hostaddr || undefined,
        port,
        database,
        user,
        password,
        passfile,
        ssl: {
            mode: sslmode ?? 'prefer',
            rootcert: settings.sslrootcert || undefined,
            cert: settings.sslcert || undefined,
            key: settings.sslkey || undefined,
            crl: settings.sslcrl || undefined,
            keyPassword: settings.sslpassword || undefined,
        },
        options: settings.options || undefined,
        applicationName: settings.application_name || undefined,
        connectTimeoutSeconds,
        extra,
        sources,
        display: `${user}@${shownHost}:${port}/${database}`,
    };
}
/** The same target, another database on that server (a scratch copy). */
function withDatabase(target, database) {
    return { ...target, database, display: `${target.display.slice(0, target.display.length - target.database.length)}${database}` };
}
/** Kept for the adapters: a string resolved against the process's environment. */
function parseDatabaseUrl(url, option = '--database-url', env = process.env) {
    return resolveConnection(url, { option, env });
}
function osUser() {
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)('no user name: set user in the connection string or PGUSER (the OS user has no name)', { key: 'PGUSER' });
    }
}


/***/ }),

/***/ 1818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ quoteConninfoValue),
/* harmony export */   GL: () => (/* binding */ parseConninfo),
/* harmony export */   _Q: () => (/* binding */ LIBPQ_KEYWORDS)
/* harmony export */ });
/* unused harmony export isUri */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/** Every keyword libpq 13 to 18 knows; anything else it refuses, and so do we. */
const LIBPQ_KEYWORDS = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'require_auth', 'channel_binding',
    'connect_timeout', 'client_encoding', 'options', 'application_name', 'fallback_application_name',
    'keepalives', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
    'gssencmode', 'sslmode', 'sslnegotiation', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode',
    'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'ssl_min_protocol_version', 'ssl_max_protocol_version',
    'krbsrvname', 'gsslib', 'gssdelegation', 'service', 'target_session_attrs', 'load_balance_hosts', 'requiressl',
]);
const URI_PREFIX = /^postgres(?:ql)?:\/\//;
const isUri = (text) => URI_PREFIX.test(text);
function parseConninfo(text, option) {
    // libpq would read mysql://... as a keyword string and complain about "="; say what it is.
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
    if (scheme && !isUri(text))
        refuse(option, `${option} must start with postgres:// or postgresql:// (got ${scheme[1]}://)`);
    return isUri(text) ? parseUri(text, option) : parseKeywords(text, option);
}
function refuse(option, what) {
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(what, { key: option });
}
/** %XX only (libpq does not read '+' as a space), and never %00. */
function decode(value, option, part) {
    if (!value.includes('%'))
        return value;
    const bytes = [];
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c !== '%') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const hex = value.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
            refuse(option, `invalid percent-encoded token in the ${part} (a % must be followed by two hex digits)`);
        if (hex === '00')
            refuse(option, `forbidden value %00 in the ${part}`);
        bytes.push(parseInt(hex, 16));
        i += 2;
    }
    return Buffer.from(bytes).toString('utf8');
}
function setKeyword(info, key, value, option, where) {
    if (!LIBPQ_KEYWORDS.has(key))
        refuse(option, `invalid ${where} "${key}"`);
    info[key] = value;
}
/** libpq's conninfo_uri_parse_options, step by step. */
function parseUri(text, option) {
    const info = {};
    let rest = text.replace(URI_PREFIX, '');
    // user[:password]@ ends at the first '@' before any '/' or '?'
    const at = rest.search(/[@/?]/);
    if (at >= 0 && rest[at] === '@') {
        const credentials = rest.slice(0, at);
        const colon = credentials.indexOf(':');
        const user = colon >= 0 ? credentials.slice(0, colon) : credentials;
        if (user)
            info.user = decode(user, option, 'user name');
        if (colon >= 0) {
            const password = credentials.slice(colon + 1);
            if (password)
                info.password = decode(password, option, 'password');
        }
        rest = rest.slice(at + 1);
    }
    // host[:port] (or [ipv6][:port]), several separated by commas, up to '/' or '?'
    const netEnd = rest.search(/[/?]/);
    const netloc = netEnd >= 0 ? rest.slice(0, netEnd) : rest;
    rest = netEnd >= 0 ? rest.slice(netEnd) : '';
    const hosts = [];
    const ports = [];
    if (netloc) {
        for (const entry of splitHosts(netloc, option)) {
            let host;
            let port = '';
            if (entry.startsWith('[')) {
                const close = entry.indexOf(']');
                if (close < 0)
                    refuse(option, 'missing "]" in an IPv6 host address');
                if (close === 1)
                    refuse(option, 'IPv6 host address may not be empty');
                host = entry.slice(1, close);
                const after = entry.slice(close + 1);
                if (after && !after.startsWith(':'))
                    refuse(option, `unexpected character "${after[0]}" after the IPv6 host address`);
                port = after.slice(1);
            }
            else {
                const colon = entry.indexOf(':');
                host = colon >= 0 ? entry.slice(0, colon) : entry;
                port = colon >= 0 ? entry.slice(colon + 1) : '';
                host = decode(host, option, 'host');
            }
            hosts.push(host);
            ports.push(decode(port, option, 'port'));
        }
        if (hosts.some(Boolean))
            info.host = hosts.join(',');
        if (ports.some(Boolean))
            info.port = ports.join(',');
    }
    if (rest.startsWith('/')) {
        const q = rest.indexOf('?');
        const db = q >= 0 ? rest.slice(1, q) : rest.slice(1);
        if (db)
            info.dbname = decode(db, option, 'database name');
        rest = q >= 0 ? rest.slice(q) : '';
    }
    if (rest.startsWith('?')) {
        for (const pair of rest.slice(1).split('&')) {
            if (pair === '')
                continue;
            const eq = pair.indexOf('=');
            if (eq < 0)
                refuse(option, `missing key/value separator "=" in URI query parameter "${decode(pair, option, 'query')}"`);
            if (pair.indexOf('=', eq + 1) >= 0)
                refuse(option, `extra key/value separator "=" in URI query parameter "${decode(pair.slice(0, eq), option, 'query')}"`);
            let key = decode(pair.slice(0, eq), option, 'query parameter name');
            let value = decode(pair.slice(eq + 1), option, `value of ${key}`);
            // libpq's one alias, for JDBC-style URIs
            if (key === 'ssl' && value === 'true') {
                key = 'sslmode';
                value = 'require';
            }
            setKeyword(info, key, value, option, 'URI query parameter');
        }
    }
    return info;
}
function splitHosts(netloc, option) {
    const entries = [];
    let current = '';
    let inBracket = false;
    for (const c of netloc) {
        if (c === '[')
            inBracket = true;
        if (c === ']')
            inBracket = false;
        if (c === ',' && !inBracket) {
            entries.push(current);
            current = '';
        }
        else
            current += c;
    }
    if (inBracket)
        refuse(option, 'missing "]" in an IPv6 host address');
    entries.push(current);
    return entries;
}
/** libpq's conninfo_parse: key = value pairs, values bare or in single quotes, backslash escapes. */
function parseKeywords(text, option) {
    const info = {};
    let i = 0;
    const n = text.length;
    const space = (c) => c !== undefined && /\s/.test(c);
    while (i < n) {
        while (space(text[i]))
            i++;
        if (i >= n)
            break;
        let key = '';
        while (i < n && text[i] !== '=' && !space(text[i]))
            key += text[i++];
        while (space(text[i]))
            i++;
        if (text[i] !== '=')
            refuse(option, `missing "=" after "${key}" in the connection string`);
        i++;
        while (space(text[i]))
            i++;
        let value = '';
        if (text[i] === "'") {
            i++;
            for (;;) {
                if (i >= n)
                    refuse(option, 'unterminated quoted string in the connection string');
                const c = text[i];
                if (c === '\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                }
                else if (c === "'") {
                    i++;
                    break;
                }
                else {
                    value += c;
                    i++;
                }
            }
        }
        else {
            while (i < n && !space(text[i])) {
                if (text[i] === '\\' && i + 1 < n)
                    i++;
                value += text[i++];
            }
        }
        setKeyword(info, key, value, option, 'connection option');
    }
    return info;
}
/** A value for a keyword/value string (children's --dbname): quoted, quotes and backslashes escaped. */
const quoteConninfoValue = (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;


/***/ }),

/***/ 5970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runEngine: () => (/* binding */ runEngine)
/* harmony export */ });
/* harmony import */ var _errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7288);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1570);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1041);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(938);





/**
 * The engine's single entry point. It never throws: every outcome, including bad input and
 * lost connections, comes back as a PromoteResult with its exit code.
 */
async function runEngine(options) {
    const started = Date.now();
    const spec = (0,_commands_index_js__WEBPACK_IMPORTED_MODULE_3__/* .commandSpec */ .Lx)(options.command);
    const envelope = { command: options.command, ok: false, exitCode: 0, startedAt: new Date(started).toISOString(), durationMs: 0, warnings: [] };
    // The command's own report: the one its run returns, else its empty one.
    let report = spec.report(options);
    const took = (outcome) => {
        if (outcome instanceof _outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .Failed */ .cV) {
            report = outcome.report;
            envelope.error = (0,_errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__/* .errorInfo */ .f)((0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(outcome.error));
        }
        else
            report = outcome;
    };
    const emit = options.onEvent ?? (() => undefined);
    let session;
    try {
        if (spec.config === 'none')
            took(await spec.run({ options, envelope, emit }));
        else if (!spec.connects) {
            const { loadConfig } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(345)]).then(__webpack_require__.bind(__webpack_require__, 1036));
            let config;
            // Read when the command first asks: the GitHub commands mostly never do.
            const ctx = { options, envelope, emit, get config() { return (config ??= loadConfig({ root: options.root, configPath: options.configPath })); } };
            took(await spec.run(ctx));
        }
        else {
            const prepared = (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(179), __webpack_require__.e(141), __webpack_require__.e(493)]).then(__webpack_require__.bind(__webpack_require__, 493))).prepare(options);
            envelope.warnings.push(...prepared.warnings);
            for (const s of prepared.phases.flatMap((p) => p.skipped))
                envelope.warnings.push(`${s.file}: skipped: ${s.why} (only files are migrations)`);
            // Maintenance windows are checked before connecting: a refused run touches nothing.
            const settings = await spec.resolve?.(prepared.config, options);
            const windowGate = prepared.config.maintenanceWindows.length > 0 ? await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(481)]).then(__webpack_require__.bind(__webpack_require__, 2481)) : undefined;
            const window = windowGate?.checkWindow({ ...prepared, command: options.command, rules: spec.windows, dryRun: Boolean(options.dryRun) && spec.dryRun, outsideWindowReason: options.outsideWindowReason }, envelope);
            // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
            const { openSession } = await __webpack_require__.e(/* import() */ 375).then(__webpack_require__.bind(__webpack_require__, 6375));
            session = await openSession(prepared.target, `pg-promote ${options.command}`);
            envelope.database = { target: prepared.target.display, database: prepared.target.database, serverVersion: session.serverVersion };
            emit({ type: 'connected', target: prepared.target.display, serverVersion: session.serverVersion });
            // restore's pg_restore --clean replaces the events table with the backup's: its override is written after it.
            const overrideAfter = options.command === 'restore';
            if (window?.overridden && !overrideAfter)
                await windowGate.recordWindowOverride(session.client, prepared, envelope, window);
            try {
                took(await spec.run({ options, prepared, session, envelope, emit, settings }));
            }
            finally {
                if (window?.overridden && overrideAfter && !session.lost()) {
                    await windowGate.recordWindowOverride(session.client, prepared, envelope, window).catch((err) => {
                        envelope.warnings.push(`the maintenance-window override could not be recorded: ${err.message}`);
                    });
                }
            }
        }
    }
    catch (err) {
        envelope.error = (0,_errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__/* .errorInfo */ .f)((0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(err));
    }
    finally {
        await session?.close();
    }
    return finish({ ...envelope, ...report }, started);
}
function finish(result, started) {
    for (const phase of 'phases' in result ? result.phases : []) {
        const counts = result.counts;
        for (const file of phase.files) {
            if (file.status === 'applied')
                counts.applied++;
            else if (file.status === 'pending' || file.status === 'would-revert')
                counts.pending++;
            else if (file.status === 'failed')
                counts.failed++;
            else if (file.status === 'reverted')
                counts.reverted++;
        }
    }
    result.exitCode = (0,_errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .R)(result.error?.kind);
    result.ok = result.exitCode === 0;
    result.durationMs = Date.now() - started;
    return result;
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cV: () => (/* binding */ Failed),
/* harmony export */   qZ: () => (/* binding */ endWith),
/* harmony export */   vR: () => (/* binding */ reporting)
/* harmony export */ });
class Failed {
    report;
    error;
    constructor(report, error) {
        this.report = report;
        this.error = error;
    }
}
/** The report, failed by `error` when there is one (a check that found problems). */
const endWith = (report, error) => (error === undefined ? report : new Failed(report, error));
/**
 * Runs `work` filling `report` in as it goes: the report when it ends, the report so far with
 * the error when it throws (what was applied before a migration failed is still said).
 */
async function reporting(report, work) {
    try {
        await work(report);
        return report;
    }
    catch (err) {
        return new Failed(report, err);
    }
}


/***/ }),

/***/ 1570:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ errorInfo)
/* harmony export */ });
/* harmony import */ var _promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

function errorInfo(error) {
    const info = { kind: error.kind, message: error.message, ...error.context };
    if (error instanceof _promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd && error.stack)
        info.stack = error.stack;
    return info;
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor)
/* harmony export */ });
const EXIT_CODES = {
    usage: 2,
    config: 2,
    connection: 2,
    permission: 2,
    migration: 1,
    drift: 1,
    lock: 1,
    check: 1,
    internal: 1,
};
function exitCodeFor(kind) {
    return kind === undefined ? 0 : EXIT_CODES[kind];
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ formatErrorLine),
/* harmony export */   zi: () => (/* binding */ serverErrorText)
/* harmony export */ });
/* unused harmony export formatErrorLines */
/**
 * One line for a person: where (file:line:column, or the key), what, and the SQLSTATE.
 * Detail and hint follow on their own lines only when the server gave them.
 */
function formatErrorLine(error) {
    const at = locationOf(error);
    // "--event: --event must be ..." says the key twice: a message that starts with it is enough.
    const where = at && !error.file && error.message.startsWith(at) ? '' : at;
    const state = error.sqlstate ? ` [SQLSTATE ${error.sqlstate}]` : '';
    return `${where ? `${where}: ` : ''}${error.message}${state}`;
}
function formatErrorLines(error) {
    const lines = [formatErrorLine(error)];
    // A server's detail or hint may run over several lines: each goes under its label, indented.
    const labelled = (label, text) => text.split(/\r?\n/).map((l, i) => (i === 0 ? `  ${label}: ${l}` : `    ${l}`));
    if (error.detail)
        lines.push(...labelled('detail', error.detail));
    if (error.hint)
        lines.push(...labelled('hint', error.hint));
    return lines;
}
function locationOf(error) {
    if (error.file) {
        if (error.line === undefined)
            return error.file;
        return error.column === undefined ? `${error.file}:${error.line}` : `${error.file}:${error.line}:${error.column}`;
    }
    return error.key ?? '';
}
/**
 * A server error (or any thrown value) as one line of text with its SQLSTATE, for places that
 * report it as a finding or a reading rather than throw it on.
 */
function serverErrorText(err) {
    const e = err;
    const state = e.code && /^[0-9A-Z]{5}$/.test(e.code) ? ` [SQLSTATE ${e.code}]` : '';
    return `${(e.message ?? String(err)).split('\n')[0]}${state}`;
}


/***/ }),

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CheckFailed),
/* harmony export */   Fj: () => (/* binding */ configError),
/* harmony export */   GK: () => (/* binding */ ConnectionFailed),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   JC: () => (/* binding */ PermissionDenied),
/* harmony export */   K0: () => (/* binding */ Drift),
/* harmony export */   Oh: () => (/* binding */ errorOfKind),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   XO: () => (/* binding */ asPromoteError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fC: () => (/* binding */ LockNotAcquired),
/* harmony export */   g6: () => (/* binding */ MigrationFailed),
/* harmony export */   jG: () => (/* binding */ PromoteError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export ConnectionLost */
class PromoteError extends Error {
    context;
    constructor(message, context = {}, options) {
        super(message, options);
        this.name = new.target.name;
        this.context = context;
    }
}
/** Bad command line or action input. */
class UsageError extends PromoteError {
    kind = 'usage';
}
/** Bad promotion.yml or migration tree. */
class ConfigError extends PromoteError {
    kind = 'config';
}
/** The database (or GitHub's API) cannot be reached or refuses the login. */
class ConnectionFailed extends PromoteError {
    kind = 'connection';
}
/** A connection that was open went away (server restart, network, pg_terminate_backend). */
class ConnectionLost extends (/* unused pure expression or super */ null && (ConnectionFailed)) {
}
/** The role lacks a privilege pg-promote needs. */
class PermissionDenied extends PromoteError {
    kind = 'permission';
}
/** A statement failed while a file was applied. */
class MigrationFailed extends PromoteError {
    kind = 'migration';
}
/** History and files disagree. */
class Drift extends PromoteError {
    kind = 'drift';
}
/** Another run holds the lock, or the lock retries ran out. */
class LockNotAcquired extends PromoteError {
    kind = 'lock';
}
/** A check, gate or verification failed. */
class CheckFailed extends PromoteError {
    kind = 'check';
}
/** A bug in pg-promote: it keeps the stack of what was thrown. */
class InternalError extends PromoteError {
    kind = 'internal';
}
const CLASSES = {
    usage: UsageError,
    config: ConfigError,
    connection: ConnectionFailed,
    permission: PermissionDenied,
    migration: MigrationFailed,
    drift: Drift,
    lock: LockNotAcquired,
    check: CheckFailed,
    internal: InternalError,
};
/** The error of a kind known only at run time (an earlier error's, a setting's source). */
function errorOfKind(kind, message, context = {}, options) {
    return new CLASSES[kind](message, context, options);
}
const usageError = (message, context = {}) => new UsageError(message, context);
const configError = (message, context = {}) => new ConfigError(message, context);
/** Anything thrown that is not a PromoteError is a bug: keep its message and its stack, call it internal. */
function asPromoteError(err) {
    if (err instanceof PromoteError)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    const internal = new InternalError(`unexpected error: ${message}`, {}, { cause: err });
    if (err instanceof Error && err.stack)
        internal.stack = err.stack;
    return internal;
}


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes for people, in binary units (what du -h and pg_size_pretty count in): 512 B, 3.3 MiB, 348 MiB. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ emptyFilesReport),
/* harmony export */   z: () => (/* binding */ emptyRunReport)
/* harmony export */ });
/** A files report before anything is counted. */
const emptyFilesReport = () => ({ phases: [], drift: [], counts: { applied: 0, pending: 0, failed: 0, reverted: 0 } });
/** migrate's and down's report before anything is counted: it says whether the run was a dry one. */
const emptyRunReport = (options) => ({ ...emptyFilesReport(), dryRun: Boolean(options.dryRun) });


/***/ })

};
