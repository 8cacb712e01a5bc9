export const id = 338;
export const ids = [338];
export const modules = {

/***/ 7900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   down: () => (/* binding */ down)
/* harmony export */ });
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);
/* harmony import */ var _migrate_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4387);
/* harmony import */ var _migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9432);
/* harmony import */ var _history_plans_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(849);
/* harmony import */ var _session_setup_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7026);





/**
 * Reverts one phase to --to: the DOWN file of every applied version above it, newest first,
 * each in its own transaction with its history update. Every needed DOWN file must exist
 * before the first one runs, so a rollback never stops half-way for want of a file.
 */
async function down(ctx) {
    const { to } = ctx.options;
    if (to === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)('down needs --to VERSION (0 reverts every migration of the phase)', { key: '--to' });
    const target = (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVersionText */ .bw)(to);
    if (!target)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`--to '${to}' is not a version (expected digits, e.g. 3 or 2.1)`, { key: '--to' });
    if (ctx.prepared.phases.length !== 1) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`down works on one phase at a time; name it with --phase (configured: ${ctx.prepared.config.phases.map((p) => p.name).join(', ')})`, { key: '--phase' });
    }
    const work = async () => {
        const { plans } = await (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .planAll */ .n)(ctx);
        const drift = (0,_history_plans_js__WEBPACK_IMPORTED_MODULE_2__/* .driftError */ .u)(ctx, true);
        if (drift)
            throw drift;
        const plan = plans[0];
        const files = plan.files;
        const revert = [...plan.upToDate]
            .filter((f) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(f.version.parts, target) > 0)
            .sort((a, b) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(b.version.parts, a.version.parts));
        const downs = files.downs ?? new Map();
        const missing = revert.filter((f) => !downs.has(f.version.text));
        if (missing.length > 0) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`no DOWN file for version${missing.length > 1 ? 's' : ''} ${missing.map((f) => f.version.text).join(', ')} in ${files.phase.down?.rel}; nothing was reverted`, { file: files.phase.down?.rel, phase: files.phase.name });
        }
        const phaseResult = ctx.result.phases[0];
        const planned = revert.map((f) => {
            const d = downs.get(f.version.text);
            return {
                phase: files.phase.name, kind: 'down', version: f.version.text, file: d.path.rel, checksum: d.checksum,
                status: 'would-revert', transactional: d.transactional,
            };
        });
        phaseResult.files = planned;
        if (ctx.options.dryRun)
            return;
        const run = (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .runContext */ .pO)(ctx);
        const items = revert.map((f) => ({ phase: files.phase.name, kind: 'down', version: f.version.text, file: downs.get(f.version.text) }));
        let i = 0;
        for await (const outcome of (0,_migrate_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .applyInOrder */ .g)(run, items)) {
            phaseResult.currentVersion = outcome.version;
            phaseResult.files[i++] = outcome.status === 'applied' ? { ...outcome, status: 'reverted' } : outcome;
            if (outcome.status === 'failed') {
                throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .PromoteError */ .jG('migration', outcome.error.message, { ...outcome.error, phase: files.phase.name, version: outcome.version });
            }
        }
        const remaining = plan.upToDate.filter((f) => (0,_migrate_versions_js__WEBPACK_IMPORTED_MODULE_4__/* .compareVersions */ .Zy)(f.version.parts, target) <= 0);
        phaseResult.currentVersion = remaining.at(-1)?.version.text;
    };
    if (ctx.options.dryRun)
        return work();
    await (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .withMigrationLock */ .KE)(ctx, async () => {
        await (0,_session_setup_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureHistoryTable */ .r0)(ctx, ['SELECT', 'INSERT', 'UPDATE']);
        await work();
    });
}


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  u: () => (/* binding */ driftError),
  n: () => (/* binding */ planAll)
});

// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./src/migrate/versions.ts
var versions = __webpack_require__(9432);
;// CONCATENATED MODULE: ./src/migrate/planner.ts


