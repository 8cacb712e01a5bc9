export const id = 387;
export const ids = [387];
export const modules = {

/***/ 4387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ applyInOrder)
});

// EXTERNAL MODULE: ./src/db/advisory-lock.ts
var advisory_lock = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/db/pooler.ts
var pooler = __webpack_require__(7641);
// EXTERNAL MODULE: ./src/migrate/history.ts
var migrate_history = __webpack_require__(3909);
// EXTERNAL MODULE: ./node_modules/pg/esm/index.mjs
var esm = __webpack_require__(3849);
;// CONCATENATED MODULE: ./src/migrate/history-stage.ts


/** Files staged per round trip, and the number of distinct settings a session ever holds. */
const STAGING_WINDOW = 256;
const STAGE_SQL = "SELECT count(set_config('pg_promote.history_' || slot, entry, false))::int AS staged FROM unnest($1::text[]) WITH ORDINALITY AS s(entry, slot)";
// The server's duration: time since the file's BEGIN.
const DURATION = 'round(extract(epoch FROM clock_timestamp() - now()) * 1000)::integer';
const staged = (slot) => `(SELECT current_setting('pg_promote.history_' || ${slot})::jsonb AS e) AS staged`;
function insertSql(t, slot, duration) {
    return `INSERT INTO ${(0,migrate_history/* qualified */.LX)(t)} (${migrate_history/* ENTRY_COLUMNS */.fK}, duration_ms, success)
SELECT (e->>'executionId')::uuid, e->>'phase', e->>'kind', e->>'version', e->>'fileName', e->>'checksum', e->>'appliedBy', ${duration}, true
FROM ${staged(slot)}`;
}
/** Which insert each session has prepared, for which history table. */
const prepared = new WeakMap();
let generation = 0;
/**
 * Stages entries into slots 1..n, replacing the previous run's: only once those files have run.
 * After a run whose last file reset the session (`resetsSession`), pass `fresh` so the insert
 * is prepared again.
 */
async function stageHistory(client, t, entries, fresh = false) {
    if (entries.length > STAGING_WINDOW)
        throw new Error(`at most ${STAGING_WINDOW} history entries can be staged at once`);
    let statement = prepared.get(client);
    if (fresh || statement?.table !== (0,migrate_history/* qualified */.LX)(t)) {
        // A new name each time: a reset file may or may not have deallocated the old one.
        statement = { table: (0,migrate_history/* qualified */.LX)(t), name: `pg_promote_history_${++generation}` };
        await client.query(`PREPARE ${statement.name}(int) AS ${insertSql(t, '$1', DURATION)}`);
        prepared.set(client, statement);
    }
    if (entries.length > 0)
        await client.query(STAGE_SQL, [entries.map((e) => JSON.stringify(e))]);
    return { slots: entries.map((_, i) => i + 1), insert: statement.name };
}
/**
 * A file that resets the session (`resetsSession`) loses the staged settings and perhaps the
 * prepared insert part-way: its row is written in plain SQL before its statements, and its
 * duration set after them on the row just inserted.
 */
function recordSql(t, run, slot, down, statements) {
    const revert = down ? [(0,migrate_history/* markRevertedSql */.FY)(t, { from: staged(String(slot)), phase: "e->>'phase'", version: "e->>'version'" })] : [];
    if (!resetsSession(statements))
        return { before: [], after: [...revert, `EXECUTE ${run.insert}(${slot})`] };
    const sequence = `pg_get_serial_sequence(${esm/* default.escapeLiteral */.Ay.escapeLiteral((0,migrate_history/* qualified */.LX)(t))}, 'id')`;
    return {
        before: [...revert, insertSql(t, String(slot), '0')],
        after: [`UPDATE ${(0,migrate_history/* qualified */.LX)(t)} SET duration_ms = ${DURATION} WHERE id = currval(${sequence})`],
    };
}
/** RESET ALL clears the staged settings for the rest of the session; DEALLOCATE may drop the insert. */
function resetsSession(statements) {
    return statements.some(({ keywords: [first, second] }) => first === 'DEALLOCATE' || (first === 'RESET' && (second === 'ALL' || second === 'PG_PROMOTE')));
}

// EXTERNAL MODULE: ./src/sql/position.ts
var sql_position = __webpack_require__(8305);
;// CONCATENATED MODULE: ./src/migrate/statement-error.ts

