export const id = 138;
export const ids = [138];
export const modules = {

/***/ 6820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isScanWorker: () => (/* binding */ isScanWorker),
/* harmony export */   serveScanWorker: () => (/* binding */ serveScanWorker)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(597);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4977);
/* harmony import */ var _scan_threads_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5765);





const isScanWorker = (data) => data?.kind === 'pg-promote-boundary-scan';
/** The body of a scan worker: take files until none are left, post what was found, end. */
async function serveScanWorker() {
    const data = node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.workerData;
    const cursor = new Int32Array(data.cursor);
    try {
        const scanner = new _file_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .FileScanner */ .T((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRules */ .nb)(data.rules, data.source), data.maxFileBytes);
        const [list] = (await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort, 'message'));
        const files = (0,_scan_threads_js__WEBPACK_IMPORTED_MODULE_4__/* .unpackFiles */ .Qo)(list);
        const outcomes = await scanner.scanShare(files, () => (0,_scan_threads_js__WEBPACK_IMPORTED_MODULE_4__/* .claimNext */ .Ym)(cursor));
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ ok: true, outcomes });
    }
    catch (err) {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ ok: false, message: err.message });
    }
}


/***/ }),

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ configError),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   XO: () => (/* binding */ asPromoteError),
/* harmony export */   jG: () => (/* binding */ PromoteError)
/* harmony export */ });
class PromoteError extends Error {
    kind;
    context;
    constructor(kind, message, context = {}) {
        super(message);
        this.name = 'PromoteError';
        this.kind = kind;
        this.context = context;
    }
}
const usageError = (message, context = {}) => new PromoteError('usage', message, context);
const configError = (message, context = {}) => new PromoteError('config', message, context);
/** Anything thrown that is not a PromoteError is a bug: keep its message, call it internal. */
function asPromoteError(err) {
    if (err instanceof PromoteError)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new PromoteError('internal', `unexpected error: ${message}`);
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


/***/ }),

/***/ 5528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ splitStatements)
/* harmony export */ });
/* harmony import */ var _position_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8305);
/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */

