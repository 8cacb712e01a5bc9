export const id = 179;
export const ids = [179,896];
export const modules = {

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   nk: () => (/* binding */ assertInsideRealRoot),
/* harmony export */   qo: () => (/* binding */ resolveRepoPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



/**
 * Config paths are relative to the repository root and must stay inside it: a promotion
 * config must not be able to make pg-promote read (and run) files from elsewhere.
 */
function resolveRepoPath(root, written, where, options = {}) {
    const key = where.key ? `${where.key}: ` : '';
    if (written.includes('\0'))
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path contains a NUL byte`, where);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(written) || /^[A-Za-z]:[\\/]/.test(written)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path '${written}' is absolute; write it relative to the repository root`, where);
    }
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    if ((rel === '' && !options.rootItself) || rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${key}path '${written}' is outside the repository root`, where);
    }
    return { rel: rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'), abs };
}
/** Whether `abs` is `root` or lies below it (by path; links are not resolved). */
function isInside(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, abs);
    return !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
}
/** Symlinks are followed only when they land inside the root. Missing paths pass through. */
function assertInsideRealRoot(root, target, where) {
    let real;
    let realRoot;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(target.abs);
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return;
    }
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(realRoot, real);
    if (rel.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${where.key ? `${where.key}: ` : ''}'${target.rel}' is a link that leads outside the repository root`, where);
    }
}


/***/ }),

/***/ 4127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseDirectives)
/* harmony export */ });
/* unused harmony export NO_TRANSACTION */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

const NO_TRANSACTION = 'no-transaction';
const DIRECTIVE_LINE = /^\s*--\s*pg-promote\s*:\s*(.*?)\s*$/i;
function parseDirectives(header, file) {
    const directives = { transactional: true };
    header.split(/\r\n?|\n/).forEach((line, index) => {
        const match = DIRECTIVE_LINE.exec(line);
        if (!match)
            return;
        const word = (match[1] ?? '').toLowerCase();
        if (word === NO_TRANSACTION) {
            directives.transactional = false;
        }
        else {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`unknown directive 'pg-promote:${match[1]}' (known: pg-promote:${NO_TRANSACTION})`, {
                file,
                line: index + 1,
            });
        }
    });
    return directives;
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

/***/ 7464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ CR),
/* harmony export */   LF: () => (/* binding */ LF),
/* harmony export */   QJ: () => (/* binding */ skipDigits),
/* harmony export */   TB: () => (/* binding */ DQUOTE),
/* harmony export */   V0: () => (/* binding */ isIdentCont),
/* harmony export */   cv: () => (/* binding */ skipBlockComment),
/* harmony export */   er: () => (/* binding */ skipQuoted),
/* harmony export */   fv: () => (/* binding */ dollarDelimiterAt),
/* harmony export */   hr: () => (/* binding */ DOLLAR),
/* harmony export */   jA: () => (/* binding */ QUOTE),
/* harmony export */   ni: () => (/* binding */ isIdentStart),
/* harmony export */   oP: () => (/* binding */ asciiUpper),
/* harmony export */   r_: () => (/* binding */ BACKSLASH),
/* harmony export */   xC: () => (/* binding */ isSpace),
/* harmony export */   yp: () => (/* binding */ isDigit)
/* harmony export */ });
/**
 * The character classes and skips of psql's lexer (psqlscan.l) that both the statement splitter
 * and the statement tokenizer use, on UTF-16 code units.
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
// toUpperCase() alone would also change non-ASCII letters, which the server leaves alone.
function asciiUpper(word) {
    return /[^\x00-\x7f]/.test(word) ? word.replace(/[a-z]+/g, (s) => s.toUpperCase()) : word.toUpperCase();
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


/***/ }),

/***/ 7515:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ noTransactionStatement)
});

// UNUSED EXPORTS: NO_TRANSACTION_STATEMENTS

// EXTERNAL MODULE: ./src/sql/lexer-rules.ts
var lexer_rules = __webpack_require__(7464);
;// CONCATENATED MODULE: ./src/sql/statement-tokens.ts

/**
 * The tokens of one statement, lexed as the splitter lexes (E'' strings with backslash
 * escapes, U&'' strings, nested comments, dollar quotes): words upper-cased, a string literal
 * as `'` + its upper-cased text + `'`, a quoted name as `"`, a dollar-quoted body as `'`, a
 * number as its digits, anything else one character each. Stops after `limit` tokens.
 */