/** SQLSTATEs after which the same file may simply be tried again. */
const RETRYABLE_SQLSTATES = new Set([
    '55P03', // lock_not_available: lock_timeout expired
    '40P01', // deadlock_detected
]);
function sqlstateOf(err) {
    const code = err.code;
    return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
/** Lost connections: the server rolled back whatever transaction we had open. */
function isConnectionLoss(err) {
    const code = sqlstateOf(err);
    if (code && (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03'))
        return true;
    const message = err.message ?? '';
    return /Connection terminated|ECONNRESET|EPIPE|not queryable|Client was closed/i.test(message);
}
/**
 * Turns what the server said about a failed statement into an error that points at the file:
 * the position is counted in characters within the statement, and the statement's offset in
 * the file gives the rest.
 */
function statementError(err, file, statement, transactional, 
/** The server's position within the statement's text, when it was sent with others. */
position = serverPosition(err)) {
    const e = err;
    const sqlstate = sqlstateOf(err);
    const at = statement ? (0,sql_position/* errorLocation */.yr)(file.content, statement, position) : undefined;
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
    const sqlstate = sqlstateOf(err);
    if (!sqlstate || !RETRYABLE_SQLSTATES.has(sqlstate) || attempt > ctx.lockRetries)
        return false;
    const waitMs = ctx.lockRetryBackoffMs * 2 ** (attempt - 1);
    ctx.emit({ type: 'retry', file: item.file.path.rel, attempt, of: ctx.lockRetries, waitMs, sqlstate, message: err.message });
    await sleep(waitMs);
    return true;
}
async function recordFailure(ctx, item, durationMs, sqlstate, message) {
    // Best effort, outside the failed transaction: when the connection is gone, so is this.
    await ctx.client
        .query((0,migrate_history/* insertHistoryQuery */.e8)(ctx.history, { ...historyEntry(ctx, item, durationMs, false), errorSqlstate: sqlstate, errorMessage: message }))
        .catch(() => undefined);
}
function stagedEntry(ctx, item) {
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
function historyEntry(ctx, item, durationMs, success) {
    return { ...stagedEntry(ctx, item), durationMs, success };
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
        durationMs: extra.durationMs === undefined ? undefined : Math.round(extra.durationMs * 10) / 10,
    };
}
const fileStart = (item) => ({
    type: 'file-start', phase: item.phase, kind: item.kind, file: item.file.path.rel, version: item.version,
});

;// CONCATENATED MODULE: ./src/db/counted-query.ts

/**
 * A query of several statements failed: `completed` says how many of its commands the server
 * finished first, which pins the failure to a statement when the server's error has no
 * position (a constraint violation, a division by zero).
 */
class CommandsFailed extends Error {
    cause;
    completed;
    constructor(cause, completed) {
        super(cause?.message ?? String(cause));
        this.cause = cause;
        this.completed = completed;
    }
}
/**
 * Sends a multi-statement text in one simple-protocol round trip, calling `onCommand` as each
 * command completes (with how many have). pg's Query is its documented extension point (a
 * Submittable); counting happens where it receives each CommandComplete.
 */
function queryCountingCommands(client, text, onCommand) {
    const query = new esm/* default.Query */.Ay.Query(text);
    let completed = 0;
    const handle = query.handleCommandComplete.bind(query);
    query.handleCommandComplete = (message, connection) => {
        completed++;
        handle(message, connection);
        onCommand?.(completed);
    };
    return new Promise((resolve, reject) => {
        query.on('end', () => resolve());
        query.on('error', (err) => reject(new CommandsFailed(err, completed)));
        client.query(query);
    });
}

;// CONCATENATED MODULE: ./src/migrate/batches.ts

/**
 * Transactional files go to the server in as few queries as possible: BEGIN, a file's
 * statements, its history row and COMMIT travel as one simple-protocol query (and the queries
 * of a run are pipelined, see transactional.ts). Waiting between queries, not the server's
 * work, is most of a migration tool's overhead on a run of many small files. A large file is
 * cut over several queries, so the server never parses megabytes of SQL at once.
 *
 * A query holds one file, never more, although the server would keep them apart safely (it
 * skips the rest of a query after an error): every transaction a query message starts gets
 * that message's arrival as its now(), so files sharing a query would share a timestamp, and
 * an audit trail that tells transactions apart by time (the runbook's) could not.
 */
const MAX_QUERY_CHARS = 256 * 1024;
// A newline first: a statement's text may end in a -- comment, which would swallow a bare ';'.
const SEPARATOR = '\n;\n';
function queryBatches(files, maxChars = MAX_QUERY_CHARS) {
    const batches = [];
    let text = '';
    let commands = [];
    const add = (file, role, sql, statement) => {
        if (commands.length > 0 && (role === 'begin' || text.length + sql.length > maxChars)) {
            batches.push({ text, commands });
            text = '';
            commands = [];
        }
        commands.push({ file, role, statement, offset: text.length, length: sql.length });
        text += sql + SEPARATOR;
    };
    for (const [index, file] of files.entries()) {
        add(index, 'begin', 'BEGIN');
        for (const sql of file.before)
            add(index, 'record', sql);
        for (const statement of file.statements)
            add(index, 'statement', statement.text, statement);
        for (const sql of file.after)
            add(index, 'record', sql);
        add(index, 'commit', 'COMMIT');
    }
    if (commands.length > 0)
        batches.push({ text, commands });
    return batches;
}
/**
 * Which command of a query failed. The server's position counts code points in the whole
 * query; without one, the number of commands that completed before the error says it.
 */
function failurePoint(batch, serverPosition, completed) {
    if (serverPosition === undefined || !Number.isFinite(serverPosition) || serverPosition < 1) {
        return { command: batch.commands[completed] };
    }
    const at = (0,sql_position/* utf16OffsetOfCodePoint */.us)(batch.text, serverPosition - 1);
    let command;
    // The separator after a command is still its end ("syntax error at or near ;").
    for (const c of batch.commands) {
        if (c.offset > at)
            break;
        command = c;
    }
    if (!command?.statement)
        return { command };
    const within = Math.min(at - command.offset, command.length);
    return { command, position: (0,sql_position/* countCodePoints */.sA)(command.statement.text, 0, within) + 1 };
}

// EXTERNAL MODULE: ./src/migrate/chain.ts
var migrate_chain = __webpack_require__(6356);
;// CONCATENATED MODULE: ./src/migrate/transactional.ts








/**
 * Queries on the wire at once. The server works on one file while the client reads the last
 * answer and sends the next: the client's own work per file no longer adds to the server's,
 * and a few files ahead are enough for that (the client's work per file is a fraction of the
 * server's). Few, because what is on the wire is applied even if this process is killed: a
 * cancelled job may still see that many files land after the one running, each whole and
 * recorded.
 */
const IN_FLIGHT = 4;
/**
 * Applies consecutive transactional files, each in its own transaction together with its
 * history row (staged beforehand), each in one query (see batches.ts), pipelined (see
 * chain.ts). Yields each file's outcome and stops after the first failure. A lock timeout
 * rolls back only the file that hit it; that file and the ones after it are sent again after
 * a backoff.
 */
async function* applyTransactional(ctx, items, staged) {
    const chain = (0,migrate_chain/* newChain */.Y)();
    let next = 0;
    let attempt = 1;
    while (next < items.length) {
        const pending = items.slice(next);
        const batches = queryBatches(pending.map((item, i) => {
            const record = recordSql(ctx.history, staged, staged.slots[next + i], item.kind === 'down', item.file.statements);
            return {
                statements: item.file.statements,
                before: [advisory_lock/* LOCK_GUARD_SQL */.f6, ...chain.guard(next + i), ...record.before],
                after: [...record.after, chain.link(next + i)],
            };
        }));
        const done = [];
        let committed = 0;
        let since = performance.now();
        // The server reports each COMMIT as it happens: outcomes and progress are per file, live.
        const onCommand = (batch) => (completed) => {
            const command = batch.commands[completed - 1];
            if (command?.role !== 'commit')
                return;
            const now = performance.now();
            const result = fileResult(pending[command.file], 'applied', { durationMs: now - since, attempts: command.file === 0 ? attempt : 1 });
            since = now;
            committed++;
            done.push(result);
            ctx.emit({ type: 'file-done', result });
            const following = pending[command.file + 1];
            if (following)
                ctx.emit(fileStart(following));
        };
        ctx.emit(fileStart(pending[0]));
        let failure;
        const inFlight = [];
        for (let sent = 0; inFlight.length > 0 || (!failure && sent < batches.length);) {
            while (!failure && sent < batches.length && inFlight.length < IN_FLIGHT) {
                const batch = batches[sent++];
                inFlight.push(send(ctx, batch, onCommand(batch)));
            }
            const outcome = await inFlight.shift();
            // After the first failure the files already sent fail too (see chain.ts): their answers
            // are only drained, so that the ROLLBACK below is the next thing the server reads.
            failure ??= outcome;
            yield* done.splice(0);
        }
        if (!failure)
            return;
        const { error, batch, completed } = failure;
        if ((0,advisory_lock/* isLockLost */.wx)(error)) {
            await ctx.client.query('ROLLBACK').catch(() => undefined);
            throw (0,pooler/* poolingError */.fD)('the migration lock is not held by the server process running the next file');
        }
        const durationMs = performance.now() - since;
        if (!isConnectionLoss(error))
            await ctx.client.query('ROLLBACK').catch(() => undefined);
        const at = failurePoint(batch, serverPosition(error), completed);
        const failed = at.command?.file ?? committed;
        const item = pending[failed];
        next += failed;
        if (failed > 0)
            attempt = 1;
        if (await shouldRetry(ctx, item, error, attempt)) {
            attempt++;
            continue;
        }
        const info = statementError(error, item.file, at.command?.statement, true, at.position);
        await recordFailure(ctx, item, durationMs, info.sqlstate, info.message);
        yield fileResult(item, 'failed', { durationMs, attempts: attempt, error: info });
        return;
    }
}
async function send(ctx, batch, onCommand) {
    try {
        await queryCountingCommands(ctx.client, batch.text, onCommand);
        return undefined;
    }
    catch (err) {
        return err instanceof CommandsFailed ? { error: err.cause, batch, completed: err.completed } : { error: err, batch, completed: 0 };
    }
}

;// CONCATENATED MODULE: ./src/migrate/runner.ts







/**
 * Applies files in order, yielding each outcome; the caller stops at the first failure.
 * Consecutive transactional files run in one go, their history rows staged first (each file
 * is then one query, see batches.ts, and the queries are pipelined, see transactional.ts). A run ends after a file that resets the session
 * (RESET ALL, DEALLOCATE), so the rest are staged again. A -- pg-promote:no-transaction file goes
 * statement by statement.
 */
async function* applyInOrder(ctx, items) {
    let reset = false;
    for (let i = 0; i < items.length;) {
        const item = items[i];
        if (!item.file.transactional) {
            ctx.emit(fileStart(item));
            const result = await applyStatementByStatement(ctx, item);
            ctx.emit({ type: 'file-done', result });
            yield result;
            if (result.status === 'failed')
                return;
            i++;
            continue;
        }
        let end = i;
        while (end < items.length && end - i < STAGING_WINDOW && items[end].file.transactional) {
            if (resetsSession(items[end++].file.statements))
                break;
        }
        const run = items.slice(i, end);
        const staged = await stageHistory(ctx.client, ctx.history, run.map((r) => stagedEntry(ctx, r)), reset);
        reset = resetsSession(run.at(-1).file.statements);
        for await (const result of applyTransactional(ctx, run, staged)) {
            yield result;
            if (result.status === 'failed')
                return;
        }
        i = end;
    }
}
/**
 * For files marked -- pg-promote:no-transaction. Each statement commits on its own, so a
 * failure part-way leaves the earlier statements applied: the result says how many.
 */
async function applyStatementByStatement(ctx, item) {
    try {
        await ctx.client.query(advisory_lock/* LOCK_GUARD_SQL */.f6);
    }
    catch (err) {
        if ((0,advisory_lock/* isLockLost */.wx)(err))
            throw (0,pooler/* poolingError */.fD)('the migration lock is not held by the server process running the next file');
        throw err;
    }
    const started = performance.now();
    let applied = 0;
    let attempts = 1;
    for (const statement of item.file.statements) {
        for (let attempt = 1;; attempt++) {
            try {
                await ctx.client.query(statement.text);
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
                    error.message = `${error.message}. PARTLY APPLIED: this file is not transactional and its first ${applied} of ${item.file.statements.length} statements ran and stayed applied; the file is not recorded as applied, so the next run starts it from the top (write such files to be re-runnable, e.g. IF NOT EXISTS)`;
                }
                await recordFailure(ctx, item, durationMs, error.sqlstate, error.message);
                return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
            }
        }
    }
    const durationMs = performance.now() - started;
    try {
        if (item.kind === 'down')
            await ctx.client.query((0,migrate_history/* markRevertedSql */.FY)(ctx.history), [item.phase, item.version]);
        await ctx.client.query((0,migrate_history/* insertHistoryQuery */.e8)(ctx.history, historyEntry(ctx, item, durationMs, true)));
    }
    catch (err) {
        const error = statementError(err, item.file, undefined, false);
        error.message = `every statement ran, but recording the file in the history failed: ${error.message}`;
        return fileResult(item, 'failed', { durationMs, attempts, error, statementsApplied: applied });
    }
    return fileResult(item, 'applied', { durationMs, attempts });
}


/***/ })

};