const DOLLAR = 0x24;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const CR = 0x0d;
// PostgreSQL's whitespace; JavaScript's trim() would also eat U+00A0, which the server lexes as
// part of an identifier.
function isSpace(c) {
    return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
// The server works on bytes and treats every non-ASCII byte as a letter; every UTF-16 unit of a
// non-ASCII character is >= 0x80, so the same test works here.
function isIdentStart(c) {
    return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
}
function isIdentCont(c) {
    return isIdentStart(c) || isDigit(c) || c === DOLLAR;
}
function asciiUpper(word) {
    return word.replace(/[a-z]+/g, (s) => s.toUpperCase());
}
/** Index just past the closing quote, or -1 when the input ends first. */
function skipQuoted(sql, i, quote, backslashEscapes) {
    while (i < sql.length) {
        const c = sql.charCodeAt(i);
        if (backslashEscapes && c === BACKSLASH) {
            i += 2;
        }
        else if (c === quote) {
            if (sql.charCodeAt(i + 1) !== quote)
                return i + 1;
            i += 2;
        }
        else {
            i++;
        }
    }
    return -1;
}
/** Index just past the closing of the block comment opened at i, or -1. Comments nest. */
function skipBlockComment(sql, i) {
    let depth = 1;
    let j = i + 2;
    while (j < sql.length) {
        const c = sql.charCodeAt(j);
        const next = sql.charCodeAt(j + 1);
        if (c === 0x2f && next === 0x2a) {
            depth++;
            j += 2;
        }
        else if (c === 0x2a && next === 0x2f) {
            j += 2;
            if (--depth === 0)
                return j;
        }
        else {
            j++;
        }
    }
    return -1;
}
/** The `$tag$` delimiter starting at i, if one does; `$1` and a lone `$` are not delimiters. */
function dollarDelimiterAt(sql, i) {
    let j = i + 1;
    if (isIdentStart(sql.charCodeAt(j))) {
        j++;
        while (j < sql.length && (isIdentStart(sql.charCodeAt(j)) || isDigit(sql.charCodeAt(j))))
            j++;
    }
    return sql.charCodeAt(j) === DOLLAR ? sql.slice(i, j + 1) : undefined;
}
/** Index just past a number or `$n` parameter, including identifier junk glued to its digits. */
function skipDigits(sql, i) {
    while (i < sql.length && isDigit(sql.charCodeAt(i)))
        i++;
    // PostgreSQL 15+ and psql lex `1begin` as one junk number, not a number and a word.
    if (isIdentStart(sql.charCodeAt(i)))
        while (i < sql.length && isIdentCont(sql.charCodeAt(i)))
            i++;
    return i;
}
const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);
/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
    words = [];
    count = 0;
    depth = 0;
    word(word, parenDepth) {
        const lower = word.toLowerCase();
        if (this.count < 4 && ROUTINE_WORDS.has(lower))
            this.words[this.count] = lower;
        this.count++;
        const [w0, w1, w2, w3] = this.words;
        const routine = w0 === 'create' &&
            (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
        if (!routine || parenDepth !== 0)
            return;
        if (lower === 'begin')
            this.depth++;
        else if (lower === 'case' && this.depth >= 1)
            this.depth++;
        else if (lower === 'end' && this.depth > 0)
            this.depth--;
    }
}
function splitStatements(sql) {
    const n = sql.length;
    const locator = new _position_js__WEBPACK_IMPORTED_MODULE_0__/* .LineLocator */ .TY(sql);
    const statements = [];
    const metaCommands = [];
    let unterminated;
    let start = -1;
    let parenDepth = 0;
    let blocks = new BlockTracker();
    let keywords = [];
    let keywordsOpen = true;
    const token = (at, word) => {
        if (start < 0)
            start = at;
        if (word === undefined) {
            keywordsOpen = false;
            return;
        }
        if (keywordsOpen && keywords.length < 3)
            keywords.push(asciiUpper(word));
        blocks.word(word, parenDepth);
    };
    const finish = (before) => {
        if (start >= 0) {
            let end = before;
            while (end > start && isSpace(sql.charCodeAt(end - 1)))
                end--;
            const { line, column } = locator.locate(start);
            statements.push({ text: sql.slice(start, end), start, end, line, column, keywords });
        }
        start = -1;
        parenDepth = 0;
        blocks = new BlockTracker();
        keywords = [];
        keywordsOpen = true;
    };
    const fail = (kind, at) => {
        unterminated = { kind, ...locator.locate(at) };
    };
    let i = 0;
    // A byte-order mark is an encoding artifact, not the first character of a statement.
    if (sql.charCodeAt(0) === 0xfeff)
        i = 1;
    while (i < n && unterminated === undefined) {
        const c = sql.charCodeAt(i);
        const next = sql.charCodeAt(i + 1);
        if (isSpace(c)) {
            i++;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== LF && sql.charCodeAt(i) !== CR)
                i++;
        }
        else if (c === 0x2f && next === 0x2a) {
            const after = skipBlockComment(sql, i);
            if (after < 0)
                fail('block comment', i);
            else
                i = after;
        }
        else if (c === QUOTE || ((c === 0x45 || c === 0x65) && next === QUOTE)) {
            token(i);
            const after = skipQuoted(sql, c === QUOTE ? i + 1 : i + 2, QUOTE, c !== QUOTE);
            if (after < 0)
                fail('string', i);
            else
                i = after;
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === QUOTE || sql.charCodeAt(i + 2) === DQUOTE)) {
            token(i);
            const quote = sql.charCodeAt(i + 2);
            const after = skipQuoted(sql, i + 3, quote, false);
            if (after < 0)
                fail(quote === QUOTE ? 'string' : 'quoted identifier', i);
            else
                i = after;
        }
        else if (c === DQUOTE) {
            token(i);
            const after = skipQuoted(sql, i + 1, DQUOTE, false);
            if (after < 0)
                fail('quoted identifier', i);
            else
                i = after;
        }
        else if (c === DOLLAR) {
            token(i);
            const delimiter = isDigit(next) ? undefined : dollarDelimiterAt(sql, i);
            if (delimiter === undefined) {
                i = isDigit(next) ? skipDigits(sql, i + 1) : i + 1;
            }
            else {
                const close = sql.indexOf(delimiter, i + delimiter.length);
                if (close < 0)
                    fail('dollar quote', i);
                else
                    i = close + delimiter.length;
            }
        }
        else if (isIdentStart(c)) {
            let j = i + 1;
            while (j < n && isIdentCont(sql.charCodeAt(j)))
                j++;
            token(i, sql.slice(i, j));
            i = j;
        }
        else if (isDigit(c)) {
            token(i);
            i = skipDigits(sql, i);
        }
        else if (c === 0x3b) {
            // psql keeps `;` inside parentheses or an unfinished BEGIN ... END block in the statement.
            if (start >= 0 && (parenDepth > 0 || blocks.depth > 0))
                token(i);
            else
                finish(i);
            i++;
        }
        else if (c === BACKSLASH) {
            // A meta-command line is psql's, never the server's: it ends the statement before it.
            finish(i);
            let j = i + 1;
            while (j < n && !isSpace(sql.charCodeAt(j)) && sql.charCodeAt(j) !== BACKSLASH)
                j++;
            metaCommands.push({ ...locator.locate(i), text: sql.slice(i, j) });
            while (j < n && sql.charCodeAt(j) !== LF && sql.charCodeAt(j) !== CR)
                j++;
            i = sql.charCodeAt(j) === CR && sql.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
        }
        else {
            token(i);
            if (c === 0x28)
                parenDepth++;
            else if (c === 0x29 && parenDepth > 0)
                parenDepth--;
            i++;
        }
    }
    if (unterminated === undefined)
        finish(n);
    const result = { statements, metaCommands };
    if (unterminated !== undefined)
        result.unterminated = unterminated;
    return result;
}


/***/ })

};