/**
 * Compares files with history. Drift (an applied file edited or deleted, or a new file sorting
 * below the newest applied one) is reported, never applied around. View and policy files are
 * re-applied when they changed, and also when the phase's schema changed since they were last
 * applied: a DOWN may have dropped what they created, and new tables need their policies.
 */
function planPhase(files, state, rows, outOfOrder) {
    const phase = files.phase.name;
    const applied = state.applied.get(phase) ?? new Map();
    const drift = [];
    const byVersion = new Map(files.migrations.map((f) => [f.version.text, f]));
    for (const [version, row] of applied) {
        const file = byVersion.get(version);
        if (!file) {
            drift.push({
                phase, version, file: row.file_name, reason: 'missing', appliedChecksum: row.checksum,
                message: `applied migration ${row.file_name} (version ${version}) is missing from ${files.phase.migrations.rel}`,
            });
        }
        else if (file.checksum !== row.checksum) {
            drift.push({
                phase, version, file: file.path.rel, reason: 'changed', appliedChecksum: row.checksum, currentChecksum: file.checksum,
                message: `applied migration was edited after it ran: checksum applied ${row.checksum.slice(0, 12)}…, now ${file.checksum.slice(0, 12)}…`,
            });
        }
    }
    const pending = files.migrations.filter((f) => !applied.has(f.version.text));
    const upToDate = files.migrations.filter((f) => applied.has(f.version.text));
    const newest = [...applied.keys()]
        .map((v) => ({ v, parts: (0,versions/* parseVersionText */.bw)(v) ?? [] }))
        .sort((a, b) => (0,versions/* compareVersions */.Zy)(b.parts, a.parts))[0];
    if (newest && !outOfOrder) {
        for (const file of pending) {
            if ((0,versions/* compareVersions */.Zy)(file.version.parts, newest.parts) < 0) {
                drift.push({
                    phase, version: file.version.text, file: file.path.rel, reason: 'out-of-order',
                    message: `version ${file.version.text} sorts below the newest applied version ${newest.v}; renumber it, or set out_of_order: true`,
                });
            }
        }
    }
    const schemaChangedAt = lastSchemaChange(rows, phase);
    const repeatable = (kind) => (file) => {
        const last = state.repeatables.get((0,migrate_history/* repeatableKey */.Ro)(phase, kind, file.path.rel));
        let reason;
        if (!last)
            reason = 'new';
        else if (last.checksum !== file.checksum)
            reason = 'changed';
        else if (pending.length > 0 || BigInt(last.id) < schemaChangedAt)
            reason = 'schema-changed';
        return { kind, file, reason, previousChecksum: last?.checksum };
    };
    return {
        files,
        pending,
        upToDate,
        repeatables: [...files.views.map(repeatable('view')), ...files.policies.map(repeatable('policy'))],
        drift,
        currentVersion: newest?.v,
    };
}
function lastSchemaChange(rows, phase) {
    let last = 0n;
    for (const row of rows) {
        if (row.phase === phase && row.success && (row.kind === 'migration' || row.kind === 'down')) {
            const id = BigInt(row.id);
            if (id > last)
                last = id;
        }
    }
    return last;
}

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/engine/phase-results.ts
var phase_results = __webpack_require__(7046);
;// CONCATENATED MODULE: ./src/engine/history-plans.ts