function statementTokens(sql, limit = Number.POSITIVE_INFINITY) {
    const tokens = [];
    const n = sql.length;
    let i = 0;
    while (i < n && tokens.length < limit) {
        const c = sql.charCodeAt(i);
        const next = sql.charCodeAt(i + 1);
        let after;
        if ((0,lexer_rules/* isSpace */.xC)(c)) {
            i++;
            continue;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== lexer_rules.LF && sql.charCodeAt(i) !== lexer_rules.CR)
                i++;
            continue;
        }
        else if (c === 0x2f && next === 0x2a) {
            after = (0,lexer_rules/* skipBlockComment */.cv)(sql, i);
            i = after < 0 ? n : after;
            continue;
        }
        else if (c === lexer_rules/* QUOTE */.jA || ((c === 0x45 || c === 0x65) && next === lexer_rules/* QUOTE */.jA)) {
            const from = c === lexer_rules/* QUOTE */.jA ? i + 1 : i + 2;
            after = (0,lexer_rules/* skipQuoted */.er)(sql, from, lexer_rules/* QUOTE */.jA, c !== lexer_rules/* QUOTE */.jA);
            tokens.push(`'${(0,lexer_rules/* asciiUpper */.oP)(sql.slice(from, after < 0 ? n : after - 1))}'`);
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === lexer_rules/* QUOTE */.jA || sql.charCodeAt(i + 2) === lexer_rules/* DQUOTE */.TB)) {
            const quote = sql.charCodeAt(i + 2);
            after = (0,lexer_rules/* skipQuoted */.er)(sql, i + 3, quote, false);
            tokens.push(quote === lexer_rules/* QUOTE */.jA ? `'${(0,lexer_rules/* asciiUpper */.oP)(sql.slice(i + 3, after < 0 ? n : after - 1))}'` : '"');
        }
        else if (c === lexer_rules/* DQUOTE */.TB) {
            after = (0,lexer_rules/* skipQuoted */.er)(sql, i + 1, lexer_rules/* DQUOTE */.TB, false);
            tokens.push('"');
        }
        else if (c === lexer_rules/* DOLLAR */.hr && !(0,lexer_rules/* isDigit */.yp)(next) && (0,lexer_rules/* dollarDelimiterAt */.fv)(sql, i) !== undefined) {
            const delimiter = (0,lexer_rules/* dollarDelimiterAt */.fv)(sql, i);
            const close = sql.indexOf(delimiter, i + delimiter.length);
            after = close < 0 ? n : close + delimiter.length;
            tokens.push("'");
        }
        else if ((0,lexer_rules/* isIdentStart */.ni)(c)) {
            after = i + 1;
            while (after < n && (0,lexer_rules/* isIdentCont */.V0)(sql.charCodeAt(after)))
                after++;
            tokens.push((0,lexer_rules/* asciiUpper */.oP)(sql.slice(i, after)));
        }
        else if ((0,lexer_rules/* isDigit */.yp)(c)) {
            after = i;
            while (after < n && ((0,lexer_rules/* isDigit */.yp)(sql.charCodeAt(after)) || sql.charCodeAt(after) === 0x2e))
                after++;
            tokens.push(sql.slice(i, after));
        }
        else {
            after = i + 1;
            tokens.push(sql[i]);
        }
        i = after < 0 ? n : after;
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/sql/no-transaction.ts

