export const id = 406;
export const ids = [406];
export const modules = {

/***/ 2115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyInOrder)
});

// EXTERNAL MODULE: ./src/db/advisory-lock.ts
var advisory_lock = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/db/pooler.ts
var pooler = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/migrate/file-settings.ts
var file_settings = __webpack_require__(5905);
// EXTERNAL MODULE: ./src/sql/position.ts
var sql_position = __webpack_require__(8305);
;// CONCATENATED MODULE: ./src/migrate/file-script.ts


/**
 * A transactional file goes to the server as one simple-protocol query, one round trip:
 *
 *   BEGIN; <settings, lock check>; <statement 1>; <marker 1>; ...; <settings, marker n>; <history rows>; COMMIT
 *
 * The server stops at the first error, leaving the transaction to be rolled back. The markers
 * are `SELECT n`: their rows arrive before an error does, so a failure the server gives no
 * position for (a unique violation, a division by zero) is still pinned to its statement.
 * A file larger than MAX_QUERY_CHARS is cut, between statements, over several queries of the
 * same transaction, so the server never parses megabytes of SQL at once.
 */
const MAX_QUERY_CHARS = 256 * 1024;
/** The column of a marker row: how many of the file's statements have completed. */
const MARKER = 'pg-promote statements done';
// A newline first: a statement's text may end in a -- comment, which would swallow a bare ';'.
const SEPARATOR = '\n;\n';
const markerColumn = (done) => `${done} AS "${MARKER}"`;
function transactionalScript(statements, pieces, maxChars = MAX_QUERY_CHARS) {
    const parts = [];
    let text = '';
    let commands = [];
    const add = (role, sql, statement) => {
        if (role === 'statement' && commands.length > 0 && text.length + sql.length > maxChars) {
            parts.push({ text, commands });
            text = '';
            commands = [];
        }
        commands.push({ role, statement, offset: text.length, length: sql.length });
        text += sql + SEPARATOR;
    };
    add('begin', 'BEGIN');
    add('start', pieces.start);
    statements.forEach((statement, i) => {
        add('statement', statement.text, statement);
        if (i === statements.length - 1)
            add('marker', pieces.restore([markerColumn(i + 1)]));
        else {
            const reset = (0,file_settings/* resetsSettings */.E1)(statement);
            if (reset.length > 0)
                add('settings', pieces.restore([], reset));
            add('marker', `SELECT ${markerColumn(i + 1)}`);
        }
    });
    for (const sql of pieces.record)
        add('record', sql);
    add('commit', 'COMMIT');
    parts.push({ text, commands });
    return parts;
}
/**
 * Which statement of a failed part it was. The server's position counts code points in the
 * whole query; without one, the markers that arrived say how many statements completed
 * (`done`; undefined when not even the start did).
 */
function failurePoint(part, serverPosition, statements, done) {
    if (serverPosition !== undefined && Number.isFinite(serverPosition) && serverPosition >= 1) {
        const at = (0,sql_position/* utf16OffsetOfCodePoint */.us)(part.text, serverPosition - 1);
        let command;
        // The separator after a command is still its end ("syntax error at or near ;").
        for (const c of part.commands) {
            if (c.offset > at)
                break;
            command = c;
        }
        if (!command?.statement)
            return {};
        const within = Math.min(at - command.offset, command.length);
        return { statement: command.statement, position: (0,sql_position/* countCodePoints */.sA)(command.statement.text, 0, within) + 1 };
    }
    if (done === undefined)
        return {};
    return { statement: statements[done] };
}

// EXTERNAL MODULE: ./src/migrate/history-store.ts
var history_store = __webpack_require__(773);
// EXTERNAL MODULE: ./src/errors/connection-lost.ts
var connection_lost = __webpack_require__(1874);
;// CONCATENATED MODULE: ./src/migrate/statement-error.ts


/** SQLSTATEs after which the same file may simply be tried again. */
const RETRYABLE_SQLSTATES = new Set([
    '55P03', // lock_not_available: lock_timeout expired
    '40P01', // deadlock_detected
]);

