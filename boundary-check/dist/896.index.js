export const id = 896;
export const ids = [896];
export const modules = {

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


/***/ })

};