const word = (t, ...words) => t !== undefined && words.includes(t);
/** Tokens after a leading parenthesised option list, and that list's own tokens. */
function options(tokens, from) {
    if (tokens[from] !== '(')
        return { inside: [], next: from };
    let depth = 0;
    for (let i = from; i < tokens.length; i++) {
        if (tokens[i] === '(')
            depth++;
        else if (tokens[i] === ')' && --depth === 0)
            return { inside: tokens.slice(from + 1, i), next: i + 1 };
    }
    return { inside: tokens.slice(from + 1), next: tokens.length };
}
/** `name [value]` in an option list is on unless its value says off. */
function optionOn(inside, name) {
    const at = inside.indexOf(name);
    if (at < 0)
        return false;
    const value = inside[at + 1] === '=' ? inside[at + 2] : inside[at + 1];
    return !word(value, 'FALSE', 'OFF', '0', "'FALSE'", "'OFF'", "'0'");
}
function reindexParts(tokens) {
    const { inside, next } = options(tokens, 1);
    const kind = tokens[next];
    return { concurrently: optionOn(inside, 'CONCURRENTLY') || tokens[next + 1] === 'CONCURRENTLY', kind };
}
const NO_TRANSACTION_STATEMENTS = [
    {
        name: 'CREATE INDEX CONCURRENTLY',
        starts: ['CREATE INDEX', 'CREATE UNIQUE'],
        setup: 'CREATE TABLE nt_t (a int)',
        example: 'CREATE INDEX CONCURRENTLY nt_i ON nt_t (a)',
        matches: (t) => t[0] === 'CREATE' && (t[1] === 'INDEX' ? t[2] === 'CONCURRENTLY' : t[1] === 'UNIQUE' && t[2] === 'INDEX' && t[3] === 'CONCURRENTLY'),
    },
    {
        name: 'DROP INDEX CONCURRENTLY',
        starts: ['DROP INDEX'],
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'DROP INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'DROP' && t[1] === 'INDEX' && t[2] === 'CONCURRENTLY',
    },
    {
        name: 'REINDEX CONCURRENTLY',
        starts: ['REINDEX'],
        setup: 'CREATE TABLE nt_t (a int); CREATE INDEX nt_i ON nt_t (a)',
        example: 'REINDEX INDEX CONCURRENTLY nt_i',
        matches: (t) => t[0] === 'REINDEX' && reindexParts(t).concurrently,
    },
    {
        name: 'REINDEX SCHEMA, DATABASE or SYSTEM',
        starts: ['REINDEX'],
        example: 'REINDEX SCHEMA public',
        matches: (t) => t[0] === 'REINDEX' && word(reindexParts(t).kind, 'SCHEMA', 'DATABASE', 'SYSTEM'),
    },
    {
        name: 'VACUUM',
        starts: ['VACUUM'],
        example: 'VACUUM',
        matches: (t) => t[0] === 'VACUUM',
    },
    {
        name: 'CLUSTER of every clustered table',
        starts: ['CLUSTER'],
        example: 'CLUSTER',
        matches: (t) => {
            if (t[0] !== 'CLUSTER')
                return false;
            let i = options(t, 1).next;
            if (t[i] === 'VERBOSE')
                i++;
            return i >= t.length;
        },
    },
    {
        name: 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY',
        starts: ['ALTER TABLE'],
        since: 14,
        setup: 'CREATE TABLE nt_p (a int) PARTITION BY RANGE (a); CREATE TABLE nt_c PARTITION OF nt_p FOR VALUES FROM (0) TO (10)',
        example: 'ALTER TABLE nt_p DETACH PARTITION nt_c CONCURRENTLY',
        matches: (t) => {
            if (t[0] !== 'ALTER' || t[1] !== 'TABLE')
                return false;
            const detach = t.findIndex((x, i) => x === 'DETACH' && t[i + 1] === 'PARTITION');
            return detach > 0 && t.indexOf('CONCURRENTLY', detach) > 0;
        },
    },
    {
        name: 'CREATE DATABASE',
        starts: ['CREATE DATABASE'],
        example: 'CREATE DATABASE nt_db',
        matches: (t) => t[0] === 'CREATE' && t[1] === 'DATABASE',
    },
    {
        name: 'DROP DATABASE',
        starts: ['DROP DATABASE'],
        example: 'DROP DATABASE IF EXISTS nt_db',
        matches: (t) => t[0] === 'DROP' && t[1] === 'DATABASE',
    },
    {
        name: 'ALTER DATABASE ... SET TABLESPACE',
        starts: ['ALTER DATABASE'],
        setup: 'CREATE DATABASE nt_alter_db',
        example: 'ALTER DATABASE nt_alter_db SET TABLESPACE pg_default',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'DATABASE' && t[3] === 'SET' && t[4] === 'TABLESPACE',
    },
    {
        name: 'CREATE TABLESPACE',
        starts: ['CREATE TABLESPACE'],
        example: "CREATE TABLESPACE nt_ts LOCATION '/nonexistent'",
        matches: (t) => t[0] === 'CREATE' && t[1] === 'TABLESPACE',
    },
    {
        name: 'DROP TABLESPACE',
        starts: ['DROP TABLESPACE'],
        example: 'DROP TABLESPACE IF EXISTS nt_ts',
        matches: (t) => t[0] === 'DROP' && t[1] === 'TABLESPACE',
    },
    {
        name: 'ALTER SYSTEM',
        starts: ['ALTER SYSTEM'],
        // A name that is no setting: outside a transaction it fails harmlessly (42704).
        example: 'ALTER SYSTEM RESET pg_promote_never_a_setting',
        matches: (t) => t[0] === 'ALTER' && t[1] === 'SYSTEM',
    },
    {
        name: 'DISCARD ALL',
        starts: ['DISCARD ALL'],
        example: 'DISCARD ALL',
        matches: (t) => t[0] === 'DISCARD' && t[1] === 'ALL',
    },
    {
        name: 'CREATE SUBSCRIPTION ... WITH (create_slot = true)',
        starts: ['CREATE SUBSCRIPTION'],
        example: "CREATE SUBSCRIPTION nt_sub CONNECTION 'host=/nonexistent dbname=none' PUBLICATION nt_pub",
        matches: (t) => {
            if (t[0] !== 'CREATE' || t[1] !== 'SUBSCRIPTION')
                return false;
            const withAt = t.lastIndexOf('WITH');
            const inside = withAt > 0 ? options(t, withAt + 1).inside : [];
            // create_slot defaults to true, and to false when connect = false.
            const off = (name) => inside.includes(name) && !optionOn(inside, name);
            return !off('CREATE_SLOT') && !off('CONNECT');
        },
    },
];
/** The entry the statement falls under, if PostgreSQL refuses it inside a transaction block. */
function noTransactionStatement(text) {
    if (!mayNeedNoTransaction(text))
        return undefined;
    let tokens = statementTokens(text, HEAD_TOKENS);
    if (!FIRST_WORDS.has(tokens[0] ?? ''))
        return undefined;
    const deep = (tokens[0] === 'ALTER' && tokens[1] === 'TABLE' && /detach/i.test(text)) || (tokens[0] === 'CREATE' && tokens[1] === 'SUBSCRIPTION');
    if (deep)
        tokens = statementTokens(text);
    return NO_TRANSACTION_STATEMENTS.find((s) => s.matches(tokens));
}
const HEAD_TOKENS = 24;
const STARTS = NO_TRANSACTION_STATEMENTS.flatMap((s) => s.starts);
const FIRST_WORDS = new Set(STARTS.map((start) => start.split(' ')[0]));
/** First words an entry names alone: whatever follows them, the statement is lexed. */
const ANY_SECOND = new Set(STARTS.filter((start) => !start.includes(' ')));
const TWO_WORD_STARTS = new Set(STARTS.filter((start) => start.includes(' ')));
// Two ASCII identifiers at the very start, each ending where an identifier must end; anything
// else (a comment between the words, a quoted name) goes to the lexer.
const HEAD = /^([A-Za-z_][\w$]*)(?![\w$\x80-\uffff])(?:\s+([A-Za-z_][\w$]*)(?![\w$\x80-\uffff]))?/;
function mayNeedNoTransaction(text) {
    const head = HEAD.exec(text);
    if (!head)
        return true;
    const first = head[1].toUpperCase();
    if (!FIRST_WORDS.has(first))
        return false;
    return ANY_SECOND.has(first) || head[2] === undefined || TWO_WORD_STARTS.has(`${first} ${head[2].toUpperCase()}`);
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
/* harmony import */ var _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7464);
/**
 * Splits a SQL file into statements the way psql's lexer (psqlscan.l) does, so a migration runs
 * statement by statement exactly as `psql -f` would have sent it, and errors can point at lines.
 * It tokenizes only as far as splitting needs: quotes, comments, dollar quotes, parentheses and
 * the words that open and close SQL-standard function bodies.
 */