/** Lost connections: the server rolled back whatever transaction we had open. */
const isConnectionLoss = connection_lost/* isConnectionLost */.pb;
/**
 * Turns what the server said about a failed statement into an error that points at the file:
 * the position is counted in characters within the statement, and the statement's offset in
 * the file gives the rest.
 */
function statementError(err, file, statement, transactional, 
/** The server's position within the statement's text, when it was sent with others. */
position = serverPosition(err)) {
    const e = err;
    const sqlstate = (0,connection_lost/* sqlstateOf */.R8)(err);
    const at = statement ? (0,sql_position/* errorLocation */.yr)(file.sql, statement, position) : undefined;
    let message = e.message ?? String(err);
    if (isConnectionLoss(err)) {
        message = transactional
            ? `connection lost while applying this file (${message}); the server rolled its transaction back. Run 'pg-promote status' to see what is applied, then run again`
            : `connection lost while applying this file (${message})`;
    }
    else if (sqlstate === '55P03') {
        message = `${message}: another session held a conflicting lock for longer than lock_timeout, and the retries ran out`;
    }
    return {
        kind: 'migration',
        message,
        file: file.path.rel,
        line: at?.line,
        column: at?.column,
        sqlstate,
        detail: e.detail,
        hint: e.hint,
        statement: statement ? truncate(statement.text, 500) : undefined,
    };
}
/** The server's error position: 1-based, in code points of the query text sent. */
function serverPosition(err) {
    const position = err.position;
    return position ? Number(position) : undefined;
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max)}…`;
}

;// CONCATENATED MODULE: ./src/migrate/run-context.ts

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Lock timeouts and deadlocks: waits with exponential backoff and says so, within the retry budget. */
async function shouldRetry(ctx, item, err, attempt) {
    const sqlstate = (0,connection_lost/* sqlstateOf */.R8)(err);
    if (!sqlstate || !RETRYABLE_SQLSTATES.has(sqlstate) || attempt > ctx.lockRetries)
        return false;
    const waitMs = ctx.lockRetryBackoffMs * 2 ** (attempt - 1);
    ctx.emit({ type: 'retry', file: item.file.path.rel, attempt, of: ctx.lockRetries, waitMs, sqlstate, message: err.message });
    await sleep(waitMs);
    return true;
}
function historyEntry(ctx, item) {
    return {
        executionId: ctx.executionId,
        phase: item.phase,
        kind: item.kind,
        version: item.version,
        fileName: item.file.path.rel,
        checksum: item.file.checksum,
        appliedBy: ctx.actor,
    };
}
function fileResult(item, status, extra) {
    return {
        phase: item.phase,
        kind: item.kind,
        version: item.version,
        file: item.file.path.rel,
        checksum: item.file.checksum,
        status,
        transactional: item.file.transactional,
        ...extra,
        // Whole milliseconds, as the history records them.
        durationMs: extra.durationMs === undefined ? undefined : Math.round(extra.durationMs),
    };
}
const fileStart = (item) => ({
    type: 'file-start', phase: item.phase, kind: item.kind, file: item.file.path.rel, version: item.version,
});

;// CONCATENATED MODULE: ./src/migrate/applier.ts







/**
 * Applies files in order, yielding each outcome; the caller stops at the first failure. A
 * file is one round trip (file-script.ts) that starts from the configured settings and ends
 * with its history row; nothing is kept in the session from one file to the next. A
 * -- pg-promote:no-transaction file goes statement by statement.
 */
async function* applyInOrder(ctx, items) {
    for (const item of items) {
        ctx.emit(fileStart(item));
        const result = item.file.transactional ? await applyTransactional(ctx, item) : await applyStatementByStatement(ctx, item);
        ctx.emit({ type: 'file-done', result });
        yield result;
        if (result.status === 'failed')
            return;
    }
}
const lockLost = () => (0,pooler/* poolingError */.fD)('the migration lock is not held by the server process running the next file');
/** Settings first, then the lock check (the cheap one in a file's own transaction), whose one row is marker 0. */
const startSql = (ctx, local) => (0,file_settings/* settingsSql */.GI)(ctx.settings, local, [`(${ctx.store.lockHeldSql(local)}) AS "${MARKER}"`]);
/**
 * The file, its settings and its history rows in one transaction. A lock timeout or deadlock
 * rolls the file back and sends it again after a backoff.
 */
async function applyTransactional(ctx, item) {
    const { statements } = item.file;
    const parts = transactionalScript(statements, {
        start: startSql(ctx, true),
        restore: (extra, only) => (0,file_settings/* settingsSql */.GI)(ctx.settings, true, extra, only),
        record: ctx.store.appliedSql(historyEntry(ctx, item)),
    });
    for (let attempt = 1;; attempt++) {
        const started = performance.now();
        let done;
        let recordedMs;
        const onRow = (row) => {
            if (MARKER in row)
                done = Number(row[MARKER]);
            if (history_store/* RECORDED_MS */.cq in row)
                recordedMs = Number(row[history_store/* RECORDED_MS */.cq]);
        };
        let failure;
        for (const part of parts) {
            try {
                await ctx.db.script(part.text, onRow);
            }
            catch (err) {
                failure = { err, part };
                break;
            }
        }
        const durationMs = performance.now() - started;
        if (!failure)
            return fileResult(item, 'applied', { durationMs: recordedMs ?? durationMs, attempts: attempt });
        const { err, part } = failure;
        // A COMMIT that failed (a deferred constraint) has ended the block already: ROLLBACK then only warns.
        if (!isConnectionLoss(err))
            await ctx.db.query('ROLLBACK').catch(() => undefined);
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        if (await shouldRetry(ctx, item, err, attempt))
            continue;
        const at = failurePoint(part, serverPosition(err), statements, done);
        const error = statementError(err, item.file, at.statement, true, at.position);
        await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
        return fileResult(item, 'failed', { durationMs, attempts: attempt, error });
    }
}
/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx, item) {
    try {
        await ctx.db.script(startSql(ctx, false));
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        throw err;
    }
    const { statements } = item.file;
    const started = performance.now();
    let applied = 0;
    let attempts = 1;
    for (const statement of statements) {
        for (let attempt = 1;; attempt++) {
            try {
                await ctx.db.script(statement.text);
                const reset = (0,file_settings/* resetsSettings */.E1)(statement);
                if (reset.length > 0)
                    await ctx.db.script((0,file_settings/* settingsSql */.GI)(ctx.settings, false, [], reset));
                applied++;
                break;
            }
            catch (err) {
                attempts = Math.max(attempts, attempt);
                if (await shouldRetry(ctx, item, err, attempt))
                    continue;
                const durationMs = performance.now() - started;
                const error = statementError(err, item.file, statement, false);
                if (applied > 0) {
                    error.message = `${error.message}. PARTLY APPLIED: this file is not transactional and its first ${applied} of ${statements.length} statements ran and stayed applied; the file is not recorded as applied, so the next run starts it from the top (write such files to be re-runnable, e.g. IF NOT EXISTS)`;
                }
                await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
                return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
            }
        }
    }
    const durationMs = performance.now() - started;
    try {
        // One implicit transaction: the settings back (the history row is written as the run's
        // role, whatever the file set), the lock checked, the rows written together.
        await ctx.db.script([startSql(ctx, false), ...ctx.store.appliedSql(historyEntry(ctx, item), durationMs)].join(';\n'));
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw lockLost();
        const error = statementError(err, item.file, undefined, false);
        error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
        return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
    }
    return fileResult(item, 'applied', { durationMs, attempts });
}
/** Best effort, after the file rolled back: when the connection is gone, so is this. */
async function recordFailure(ctx, item, durationMs, sqlstate, message) {
    const insert = ctx.store.failedSql(historyEntry(ctx, item), { durationMs, sqlstate, message });
    await ctx.db.script(['BEGIN', startSql(ctx, true), insert, 'COMMIT'].join(';\n')).catch(() => ctx.db.query('ROLLBACK').catch(() => undefined));
}


/***/ }),

/***/ 7330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ OWN_NO_TRANSACTION),
/* harmony export */   z: () => (/* binding */ inLayoutTerms)
/* harmony export */ });
/**
 * How pg-promote's own hints say "run this file without a transaction" (lint's fixes, migrate's
 * refusals): every such hint holds this clause, which `inLayoutTerms` swaps for the phase's layout's.
 */
const OWN_NO_TRANSACTION = 'with -- pg-promote:no-transaction in its header';
const noMarker = (tool) => `(${tool} has no no-transaction marker: pg-promote runs a file holding a statement that cannot run in a transaction block without one, as ${tool} did)`;
/** Each layout's way, as its reader (src/migrate/layouts/<layout>.ts) honours it. */
const HOW = {
    'pg-promote': OWN_NO_TRANSACTION,
    flyway: 'with executeInTransaction=false in its script configuration file (<the file name>.conf, beside it)',
    'golang-migrate': noMarker('golang-migrate'),
    dbmate: 'whose up section is marked -- migrate:up transaction:false',
    goose: 'with -- +goose NO TRANSACTION in it',
    'node-pg-migrate': noMarker('a node-pg-migrate SQL file'),
    diesel: 'whose folder has a metadata.toml saying run_in_transaction = false',
    prisma: noMarker('Prisma'),
    supabase: noMarker('the Supabase CLI'),
    sqitch: 'without BEGIN ... COMMIT around its deploy script (Sqitch then runs it statement by statement)',
};
/** A hint written in pg-promote's terms, said in the layout's: the marker its tool reads, or that it has none. */
function inLayoutTerms(text, layout) {
    return layout === 'pg-promote' ? text : text.split(OWN_NO_TRANSACTION).join(HOW[layout]);
}


/***/ }),

/***/ 5356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Lf: () => (/* binding */ readSqlFile),
  Is: () => (/* binding */ sqlFileFromText)
});

// UNUSED EXPORTS: MAX_SQL_FILE_BYTES

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/sql/no-transaction.ts + 1 modules
var no_transaction = __webpack_require__(7515);
// EXTERNAL MODULE: ./src/sql/statements.ts
var sql_statements = __webpack_require__(5528);
// EXTERNAL MODULE: ./src/sql/position.ts
var position = __webpack_require__(8305);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/migrate/checksum.ts

/**
 * SHA-256 of the file as an author sees it: a leading BOM dropped and CRLF/CR line endings
 * folded to LF, so a Windows checkout (core.autocrlf) does not look like an edited file.
 */
function normaliseSql(text) {
    return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
function checksumOf(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(normaliseSql(text), 'utf8').digest('hex');
}

// EXTERNAL MODULE: ./src/migrate/directives.ts
var directives = __webpack_require__(4127);
// EXTERNAL MODULE: ./src/migrate/layouts/no-transaction-marker.ts
var no_transaction_marker = __webpack_require__(7330);
;// CONCATENATED MODULE: ./src/migrate/sql-file.ts









const MAX_SQL_FILE_BYTES = 50 * 1024 * 1024;
/** Refuses the file (migrate), or reports the problem and reads on (lint, review). */
function refuser(file, options, offset = 0) {
    return (rule, message, at = {}) => {
        const line = at.line === undefined ? undefined : at.line + offset;
        if (!options.problems)
            throw (0,promote_error/* configError */.Fj)(message, { file: file.rel, ...at, ...(line === undefined ? {} : { line }) });
        options.problems.push({ rule, message, line: line ?? 1, column: at.column ?? 1 });
    };
}
function readSqlFile(file, options = {}) {
    const where = (extra = {}) => ({ file: file.rel, ...extra });
    const refuse = refuser(file, options);
    let bytes;
    try {
        // One open for the size check and the read: a run reads a thousand files before it starts.
        const fd = (0,external_node_fs_.openSync)(file.abs, 'r');
        try {
            const { size } = (0,external_node_fs_.fstatSync)(fd);
            if (size > MAX_SQL_FILE_BYTES) {
                throw (0,promote_error/* configError */.Fj)(`file is ${(size / 1024 / 1024).toFixed(1)} MiB; the limit is ${MAX_SQL_FILE_BYTES / 1024 / 1024} MiB`, where());
            }
            bytes = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (err) {
        const message = err instanceof promote_error/* PromoteError */.jG ? err.message : `cannot read file: ${err.code === 'ENOENT' ? 'not found' : err.message}`;
        return void refuse('invalid-file', message);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return void refuse('invalid-file', 'file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8', { line: 1 });
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return void refuse('invalid-file', 'file contains a NUL byte: not a SQL text file', { line: (0,position/* lineColumnAt */.IX)(bytes.subarray(0, nul).toString('utf8'), nul).line });
    }
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const lenient = bytes.toString('utf8');
        const line = (0,position/* lineColumnAt */.IX)(lenient, Math.max(0, lenient.indexOf('\uFFFD'))).line;
        return void refuse('invalid-file', 'file is not valid UTF-8 (save it as UTF-8)', { line });
    }
    return sqlFileFromText(file, bytes.toString('utf8').replace(/^\uFEFF/, ''), options);
}
/** SQL already read (a whole file, or a layout's section of one), checked and split as `readSqlFile` does. */
function sqlFileFromText(file, content, options = {}) {
    const offset = (options.firstLine ?? 1) - 1;
    const refuse = refuser(file, options, offset);
    const split = (0,sql_statements/* splitStatements */.X)(content);
    if (split.unterminated) {
        const { kind, line, column } = split.unterminated;
        refuse('parse-error', `unterminated ${kind} starting here`, { line, column });
    }
    for (const meta of split.metaCommands) {
        refuse('psql-meta-command', `psql meta-command ${meta.text} is not SQL; pg-promote runs files without psql, so remove it`, { line: meta.line, column: meta.column });
    }
    if (split.statements.length === 0 && !options.allowEmpty)
        refuse('invalid-file', 'file has no SQL statements', { line: 1 });
    const first = split.statements[0];
    const transactional = options.transactional ?? sql_file_directives(first ? content.slice(0, first.start) : content, file.rel, refuse);
    for (const statement of split.statements) {
        const control = transactionControl(statement);
        if (control) {
            refuse('transaction-control', `${control} in a migration file: pg-promote runs each file in its own transaction; remove it` +
                (transactional ? (0,no_transaction_marker/* inLayoutTerms */.z)(` (or make it a file ${no_transaction_marker/* OWN_NO_TRANSACTION */.m} and let each statement commit on its own)`, options.layout ?? 'pg-promote') : ''), { line: statement.line, column: statement.column });
        }
        // The same list lint's needs-no-transaction rule reads (src/sql/no-transaction.ts).
        const needsNoTransaction = transactional ? (0,no_transaction/* noTransactionStatement */.F)(statement.text) : undefined;
        if (needsNoTransaction) {
            refuse('needs-no-transaction', (0,no_transaction_marker/* inLayoutTerms */.z)(`${needsNoTransaction.name} cannot run inside a transaction; put it in a file of its own ${no_transaction_marker/* OWN_NO_TRANSACTION */.m}`, options.layout ?? 'pg-promote'), { line: statement.line, column: statement.column });
        }
    }
    const statements = offset === 0 ? split.statements : split.statements.map((s) => ({ ...s, line: s.line + offset }));
    return { path: file, sql: content, checksum: checksumOf(content), statements, transactional };
}
/** The header's directives; a bad one is refused, or reported and the file read as transactional. */
function sql_file_directives(header, rel, refuse) {
    try {
        return (0,directives/* parseDirectives */.M)(header, rel).transactional;
    }
    catch (err) {
        if (!(err instanceof promote_error/* PromoteError */.jG))
            throw err;
        refuse('invalid-file', err.message, { line: err.context.line ?? 1 });
        return true;
    }
}
function transactionControl(statement) {
    const [a, b] = statement.keywords;
    switch (a) {
        case 'BEGIN':
        case 'COMMIT':
        case 'END':
        case 'ABORT':
            return b === 'PREPARED' ? `${a} PREPARED` : a;
        case 'START':
            return b === 'TRANSACTION' ? 'START TRANSACTION' : undefined;
        case 'ROLLBACK':
            return b === 'TO' ? undefined : 'ROLLBACK';
        case 'PREPARE':
            return b === 'TRANSACTION' ? 'PREPARE TRANSACTION' : undefined;
        default:
            return undefined;
    }
}


/***/ })

};