/** Reads the history once and plans every selected phase; fills result.phases and result.drift. */
async function planAll(ctx) {
    const { config, phases } = ctx.prepared;
    const rows = await (0,migrate_history/* readHistory */.Lu)(ctx.session.client, config.historyTable);
    const state = (0,migrate_history/* historyState */.K6)(rows);
    const plans = phases.map((files) => planPhase(files, state, rows, config.outOfOrder));
    ctx.result.phases = plans.map(phase_results/* phaseResultFromPlan */.K);
    ctx.result.drift = plans.flatMap((p) => p.drift);
    return { plans, rows };
}
function driftError(ctx, applying) {
    const drift = ctx.result.drift;
    if (drift.length === 0)
        return undefined;
    const first = drift[0];
    const more = drift.length > 1 ? ` (and ${drift.length - 1} more)` : '';
    return new promote_error/* PromoteError */.jG('drift', `history and files disagree: ${first.message}${more}.${applying ? ' Nothing was applied.' : ''}`, { file: first.file, phase: first.phase, version: first.version });
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ phaseResultFromPlan),
/* harmony export */   U: () => (/* binding */ recordOutcome)
/* harmony export */ });
/** The plan as results: what is applied, what is pending, which repeatables would re-run. */
function phaseResultFromPlan(plan) {
    const phase = plan.files.phase;
    const files = [
        ...plan.upToDate.map((f) => ({
            phase: phase.name, kind: 'migration', version: f.version.text, file: f.path.rel,
            checksum: f.checksum, status: 'up-to-date', transactional: f.transactional,
        })),
        ...plan.pending.map((f) => ({
            phase: phase.name, kind: 'migration', version: f.version.text, file: f.path.rel,
            checksum: f.checksum, status: 'pending', transactional: f.transactional,
        })),
        ...plan.repeatables.map((r) => ({
            phase: phase.name, kind: r.kind, file: r.file.path.rel, checksum: r.file.checksum,
            status: r.reason ? 'pending' : 'up-to-date', transactional: true,
        })),
    ];
    return { name: phase.name, schema: phase.schema, files, currentVersion: plan.currentVersion };
}
// Where each file's entry is in its phase's list: a search per file would make a run of
// thousands of files quadratic. Kept beside the result, never in it (results are plain data).
const positions = new WeakMap();
const keyOf = (f) => `${f.kind}\0${f.file}`;
/** Replaces a file's planned entry with what actually happened to it. */
function recordOutcome(phase, outcome) {
    // Keyed by the list itself: a command that replaces the list gets a fresh index.
    let index = positions.get(phase.files);
    if (!index) {
        index = new Map();
        for (const [i, f] of phase.files.entries())
            if (!index.has(keyOf(f)))
                index.set(keyOf(f), i);
        positions.set(phase.files, index);
    }
    const at = index.get(keyOf(outcome));
    if (at !== undefined)
        phase.files[at] = outcome;
    else {
        index.set(keyOf(outcome), phase.files.length);
        phase.files.push(outcome);
    }
    if (outcome.kind === 'migration' && outcome.status === 'applied')
        phase.currentVersion = outcome.version;
}


/***/ }),

/***/ 9432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bw: () => (/* binding */ parseVersionText),
/* harmony export */   sY: () => (/* binding */ parseVersionedName)
/* harmony export */ });
const NAME_PATTERN = /^(\d+(?:\.\d+)*)(?:[_-]+(.*?))?\.sql$/i;
function parseVersionedName(fileName) {
    const match = NAME_PATTERN.exec(fileName);
    if (!match)
        return undefined;
    const parts = match[1].split('.').map((p) => BigInt(p));
    return { text: parts.map(String).join('.'), parts, description: match[2] ?? '' };
}
function parseVersionText(text) {
    if (!/^\d+(?:\.\d+)*$/.test(text))
        return undefined;
    return text.split('.').map((p) => BigInt(p));
}
function compareVersions(a, b) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}


/***/ }),

/***/ 8305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   TY: () => (/* binding */ LineLocator),
/* harmony export */   sA: () => (/* binding */ countCodePoints),
/* harmony export */   us: () => (/* binding */ utf16OffsetOfCodePoint),
/* harmony export */   yr: () => (/* binding */ errorLocation)
/* harmony export */ });
/**
 * Offsets, lines and columns in SQL text. JavaScript strings index UTF-16 code units, editors
 * and PostgreSQL count characters (code points), so every conversion between them lives here.
 */