const ROUTINE_WORDS = new Set(['create', 'or', 'replace', 'function', 'procedure']);
/**
 * psql's heuristic for SQL-standard bodies (`BEGIN ATOMIC ... END`): only in a statement that
 * starts CREATE [OR REPLACE] FUNCTION|PROCEDURE, and only outside parentheses, BEGIN opens a
 * block, CASE nests inside one, END closes one; a semicolon inside a block does not split.
 */
class BlockTracker {
    words = [];
    count = 0;
    routine = false;
    depth = 0;
    /** Whether a word can still matter: the first four decide whether this is a routine at all. */
    get listening() {
        return this.count < 4 || this.routine;
    }
    word(word, parenDepth) {
        const lower = word.toLowerCase();
        if (this.count < 4) {
            if (ROUTINE_WORDS.has(lower))
                this.words[this.count] = lower;
            this.count++;
            const [w0, w1, w2, w3] = this.words;
            this.routine =
                w0 === 'create' &&
                    (w1 === 'function' || w1 === 'procedure' || (w1 === 'or' && w2 === 'replace' && (w3 === 'function' || w3 === 'procedure')));
        }
        if (!this.routine || parenDepth !== 0)
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
    const token = (at) => {
        if (start < 0)
            start = at;
        keywordsOpen = false;
    };
    // Most words are neither among a statement's first keywords nor in a routine's body: a
    // migration run splits every file, so those are not even cut out of the text.
    const word = (at, end) => {
        if (start < 0)
            start = at;
        const keyword = keywordsOpen && keywords.length < 3;
        if (!keyword && !blocks.listening)
            return;
        const text = sql.slice(at, end);
        if (keyword)
            keywords.push((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .asciiUpper */ .oP)(text));
        blocks.word(text, parenDepth);
    };
    const finish = (before) => {
        if (start >= 0) {
            let end = before;
            while (end > start && (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(sql.charCodeAt(end - 1)))
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
        if ((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(c)) {
            i++;
        }
        else if (c === 0x2d && next === 0x2d) {
            while (i < n && sql.charCodeAt(i) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.LF && sql.charCodeAt(i) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.CR)
                i++;
        }
        else if (c === 0x2f && next === 0x2a) {
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipBlockComment */ .cv)(sql, i);
            if (after < 0)
                fail('block comment', i);
            else
                i = after;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA || ((c === 0x45 || c === 0x65) && next === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA)) {
            token(i);
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipQuoted */ .er)(sql, c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA ? i + 1 : i + 2, _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA, c !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA);
            if (after < 0)
                fail('string', i);
            else
                i = after;
        }
        else if ((c === 0x55 || c === 0x75) && next === 0x26 && (sql.charCodeAt(i + 2) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA || sql.charCodeAt(i + 2) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DQUOTE */ .TB)) {
            token(i);
            const quote = sql.charCodeAt(i + 2);
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipQuoted */ .er)(sql, i + 3, quote, false);
            if (after < 0)
                fail(quote === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .QUOTE */ .jA ? 'string' : 'quoted identifier', i);
            else
                i = after;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DQUOTE */ .TB) {
            token(i);
            const after = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipQuoted */ .er)(sql, i + 1, _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DQUOTE */ .TB, false);
            if (after < 0)
                fail('quoted identifier', i);
            else
                i = after;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .DOLLAR */ .hr) {
            token(i);
            const delimiter = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigit */ .yp)(next) ? undefined : (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .dollarDelimiterAt */ .fv)(sql, i);
            if (delimiter === undefined) {
                i = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigit */ .yp)(next) ? (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipDigits */ .QJ)(sql, i + 1) : i + 1;
            }
            else {
                const close = sql.indexOf(delimiter, i + delimiter.length);
                if (close < 0)
                    fail('dollar quote', i);
                else
                    i = close + delimiter.length;
            }
        }
        else if ((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentStart */ .ni)(c)) {
            let j = i + 1;
            while (j < n && (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isIdentCont */ .V0)(sql.charCodeAt(j)))
                j++;
            word(i, j);
            i = j;
        }
        else if ((0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigit */ .yp)(c)) {
            token(i);
            i = (0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .skipDigits */ .QJ)(sql, i);
        }
        else if (c === 0x3b) {
            // psql keeps `;` inside parentheses or an unfinished BEGIN ... END block in the statement.
            if (start >= 0 && (parenDepth > 0 || blocks.depth > 0))
                token(i);
            else
                finish(i);
            i++;
        }
        else if (c === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_) {
            // A meta-command line is psql's, never the server's: it ends the statement before it.
            finish(i);
            let j = i + 1;
            while (j < n && !(0,_lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .isSpace */ .xC)(sql.charCodeAt(j)) && sql.charCodeAt(j) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKSLASH */ .r_)
                j++;
            metaCommands.push({ ...locator.locate(i), text: sql.slice(i, j) });
            while (j < n && sql.charCodeAt(j) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.LF && sql.charCodeAt(j) !== _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.CR)
                j++;
            i = sql.charCodeAt(j) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.CR && sql.charCodeAt(j + 1) === _lexer_rules_js__WEBPACK_IMPORTED_MODULE_1__.LF ? j + 2 : j + 1;
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