const LF = 0x0a;
const CR = 0x0d;
function isHighSurrogate(c) {
    return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c) {
    return c >= 0xdc00 && c <= 0xdfff;
}
function clampOffset(text, offset) {
    if (!Number.isFinite(offset) || offset <= 0)
        return 0;
    return Math.min(Math.floor(offset), text.length);
}
/** Code points in text[from, to); a pair split by `to` counts its high half as one. */
function countCodePoints(text, from, to) {
    let count = 0;
    let i = from;
    while (i < to) {
        i += isHighSurrogate(text.charCodeAt(i)) && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        count++;
    }
    return count;
}
/**
 * Answers line/column questions for one text. Queries in increasing offset order cost O(text)
 * in total, which matters for a file of thousands of statements on one long line; an earlier
 * offset just starts over from the top.
 */
class LineLocator {
    text;
    line = 1;
    lineStart = 0;
    /** Index of the terminator (\r or \n) ending the current line, or text.length. */
    lineEnd = -1;
    /** Code points counted on the current line from lineStart up to countedTo. */
    countedTo = 0;
    counted = 0;
    constructor(text) {
        this.text = text;
    }
    locate(utf16Offset) {
        const text = this.text;
        const target = clampOffset(text, utf16Offset);
        if (target < this.lineStart)
            this.restart();
        for (;;) {
            const end = this.currentLineEnd();
            if (target <= end || end >= text.length)
                break;
            const terminatorEnd = text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
            // Between the \r and \n of one terminator: still the end of this line, not the next.
            if (target < terminatorEnd)
                break;
            this.line++;
            this.lineStart = terminatorEnd;
            this.lineEnd = -1;
            this.countedTo = terminatorEnd;
            this.counted = 0;
        }
        const upTo = Math.min(target, this.currentLineEnd());
        if (upTo < this.countedTo) {
            this.countedTo = this.lineStart;
            this.counted = 0;
        }
        const count = this.counted + countCodePoints(text, this.countedTo, upTo);
        // Never remember a position inside a surrogate pair: the next count would split the pair.
        if (!(upTo > 0 && isHighSurrogate(text.charCodeAt(upTo - 1)) && isLowSurrogate(text.charCodeAt(upTo)))) {
            this.countedTo = upTo;
            this.counted = count;
        }
        return { line: this.line, column: count + 1 };
    }
    restart() {
        this.line = 1;
        this.lineStart = 0;
        this.lineEnd = -1;
        this.countedTo = 0;
        this.counted = 0;
    }
    currentLineEnd() {
        if (this.lineEnd < 0) {
            const text = this.text;
            let i = this.lineStart;
            while (i < text.length) {
                const c = text.charCodeAt(i);
                if (c === LF || c === CR)
                    break;
                i++;
            }
            this.lineEnd = i;
        }
        return this.lineEnd;
    }
}
function lineColumnAt(text, utf16Offset) {
    return new LineLocator(text).locate(utf16Offset);
}
function utf16OffsetOfCodePoint(text, codePointIndex0) {
    if (!Number.isFinite(codePointIndex0) || codePointIndex0 <= 0)
        return 0;
    const wanted = Math.floor(codePointIndex0);
    let i = 0;
    let seen = 0;
    while (i < text.length && seen < wanted) {
        i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
        seen++;
    }
    return i;
}
/** UTF-16 offset of the last code point of a non-empty text. */
function lastCharOffset(text) {
    const n = text.length;
    return n >= 2 && isLowSurrogate(text.charCodeAt(n - 1)) && isHighSurrogate(text.charCodeAt(n - 2)) ? n - 2 : n - 1;
}
function errorLocation(fileText, statement, serverPosition) {
    const start = clampOffset(fileText, statement.start);
    let within = 0;
    // Positions come off the wire as text; anything unusable falls back to the statement's start.
    if (serverPosition !== undefined && Number.isFinite(serverPosition) && statement.text.length > 0) {
        within = utf16OffsetOfCodePoint(statement.text, Math.max(1, Math.floor(serverPosition)) - 1);
        if (within >= statement.text.length)
            within = lastCharOffset(statement.text);
    }
    return lineColumnAt(fileText, start + within);
}


/***/ })

};
