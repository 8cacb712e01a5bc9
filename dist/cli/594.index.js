export const id = 594;
export const ids = [594];
export const modules = {

/***/ 6336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ byCodeUnits)
/* harmony export */ });
/**
 * Orders strings by UTF-16 code unit, as `<` does: the same order on every machine. A locale's
 * collation (localeCompare) differs between runners and ICU versions, so which duplicate file
 * is reported first, or the order of a report, would change with the machine; and its first use
 * builds a collator.
 */
const byCodeUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   g: () => (/* binding */ configFileToEdit)
/* harmony export */ });
/** Where pg-promote looks for its config when --config is not given (and where init writes it). */
const DEFAULT_CONFIG_PATH = 'db/promotion.yml';
/** The file a missing setting is to be added to: the config read. */
function configFileToEdit(source) {
    return source;
}


/***/ }),

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

/***/ 2865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource),
/* harmony export */   _: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4532);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);



function parseYamlSource(text, file, schema) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    // A tag the parser cannot resolve (!!js/function, !!python/object) would quietly become a
    // string, and the file then fail somewhere unrelated: it is refused where it is written.
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) {
        const pos = lineCounter.linePos(tag.pos[0]);
        const written = text.slice(tag.pos[0], tag.pos[1]).split(/\s/)[0];
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`YAML tag '${written}' is not supported (write plain values: no tags)`, { file, line: pos.line, column: pos.col });
    }
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`invalid YAML: ${(0,_errors_format_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(err.message)}`, { file });
    }
    if (raw === null || raw === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)('file is empty', { file, line: 1 });
    const lineOf = (path) => lineOfPath(doc, lineCounter, path);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isNode)(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return undefined;
}
/**
 * A file's bytes as text, refusing bytes that are not UTF-8 (read leniently, they would turn
 * into U+FFFD and the file fail later for a reason that does not name them), with the line.
 */
function decodeUtf8(bytes, file) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
        return decoder.decode(bytes);
    }
    catch {
        // The longest prefix that is valid so far (an unfinished sequence at its end is allowed):
        // the next byte is the first bad one.
        let valid = 0;
        let invalid = bytes.length;
        while (invalid - valid > 1) {
            const mid = Math.floor((valid + invalid) / 2);
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
                valid = mid;
            }
            catch {
                invalid = mid;
            }
        }
        // What decoded before the failure ends where the bad sequence starts (its lead byte may
        // have looked fine until the byte after it).
        const start = Buffer.byteLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, valid), { stream: true }));
        const line = bytes.subarray(0, start).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .configError */ .Fj)(`not valid UTF-8 (byte 0x${bytes[start].toString(16).padStart(2, '0')} at offset ${start}); save the file as UTF-8`, { file, line });
    }
}


/***/ }),

/***/ 4594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  boundaryCheck: () => (/* binding */ boundaryCheck),
  sortFindings: () => (/* binding */ sortFindings)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/boundary/exceptions.ts
/**
 * Accepted writes are explicit and visible: an inline marker with a reason on the line (or alone
 * on the line above), or an entry with a reason in the baseline (src/engine/boundary-check.ts).
 */
const MARKER_TEXT = 'boundary-check: allow';
const MARKER = /boundary-check:\s*allow\b[\s:,-]*(.*)$/i;
// Comment closers that may follow the reason on the same line.
const CLOSERS = /\s*(?:\*\/|-->|"""|'''|#}|%>|\*\))\s*$/;
/** Markers of one file, by line. Cheap when the file has none. */
function findMarkers(text) {
    const markers = new Map();
    if (!/boundary-check:/i.test(text))
        return markers;
    text.split(/\r\n|\r|\n/).forEach((content, i) => {
        const m = MARKER.exec(content);
        if (!m)
            return;
        const reason = m[1].replace(CLOSERS, '').trim();
        const standalone = /^\s*(?:\/\/|#|--|\/\*+|\*|<!--|;)?\s*$/.test(content.slice(0, m.index));
        markers.set(i + 1, { line: i + 1, reason, standalone, used: false });
    });
    return markers;
}
function markerFor(markers, line) {
    const above = markers.get(line - 1);
    return markers.get(line) ?? (above?.standalone ? above : undefined);
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/code-unit-order.ts
var code_unit_order = __webpack_require__(6336);
;// CONCATENATED MODULE: ./src/boundary/files.ts




class SkipCounter {
    counts = {};
    add(reason) {
        this.counts[reason] = (this.counts[reason] ?? 0) + 1;
    }
}
const MAX_FILE_BYTES = 4 * 1024 * 1024;
// Never the app's own code, and scanning them would be slow and noisy.
const EXCLUDED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', 'bower_components', '.venv', '__pycache__']);
// Prose, not code: a README quoting an INSERT is documentation of it.
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.rst', '.adoc', '.asciidoc', '.txt', '.rtf', '.org', '.textile']);
// Machine output that repeats source text (a source map embeds every file it maps).
const GENERATED_EXTENSIONS = new Set(['.map', '.lock', '.snap']);
/**
 * Every regular file under `starts` (folders or files relative to the root; '' is the root itself) that `accept` wants
 * (covered by some rule, and by --paths: only these are reported), each once, never leaving the root.
 */
function walkFiles(options) {
    const { root, starts, accept, skipped } = options;
    const realRoot = unlessRefused(() => (0,external_node_fs_.realpathSync)(root));
    if (realRoot === undefined)
        return [];
    const out = [];
    const walkedDirs = new Set();
    const consider = (rel, abs) => {
        if (!accept(rel))
            return;
        const ext = external_node_path_default().extname(rel).toLowerCase();
        if (DOC_EXTENSIONS.has(ext))
            skipped.add('documentation');
        else if (GENERATED_EXTENSIONS.has(ext))
            skipped.add('generated');
        else
            out.push({ rel, abs });
    };
    const walkDir = (rel, abs, real, chain) => {
        if (walkedDirs.has(real))
            return;
        walkedDirs.add(real);
        const entries = unlessRefused(() => (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true }));
        if (!entries)
            return void skipped.add('unreadable');
        entries.sort((a, b) => (0,code_unit_order/* byCodeUnits */.C)(a.name, b.name));
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = child(abs, entry.name);
            if (entry.isDirectory()) {
                if (EXCLUDED_DIRS.has(entry.name))
                    skipped.add('vendored or VCS folder');
                else
                    walkDir(childRel, childAbs, child(real, entry.name), chain);
            }
            else if (entry.isFile()) {
                consider(childRel, childAbs);
            }
            else if (entry.isSymbolicLink()) {
                followLink(childRel, childAbs, chain);
            }
            else if (accept(childRel)) {
                skipped.add('not a regular file');
            }
        }
    };
    const followLink = (rel, abs, chain) => {
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(abs);
        }
        catch (err) {
            const code = err.code;
            if (accept(rel) || code === 'ELOOP')
                skipped.add(code === 'ELOOP' ? 'symlink loop' : 'unreadable');
            return;
        }
        const inside = external_node_path_default().relative(realRoot, target);
        if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside)) {
            if (accept(rel))
                skipped.add('symlink outside the root');
            return;
        }
        const st = unlessRefused(() => (0,external_node_fs_.statSync)(target));
        if (st?.isDirectory()) {
            // A link to a folder that contains it would make the walk endless.
            if (chain.some((c) => target === c || c.startsWith(target + (external_node_path_default()).sep)))
                skipped.add('symlink loop');
            else
                walkDir(rel, target, target, [...chain, target]);
        }
        else if (!st?.isFile()) {
            // A FIFO, a socket or a device is no source file (and reading a FIFO would hang).
            if (accept(rel))
                skipped.add(st ? 'not a regular file' : 'unreadable');
        }
        else {
            // Reached under its own name too when a rule covers that: one file, one set of findings.
            const ownRel = inside.split((external_node_path_default()).sep).join('/');
            if (ownRel === rel || !accept(ownRel) || !starts.some((s) => s === '' || ownRel === s || ownRel.startsWith(`${s}/`)))
                consider(rel, target);
        }
    };
    for (const start of dedupeStarts(starts)) {
        const abs = external_node_path_default().join(root, start);
        const st = unlessRefused(() => (0,external_node_fs_.lstatSync)(abs));
        if (st?.isSymbolicLink())
            followLink(start, abs, [realRoot]);
        else if (st?.isDirectory())
            walkDir(start, abs, external_node_path_default().join(realRoot, start), [realRoot, external_node_path_default().join(realRoot, start)]);
        else if (st?.isFile())
            consider(start, abs);
    }
    return out;
}
/** What a file system call answers, or undefined where it fails (a file gone, a folder unreadable). */
function unlessRefused(call) {
    try {
        return call();
    }
    catch {
        return undefined;
    }
}
/** path.join for a normalized folder and a name from readdir, without normalizing the whole path again. */
function child(dir, name) {
    return dir.endsWith((external_node_path_default()).sep) ? dir + name : dir + (external_node_path_default()).sep + name;
}
/** `apps` already covers `apps/vh`: walking both would read every file twice. */
function dedupeStarts(starts) {
    const sorted = [...starts].sort((a, b) => a.length - b.length);
    return sorted.filter((s, j) => !sorted.slice(0, j).some((k) => k === '' || s === k || s.startsWith(`${k}/`)));
}
// O_NONBLOCK: the walk passes regular files only, but one swapped for a FIFO since then must not
// hang the open (it reads as empty instead). On a regular file the flag changes nothing.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/** A buffer for readSource to fill: one per scan instead of a new one per file, which on a large tree was a sixth of the reading. */
const newReadBuffer = () => Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
/**
 * A file's bytes, or why it is not scanned. Its size is asked first: a file over the limit is
 * known before megabytes of it are read. The read goes on to the end, for a file that reports no
 * size (as on some special file systems): that is checked after. With `into` (newReadBuffer) the
 * bytes are a view of it, good until its next read.
 */
function readSource(abs, into) {
    let bytes;
    try {
        const fd = (0,external_node_fs_.openSync)(abs, OPEN_FLAGS);
        try {
            const st = (0,external_node_fs_.fstatSync)(fd);
            if (!st.isFile())
                return { ok: false, reason: 'not a regular file' };
            if (st.size > MAX_FILE_BYTES)
                return { ok: false, reason: 'too large' };
            if (into) {
                let n = 0;
                let got = 0;
                while (n < into.length && (got = (0,external_node_fs_.readSync)(fd, into, n, into.length - n, null)) > 0)
                    n += got;
                bytes = into.subarray(0, n);
            }
            else
                bytes = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return { ok: false, reason: 'unreadable' };
    }
    if (bytes.length > MAX_FILE_BYTES)
        return { ok: false, reason: 'too large' };
    // git's test: a NUL byte near the start means binary.
    if (bytes.subarray(0, 8000).indexOf(0) >= 0)
        return { ok: false, reason: 'binary' };
    if (!(0,external_node_buffer_.isUtf8)(bytes))
        return { ok: false, reason: 'not UTF-8' };
    return { ok: true, bytes };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/boundary/rules.ts



const MAGIC = /[*?[\]{}()!+@]/;
function compilePattern(written, where) {
    const negated = written.startsWith('!');
    let pattern = (negated ? written.slice(1) : written).trim().replace(/\\/g, '/');
    while (pattern.startsWith('./'))
        pattern = pattern.slice(2);
    const bad = (why) => (0,promote_error/* configError */.Fj)(`${where.rule ? `rule '${where.rule}': ` : ''}path '${written}' ${why}`, { file: where.file, key: where.key });
    if (pattern === '' || pattern.includes('\0'))
        throw bad('is empty');
    if (external_node_path_default().posix.isAbsolute(pattern) || /^[A-Za-z]:\//.test(pattern))
        throw bad('is absolute; write it relative to the repository root');
    if (pattern.split('/').includes('..'))
        throw bad('leaves the repository root');
    pattern = pattern.replace(/\/+$/, '');
    const segments = pattern.split('/');
    const firstMagic = segments.findIndex((s) => MAGIC.test(s));
    if (firstMagic < 0) {
        // A plain path is a file or a folder: `apps/vh` and `apps/vh/` both mean everything under it.
        const prefix = `${pattern}/`;
        return { negated, base: pattern, literal: pattern, test: (rel) => rel === pattern || rel.startsWith(prefix) };
    }
    const mm = new esm/* Minimatch */.VR(pattern, { dot: true, nocomment: true, nonegate: true });
    const re = mm.makeRe();
    if (re === false)
        throw bad('is not a valid glob');
    // `apps/vh/**` matches the folder itself in minimatch; files are all we ever test.
    return { negated, base: segments.slice(0, firstMagic).join('/'), test: (rel) => re.test(rel) };
}
/**
 * Rules as the config gives them (its schema has checked each name, path list and identifier),
 * checked together and compiled. A rule that protects nothing, or covers nothing, would pass
 * every file: that is a configuration error naming the rule.
 */
function compileRules(rules, source) {
    return rules.map((rule, i) => {
        const key = `boundary_check.rules.${i}`;
        if (rules.findIndex((r) => r.name === rule.name) < i)
            throw (0,promote_error/* configError */.Fj)(`rule '${rule.name}' is defined twice`, { file: source, key: `${key}.name` });
        const schemas = rule.protectedSchemas.map((s) => s.toLowerCase());
        const prefixes = rule.protectedPrefixes.map((p) => p.toLowerCase());
        if (schemas.length === 0 && prefixes.length === 0) {
            throw (0,promote_error/* configError */.Fj)(`rule '${rule.name}' protects nothing: give it protected_schemas or protected_prefixes`, { file: source, key: key });
        }
        const matchers = rule.paths.map((p, j) => compilePattern(p, { file: source, key: `${key}.paths.${j}`, rule: rule.name }));
        const include = matchers.filter((m) => !m.negated);
        const exclude = matchers.filter((m) => m.negated);
        if (include.length === 0)
            throw (0,promote_error/* configError */.Fj)(`rule '${rule.name}' only excludes paths: it would check nothing`, { file: source, key: `${key}.paths` });
        return {
            name: rule.name,
            paths: rule.paths,
            include,
            protectedSchemas: schemas,
            protectedPrefixes: prefixes,
            covers: (rel) => include.some((m) => m.test(rel)) && !exclude.some((m) => m.test(rel)),
            // A statement on a schema itself is protected by the schema alone; on an object, by its schema or its name's prefix.
            protects: (t) => (t.schema !== undefined && schemas.includes(t.schema)) || (!t.schemaObject && prefixes.some((p) => t.name?.startsWith(p))),
        };
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/report/boundary-sarif.ts


/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one reporting rule per boundary rule (its id
 * is the rule's name, so it stays stable across runs), repository-relative paths, regions in
 * code points, and a fingerprint that survives edits elsewhere in the file. Accepted findings
 * are kept, with their suppression and reason, so code scanning shows them as dismissed.
 */
const sarifRuleId = (rule) => `pg-promote/boundary/${rule}`;
function buildSarif(rules, findings, accepted) {
    const ruleIndex = new Map(rules.map((r, i) => [r.name, i]));
    const occurrences = new Map();
    const result = (f, suppression) => {
        const key = `${f.file}\0${f.rule}\0${f.kind}\0${f.object.toLowerCase()}`;
        const nth = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, nth);
        return {
            ruleId: sarifRuleId(f.rule),
            ruleIndex: ruleIndex.get(f.rule) ?? 0,
            level: 'error',
            message: { text: `${f.kind} writes to protected ${f.object} (rule ${f.rule}; found by ${f.via}).` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: f.line,
                            startColumn: f.column,
                            endLine: f.line,
                            endColumn: f.endColumn ?? f.column + f.object.length,
                            ...(f.snippet ? { snippet: { text: f.snippet } } : {}),
                        },
                    },
                },
            ],
            partialFingerprints: { 'pgPromoteBoundary/v1': (0,external_node_crypto_.createHash)('sha256').update(`${key}\0${nth}`).digest('hex').slice(0, 32) },
            ...(suppression
                ? { suppressions: [{ kind: suppression.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: suppression.reason }] }
                : {}),
        };
    };
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pg-promote boundary-check',
                        semanticVersion: version/* VERSION */.x,
                        informationUri: 'https://github.com/pg-promote/pg-promote#boundary-check',
                        rules: rules.map((r) => ({
                            id: sarifRuleId(r.name),
                            name: r.name,
                            shortDescription: { text: `Code under ${r.paths.join(', ')} must not write to ${protectedText(r)}.` },
                            fullDescription: {
                                text: `Any statement that changes data or schema of a protected object (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, ALTER, DROP, CREATE, GRANT, REVOKE), in SQL files, SQL string literals or query-builder calls, is a finding. Reading is allowed.`,
                            },
                            help: { text: `Move the write behind the owning app's API, or accept it with a reason: an inline 'boundary-check: allow <reason>' comment or a baseline entry.` },
                            defaultConfiguration: { level: 'error' },
                            properties: { tags: ['security', 'sql', 'architecture'], precision: 'high', 'problem.severity': 'error' },
                        })),
                    },
                },
                columnKind: 'unicodeCodePoints',
                results: [...findings.map((f) => result(f)), ...accepted.map((a) => result(a, a))],
            },
        ],
    };
}
function protectedText(r) {
    const parts = [...r.protectedSchemas.map((s) => `schema ${s}`), ...r.protectedPrefixes.map((p) => `tables named ${p}*`)];
    return parts.join(' or ');
}

// EXTERNAL MODULE: ./src/sql/position.ts
var position = __webpack_require__(8305);
// EXTERNAL MODULE: ./src/sql/parser.ts
var parser = __webpack_require__(7117);
// EXTERNAL MODULE: ./src/sql/lexer-rules.ts
var lexer_rules = __webpack_require__(7464);
;// CONCATENATED MODULE: ./src/boundary/string-forms.ts
/**
 * The string form opening at `at` behind the prefix just read, as the prefix (r, f, @, $, r#, R)
 * changed it, or undefined when the prefix is none that this language glues to a quote there.
 */
function prefixedForm(src, profile, prefix, at) {
    if (!profile.stringPrefix?.test(prefix))
        return undefined;
    // Every language with prefixes has the plain double quote: a quote it lacks (a backtick) takes none.
    const form = profile.quotes.find((q) => src.startsWith(q.open, at));
    if (!form)
        return undefined;
    if (profile.name === 'python') {
        return { ...form, escapes: /r/i.test(prefix) ? 'none' : form.escapes, interpolation: /f/i.test(prefix) ? '{}' : undefined };
    }
    if (prefix.includes('@') || prefix.includes('$')) {
        const verbatim = prefix.includes('@');
        const interpolation = prefix.includes('$') ? '{}' : form.interpolation;
        return { ...form, escapes: verbatim ? 'doubled' : form.escapes, multiline: verbatim || form.multiline, interpolation };
    }
    if (/^r#*$/.test(prefix) && src[at] === '"') {
        return { open: '"', close: '"' + '#'.repeat(prefix.length - 1), escapes: 'none', multiline: true };
    }
    if (prefix === 'R' && src[at] === '"') {
        const paren = src.indexOf('(', at);
        if (paren < 0 || paren - at > 17)
            return undefined;
        return { open: src.slice(at, paren + 1), close: `)${src.slice(at + 1, paren)}"`, escapes: 'none', multiline: true };
    }
    return form;
}
const LINE_REST = /[^\n\r]*/y;
/** Where the line holding i ends (the index of its line break, or the text's end). */
function lineEnd(src, i) {
    LINE_REST.lastIndex = i;
    LINE_REST.test(src);
    return LINE_REST.lastIndex;
}
const HEREDOC_OPENER = {
    php: /^<<<[ \t]*(["']?)([A-Za-z_]\w*)\1/,
    ruby: /^<<([-~]|(?=["'`A-Z]))(["'`]?)([A-Za-z_]\w*)\2/,
    shell: /^<<(-?)[ \t]*(["']?)([A-Za-z_]\w*)\2/,
};
/**
 * The heredoc whose opener starts at i (at `<<`), or undefined when there is none or its closing
 * tag never comes. The opener (`<<~SQL`) is the string token, ending at `end`; the body's text is
 * [contentStart, contentEnd), and the lexer jumps from bodyStart (the opener line's end) to skipTo.
 */
function heredocAt(src, i, kind) {
    const m = HEREDOC_OPENER[kind].exec(src.slice(i, i + 80));
    if (!m)
        return undefined;
    const tag = m[m.length - 1];
    const nextLine = (end) => end + (src.startsWith('\r\n', end) ? 2 : 1);
    const bodyStart = lineEnd(src, i);
    const contentStart = nextLine(bodyStart);
    for (let lineStart = contentStart, end = 0; lineStart < src.length; lineStart = nextLine(end)) {
        end = lineEnd(src, lineStart);
        const line = src.slice(lineStart, end).trim();
        if (line === tag || line === `${tag};`)
            return { end: i + m[0].length, contentStart, contentEnd: lineStart, bodyStart, skipTo: end };
    }
    return undefined;
}
// A regular expression literal: an escape takes any next character, a class ([...]) may hold a slash, a line break ends it unclosed.
const REGEX_LITERAL = /\/(?:\\[\s\S]|\[(?:\\[\s\S]|[^\]\\\n\r])*\]|[^\\/[\n\r])*\/[a-z]*/y;
/**
 * Where a JavaScript-style regular expression literal opening at `i` ends (after its flags), or
 * -1 when the line ends first: then the slash was division. A quote inside /['"]/ is no string.
 */
function regexLiteralEnd(src, i) {
    REGEX_LITERAL.lastIndex = i;
    return REGEX_LITERAL.test(src) ? REGEX_LITERAL.lastIndex : -1;
}

;// CONCATENATED MODULE: ./src/boundary/lexer.ts


/**
 * A tolerant lexer for source files of any language: it finds string literals (with their
 * decoded text and where each character came from), skips comments, and keeps the code tokens
 * for fragment joining and the query-builder check. A wrong guess about one string must only
 * cost that string: a single-line string that never closes is a quote character, no more.
 * Interpolations become `__`, an identifier, so `eng_${x}` still reads as a name starting with eng_.
 */
const PLACEHOLDER = '__';
const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const isNl = (c) => c === '\n' || c === '\r';
/** The tokens, and whether the code is broken: a bracket closed that was never opened or left open, a multi-line string never closed. */
function lex(src, profile) {
    const lexer = new Lexer(src, profile);
    lexer.code(0, false);
    return { tokens: lexer.tokens, broken: lexer.broken || lexer.depth > 0 };
}
class Lexer {
    src;
    profile;
    tokens = [];
    nl = true;
    depth = 0;
    broken = false;
    /** Heredoc bodies already taken as strings: from the line end before each to the end of its closing line. */
    skip = new Map();
    longConcat;
    /** Characters that may open a comment, a string, a heredoc or a regular expression (all ASCII), by code: only these take the full checks. */
    openers;
    constructor(src, profile) {
        this.src = src;
        this.profile = profile;
        this.longConcat = profile.concat.filter((o) => o.length > 1);
        const opens = [...profile.blockComments.map((b) => b[0]), ...profile.lineComments, ...profile.quotes.map((q) => q.open), profile.heredoc ? '<' : '', profile.regexLiterals ? '/' : ''];
        this.openers = new Uint8Array(128);
        for (const o of opens)
            if (o)
                this.openers[o.charCodeAt(0)] = 1;
    }
    /** Lexes code from i to the end, or (untilBrace) to the brace closing an interpolation: returns the index after it. */
    code(i, untilBrace) {
        const src = this.src;
        let braces = 0;
        while (i < src.length) {
            const c = src.charCodeAt(i);
            if ((0,lexer_rules/* isSpace */.xC)(c)) {
                i = this.skip.size > 0 ? (this.skip.get(i) ?? i + 1) : i + 1;
                this.nl ||= c === 10 || c === 13;
                continue;
            }
            const next = (0,lexer_rules/* isIdentCont */.V0)(c) || c === 64 ? ((0,lexer_rules/* isDigit */.yp)(c) ? this.number(i) : this.word(i)) : c < 128 && this.openers[c] === 1 ? this.opened(i, c) : -1;
            if (next >= 0) {
                i = next;
                continue;
            }
            const ch = src[i];
            if (untilBrace && ch === '{')
                braces++;
            else if (untilBrace && ch === '}' && braces-- === 0)
                return i + 1;
            if (ch === ')' || ch === ']' || ch === '}') {
                this.broken ||= this.depth === 0;
                this.depth = Math.max(0, this.depth - 1);
            }
            const len = this.longConcat.length > 0 ? (this.longConcat.find((o) => src.startsWith(o, i))?.length ?? 1) : 1;
            this.push('p', i, i + len);
            if (ch === '(' || ch === '[' || ch === '{')
                this.depth++;
            i += len;
        }
        return src.length;
    }
    /** What starts at i, when it is more than one character of punctuation: the index after it, or -1. */
    opened(i, c) {
        const { src, profile } = this;
        for (const [open, close] of profile.blockComments) {
            if (src.startsWith(open, i) && (open !== '=begin' || i === 0 || isNl(src[i - 1])))
                return this.skipBlock(i, open, close);
        }
        const lc = profile.lineComments.find((l) => src.startsWith(l, i));
        if (lc && (!profile.commentAtWordStart || i === 0 || /[\s;|&(]/.test(src[i - 1])))
            return lineEnd(src, i);
        const doc = profile.heredoc && src.startsWith('<<', i) ? heredocAt(src, i, profile.heredoc) : undefined;
        if (doc) {
            this.push({ t: 'str', start: i, end: doc.end, text: src.slice(doc.contentStart, doc.contentEnd), base: doc.contentStart, nl: this.nl, depth: this.depth });
            this.skip.set(doc.bodyStart, doc.skipTo);
            return doc.end;
        }
        const form = profile.quotes.find((q) => src.startsWith(q.open, i));
        // Unclosed (an apostrophe in JSX text, say): the quote is just a character.
        const end = form ? this.string(i, i, form) : -1;
        if (end > 0)
            return end;
        const regexEnd = c === 47 && profile.regexLiterals && this.regexAllowed() ? regexLiteralEnd(src, i) : -1;
        if (regexEnd > 0)
            this.push('p', i, regexEnd);
        return regexEnd;
    }
    number(i) {
        let j = i + 1;
        while (j < this.src.length && ((0,lexer_rules/* isIdentCont */.V0)(this.src.charCodeAt(j)) || this.src[j] === '.'))
            j++;
        this.push('num', i, j);
        return j;
    }
    /**
     * An identifier, or a string with a prefix glued to it (r"", f'', @"..."). Its identifier
     * stops at an @ or # inside it (`a@b`), but the word runs on; a lone @ is left to the caller as punctuation.
     */
    word(i) {
        const src = this.src;
        let k = i;
        while ((0,lexer_rules/* isIdentCont */.V0)(src.charCodeAt(k)))
            k++;
        let j = k;
        while ((0,lexer_rules/* isIdentCont */.V0)(src.charCodeAt(j)) || src[j] === '@' || src[j] === '#')
            j++;
        const q = src[j];
        const form = q === '"' || q === "'" || q === '`' ? prefixedForm(src, this.profile, src.slice(i, j), j) : undefined;
        const end = form ? this.string(j, i, form) : -1;
        if (end > 0)
            return end;
        if (k > i)
            this.push('id', i, k);
        return k > i ? k : -1;
    }
    /** A string literal whose opener starts at i (its prefix at openAt): the index after it, or -1 when it never closes. */
    string(i, openAt, form) {
        const { src } = this;
        const { close, escapes, interpolation } = form;
        const base = i + form.open.length;
        const first = close[0];
        let j = base;
        // Most literals are their source verbatim: text and map are built only from the first character that is not.
        let text = '';
        let map;
        const closeCode = close.charCodeAt(0);
        for (;;) {
            if (!map)
                j = this.verbatimRun(j, closeCode, interpolation !== undefined);
            if (j >= src.length) {
                this.broken ||= form.multiline;
                return -1;
            }
            const c = src[j];
            if (c === first && src.startsWith(close, j) && !(escapes === 'doubled' && src.startsWith(close, j + close.length)))
                break;
            if (isNl(c) && !form.multiline)
                return -1;
            let took = 1;
            let decoded = c;
            let after = -1;
            if (c === first && src.startsWith(close, j)) {
                decoded = close;
                took = 2 * close.length;
            }
            else if (c === '\\' && escapes === 'backslash') {
                const next = src[j + 1];
                if (next === undefined)
                    return -1;
                // A line continuation joins the lines: nothing goes into the text.
                decoded = isNl(next) ? '' : (ESCAPES[next] ?? next);
                took = next === '\r' && src[j + 2] === '\n' ? 3 : 2;
            }
            else if (c === '\\' && escapes === 'quote-only' && (src[j + 1] === '\\' || src.startsWith(close, j + 1))) {
                decoded = src[j + 1];
                took = 2;
            }
            else if (interpolation === '{}' && (src.startsWith('{{', j) || src.startsWith('}}', j))) {
                took = 2;
            }
            else if (interpolation) {
                after = this.interpolationEnd(j, interpolation);
            }
            if (!map && took === 1 && after <= j) {
                j++;
                continue;
            }
            if (!map) {
                text = src.slice(base, j);
                map = Array.from({ length: j - base }, (_, k) => base + k);
            }
            if (after > j) {
                text += PLACEHOLDER;
                // The stand-in's two characters map to the interpolation's first and last: a name
                // ending in one is shown as the source spells it.
                map.push(j, after - 1);
                j = after;
                continue;
            }
            if (decoded) {
                text += decoded;
                map.push(j);
            }
            j += took;
        }
        const end = j + close.length;
        this.push({ t: 'str', start: openAt, end, text: map ? text : src.slice(base, j), map, base, nl: this.nl, depth: this.depth });
        return end;
    }
    /** From j, the first character that may close, escape or interpolate a literal, or break its line: the rest are its text as they are. */
    verbatimRun(j, closeCode, interpolates) {
        const src = this.src;
        for (; j < src.length; j++) {
            const c = src.charCodeAt(j);
            if (c === closeCode || c === 92 || c === 10 || c === 13 || (interpolates && (c === 36 || c === 35 || c === 123 || c === 125)))
                return j;
        }
        return j;
    }
    /** End of the interpolation starting at j, or -1 when there is none. Its code is lexed: it may hold strings and builder calls. */
    interpolationEnd(j, kind) {
        const src = this.src;
        const c = src[j];
        if (src[j + 1] === '{' && (c === '$' ? kind === '${}' || kind === '$' : c === '#' && kind === '#{}'))
            return this.code(j + 2, true);
        if (kind === '{}' && c === '{' && src[j + 1] !== '{')
            return this.code(j + 1, true);
        if (kind === '$' && c === '$') {
            if (src[j + 1] === '(')
                return this.skipBlock(j + 1, '(', ')', true);
            let k = j + 1;
            while (k < src.length && /[A-Za-z0-9_]/.test(src[k]))
                k++;
            return k > j + 1 ? k : -1;
        }
        return -1;
    }
    /** A block comment, or (nested) a shell's $( ): the index after its closer. Its line breaks set nl, which only Python's docstring test reads. */
    skipBlock(i, open, close, nested = this.profile.nestedBlockComments) {
        const src = this.src;
        let d = 1;
        for (let j = i + open.length; j < src.length;) {
            if (nested && src.startsWith(open, j)) {
                d++;
                j += open.length;
            }
            else if (src.startsWith(close, j)) {
                j += close.length;
                if (--d === 0)
                    return j;
            }
            else {
                if (isNl(src[j]))
                    this.nl = true;
                j++;
            }
        }
        return src.length;
    }
    regexAllowed() {
        const prev = this.tokens[this.tokens.length - 1];
        if (prev?.t === 'id')
            return REGEX_AFTER_WORDS.has(prev.value);
        // After a string or a number, or a closing bracket, a slash divides.
        return !prev || (prev.t === 'p' && prev.value !== ')' && prev.value !== ']' && prev.value !== '}');
    }
    push(t, start = 0, end = 0) {
        this.tokens.push(typeof t === 'object' ? t : { t, start, end, value: this.src.slice(start, end), nl: this.nl, depth: this.depth });
        this.nl = false;
    }
}

;// CONCATENATED MODULE: ./src/boundary/tokens.ts
/** Where the text's character k came from, or undefined when k is past its end. */
function offsetOf(source, k) {
    if (source.map)
        return source.map[k];
    return k >= 0 && k < source.text.length ? (source.base ?? 0) + k : undefined;
}
/** The source offset of the text's last character (undefined for empty text). */
function lastOffsetOf(source) {
    return source.map ? source.map[source.map.length - 1] : offsetOf(source, source.text.length - 1);
}
const isP = (t, v) => t?.t === 'p' && t.value === v;
const idOf = (t) => (t?.t === 'id' ? t.value : undefined);
const textOf = (t) => (t?.t === 'str' ? t.text : undefined);
/** The parenthesis matching the one at `from`: rightwards from a `(` (step 1), leftwards from a `)` (step -1). */
function matching(tokens, from, step) {
    const [same, other] = step > 0 ? ['(', ')'] : [')', '('];
    let depth = 0;
    for (let k = from; k >= 0 && k < tokens.length; k += step) {
        if (isP(tokens[k], same))
            depth++;
        else if (isP(tokens[k], other) && --depth === 0)
            return k;
    }
    return step > 0 ? tokens.length : -1;
}
/** Index of the token before the member accessor in front of token i (`.`, `?.`, `->`, `::`), or -1. */
function accessorBefore(tokens, i) {
    if (isP(tokens[i - 1], '.'))
        return isP(tokens[i - 2], '?') ? i - 3 : i - 2;
    if (isP(tokens[i - 1], '>') && isP(tokens[i - 2], '-'))
        return i - 3;
    if (isP(tokens[i - 1], ':') && isP(tokens[i - 2], ':'))
        return i - 3;
    return -1;
}

;// CONCATENATED MODULE: ./src/boundary/fragments.ts


// Messages about SQL are not SQL: a literal handed straight to one of these is a log line, an
// error text, a test title or a translation key.
const MESSAGE_CALLEE = /^(?:log|logs|debug|info|warn|warning|error|errors|fatal|trace|critical|exception|notice|verbose|print|println|printf|eprintln|eprint|puts|echo|Print|Printf|Println|Sprintf|Errorf|Fatalf|Fatal|Panicf|Debugf|Infof|Warnf|Warningf|Logf|alert|assert\w*|describe|it|test|context|t|_|gettext|ngettext|i18n|translate)$/;
const MESSAGE_CONSTRUCTOR = /(?:Error|Exception|Warning)$/;
// A shell command's own output, unless piped into another command (psql, say).
const SHELL_MESSAGE = /^(?:echo|printf|log|info|warn|error)$/;
/** The fragments, with the code tokens (for the query-builder check; none for a whole-text file) and whether they are broken (see lex). */
function extractFragments(src, profile) {
    if (profile.wholeText)
        return { fragments: [{ text: blankComments(src, profile), open: false }], tokens: [] };
    const { tokens, broken } = lex(src, profile);
    const fragments = [];
    for (let i = 0; i < tokens.length; i++) {
        const head = tokens[i];
        if (head.t !== 'str')
            continue;
        const first = i;
        // The literals joined to this one: every string token from first to last (i) is a piece.
        for (;;) {
            if (tokens[i + 1]?.t === 'str' && profile.adjacentConcat)
                i++;
            else if (isConcat(tokens[i + 1], profile) && tokens[i + 2]?.t === 'str')
                i += 2;
            else
                break;
        }
        const last = i;
        if (isMessage(tokens, first, last, profile) || isDocstring(tokens, first, last, profile))
            continue;
        const open = isConcat(tokens[first - 1], profile) || isConcat(tokens[last + 1], profile);
        if (first === last) {
            fragments.push({ text: head.text, map: head.map, base: head.base, open });
            continue;
        }
        // Pieces are joined with nothing: 'INSERT INTO ' + 'eng.t' is written with its own spaces.
        const parts = tokens.slice(first, last + 1).filter((t) => t.t === 'str');
        const map = parts.flatMap((p) => p.map ?? Array.from({ length: p.text.length }, (_, c) => p.base + c));
        fragments.push({ text: parts.map((p) => p.text).join(''), map, open });
    }
    return { fragments, tokens, broken };
}
function isConcat(token, profile) {
    return token?.t === 'p' && profile.concat.includes(token.value);
}
function isMessage(tokens, first, last, profile) {
    if (profile.name === 'shell')
        return SHELL_MESSAGE.test(idOf(tokens[first - 1]) ?? '') && !isP(tokens[last + 1], '|');
    const callee = isP(tokens[first - 1], '(') ? (idOf(tokens[first - 2]) ?? '') : '';
    return MESSAGE_CALLEE.test(callee) || MESSAGE_CONSTRUCTOR.test(callee);
}
/** Python: a string that is a statement of its own (a docstring) documents code; it never runs. */
function isDocstring(tokens, first, last, profile) {
    const head = tokens[first];
    return !!profile.docstrings && head.depth === 0 && head.nl && (tokens[last + 1]?.nl ?? true);
}
// A YAML comment: a # at the text's start or after a space, unless a quoted scalar (a quote at a
// value's start, closed or not, never past its line) holds it.
const YAML_COMMENT = /(?<=^|[\s:\-[{,])(["'])[^\n\r]*?(?:\1|(?=[\n\r])|$)|(?<=^|\s)#[^\n\r]*/g;
/** Source text with comments blanked (offsets kept): for whole-text files (YAML; SQL keeps its comments). */
function blankComments(src, profile) {
    if (profile.lineComments.length === 0)
        return src;
    return src.replace(YAML_COMMENT, (m, quote) => (quote ? m : ' '.repeat(m.length)));
}

;// CONCATENATED MODULE: ./src/boundary/languages.ts

const dq = (escapes = 'backslash', interpolation, multiline = false) => ({ open: '"', close: '"', escapes, multiline, interpolation });
const sq = (escapes = 'backslash', multiline = false) => ({ open: "'", close: "'", escapes, multiline });
const triple = (q, escapes = 'backslash', interpolation) => ({ open: q.repeat(3), close: q.repeat(3), escapes, multiline: true, interpolation });
const C = { lineComments: ['//'], blockComments: [['/*', '*/']] };
const TEMPLATE = { open: '`', close: '`', escapes: 'backslash', multiline: true, interpolation: '${}' };
const JS = { name: 'javascript', ...C, quotes: [TEMPLATE, dq(), sq()], regexLiterals: true, concat: ['+'], builders: true };
const PYTHON = { name: 'python', lineComments: ['#'], blockComments: [], quotes: [triple('"'), triple("'"), dq(), sq()], stringPrefix: /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/, concat: ['+'], adjacentConcat: true, docstrings: true, builders: true };
const RUBY = { name: 'ruby', lineComments: ['#'], blockComments: [['=begin', '=end']], quotes: [dq('backslash', '#{}', true), sq('quote-only', true)], heredoc: 'ruby', concat: ['+', '<<'], adjacentConcat: true, builders: true };
const GO = { name: 'go', ...C, quotes: [{ open: '`', close: '`', escapes: 'none', multiline: true }, dq()], concat: ['+'], builders: true };
const C_LIKE = { name: 'c-like', ...C, quotes: [triple('"', 'backslash', '${}'), dq('backslash', '${}'), sq()], stringPrefix: /^(?:[@$]{1,2}|[rR]#*|[bB]|[LuU]|u8|R)$/, concat: ['+'], adjacentConcat: true, builders: true };
const RUST = { ...C_LIKE, name: 'rust', nestedBlockComments: true, quotes: [dq('backslash', undefined, true)], adjacentConcat: false };
const PHP = { name: 'php', lineComments: ['//', '#'], blockComments: C.blockComments, quotes: [dq('backslash', '$', true), sq('quote-only', true)], heredoc: 'php', concat: ['.'], builders: true };
const SHELL = { name: 'shell', lineComments: ['#'], commentAtWordStart: true, blockComments: [], quotes: [dq('backslash', '$', true), sq('none', true)], heredoc: 'shell', concat: [] };
const LUA = { name: 'lua', lineComments: ['--'], blockComments: [['--[[', ']]']], quotes: [{ open: '[[', close: ']]', escapes: 'none', multiline: true }, dq(), sq()], concat: ['..'] };
const SQL = { name: 'sql', wholeText: true, lineComments: [], blockComments: [], quotes: [], concat: [] };
// YAML values are unquoted strings: the file is text, minus its comments.
const YAML = { name: 'yaml', wholeText: true, lineComments: ['#'], commentAtWordStart: true, blockComments: [], quotes: [], concat: [] };
const HTML = { ...JS, name: 'html', blockComments: [['<!--', '-->'], ['/*', '*/']] };
const GENERIC = { name: 'generic', lineComments: ['//', '#'], commentAtWordStart: true, blockComments: C.blockComments, quotes: [triple('"'), triple("'"), TEMPLATE, dq(), sq()], concat: ['+', '.', '..', '||'], adjacentConcat: true, builders: true };
const EXTENSIONS = [
    [JS, 'js mjs cjs jsx ts mts cts tsx'],
    [HTML, 'vue svelte astro html htm ejs hbs'],
    [PYTHON, 'py pyi pyw'],
    [RUBY, 'rb rake gemspec erb'],
    [GO, 'go'],
    [C_LIKE, 'java kt kts scala groovy gradle cs c h cc cpp cxx hpp m mm swift dart fs fsx'],
    [RUST, 'rs'],
    [PHP, 'php phtml'],
    [SHELL, 'sh bash zsh ksh fish env envrc'],
    [LUA, 'lua'],
    [SQL, 'sql psql pgsql ddl dml'],
    [YAML, 'yml yaml'],
];
const BY_EXTENSION = new Map();
for (const [profile, extensions] of EXTENSIONS)
    for (const ext of extensions.split(' '))
        BY_EXTENSION.set(`.${ext}`, profile);
// A Map, not an object: a file named `constructor` or `toString` must not find Object.prototype's.
const BY_NAME = new Map(Object.entries({ Dockerfile: SHELL, Makefile: SHELL, Rakefile: RUBY, Gemfile: RUBY, Procfile: SHELL }));
function profileFor(rel) {
    const base = external_node_path_default().posix.basename(rel);
    return BY_EXTENSION.get(external_node_path_default().posix.extname(base).toLowerCase()) ?? BY_NAME.get(base) ?? GENERIC;
}

// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
;// CONCATENATED MODULE: ./src/boundary/orms/project-json.ts

/**
 * A JavaScript project's JSON files (tsconfig.json, jsconfig.json, package.json) as their tools
 * read them: a byte-order mark, comments and trailing commas allowed (tsconfig takes all three),
 * strings kept whole. 'unreadable' when the file cannot be read; 'not JSON' when it holds no
 * object. Unlike an option's JSON file (src/config/json-file.ts), whose faults are usage errors,
 * a project's file that cannot be read only costs the scan what it would have mapped: the caller warns.
 */
function readProjectJson(file) {
    const read = readSource(file);
    if (!read.ok)
        return 'unreadable';
    const strip = (s, pattern) => s.replace(pattern, (m) => (m.startsWith('"') ? m : ''));
    const uncommented = strip(read.bytes.toString('utf8').replace(/^\uFEFF/, ''), /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\//g);
    try {
        const value = JSON.parse(strip(uncommented, /"(?:[^"\\\n]|\\.)*"|,(?=\s*[}\]])/g));
        return isObject(value) ? value : 'not JSON';
    }
    catch {
        return 'not JSON';
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./src/boundary/orms/nearest-folder.ts


/**
 * What the nearest folder holds, from a file's folder up to the repository's root and never
 * above it: the tsconfig.json that applies to a file, the Prisma schema a client's models come
 * from. Each folder is asked once; one that holds nothing answers with its parent's answer.
 */
class NearestFolder {
    root;
    own;
    none;
    known = new Map();
    constructor(root, 
    /** What `dir` itself holds, or undefined when it holds nothing. */
    own, 
    /** The answer where no folder up to the root holds anything. */
    none) {
        this.root = root;
        this.own = own;
        this.none = none;
    }
    of(dir) {
        const known = this.known.get(dir);
        if (known !== undefined)
            return known;
        const inside = (0,paths/* isInside */.FK)(this.root, dir);
        const answer = (inside ? this.own(dir) : undefined) ?? (inside && dir !== this.root ? this.of(external_node_path_default().dirname(dir)) : this.none);
        this.known.set(dir, answer);
        return answer;
    }
}

;// CONCATENATED MODULE: ./src/boundary/orms/path-aliases.ts





class PathAliases {
    root;
    unparseable;
    nearest;
    configs = new Map();
    /** `unparseable` hears of each config that cannot be read as JSON with comments, once. */
    constructor(root, unparseable) {
        this.root = root;
        this.unparseable = unparseable;
        const config = (dir) => ['tsconfig.json', 'jsconfig.json'].map((f) => external_node_path_default().join(dir, f)).find((f) => (0,external_node_fs_.existsSync)(f));
        this.nearest = new NearestFolder(root, (dir) => {
            const file = config(dir);
            return file ? this.load(file, new Set()) : undefined;
        }, {});
    }
    /** The paths (before extensions are tried) that `spec`, imported from a file in `dir`, may stand for. */
    bases(dir, spec) {
        const { baseUrl, paths } = this.nearest.of(dir);
        const targets = paths ? substitutions(paths.patterns, spec) : undefined;
        if (targets)
            return targets.map((t) => external_node_path_default().resolve(baseUrl ?? paths.dir, t));
        return baseUrl ? [external_node_path_default().resolve(baseUrl, spec)] : [];
    }
    load(file, seen) {
        const known = this.configs.get(file);
        if (known || seen.has(file))
            return known ?? {};
        seen.add(file);
        const raw = readProjectJson(file);
        const dir = external_node_path_default().dirname(file);
        if (typeof raw === 'string') {
            if (raw === 'not JSON')
                this.unparseable(external_node_path_default().relative(this.root, file).split((external_node_path_default()).sep).join('/'), 'it is not JSON (comments and trailing commas allowed); its path aliases were not followed');
            return {};
        }
        // compilerOptions merge key by key: what the file sets wins over what it extends, the last of several extends over the first.
        // A base outside the repository (or a package's) is not read.
        const bases = (typeof raw.extends === 'string' ? [raw.extends] : Array.isArray(raw.extends) ? raw.extends : []).filter((e) => typeof e === 'string' && e.startsWith('.'));
        let aliases = {};
        for (const base of bases.map((b) => external_node_path_default().resolve(dir, b)).filter((b) => (0,paths/* isInside */.FK)(this.root, b))) {
            aliases = { ...aliases, ...this.load(base.endsWith('.json') || !(0,external_node_fs_.existsSync)(`${base}.json`) ? base : `${base}.json`, seen) };
        }
        const options = isObject(raw.compilerOptions) ? raw.compilerOptions : {};
        if (typeof options.baseUrl === 'string')
            aliases.baseUrl = external_node_path_default().resolve(dir, options.baseUrl);
        if (isObject(options.paths)) {
            const patterns = Object.entries(options.paths).map(([k, v]) => [k, Array.isArray(v) ? v.filter((t) => typeof t === 'string') : []]);
            aliases.paths = { dir, patterns };
        }
        this.configs.set(file, aliases);
        return aliases;
    }
}
/** The targets of the pattern `spec` matches, its `*` filled in, or undefined when none does. */
function substitutions(patterns, spec) {
    let best;
    for (const [pattern, targets] of patterns) {
        const star = pattern.indexOf('*');
        if (star < 0) {
            if (pattern === spec)
                return targets;
            continue;
        }
        const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
        const fits = spec.length >= prefix.length + suffix.length && spec.startsWith(prefix) && spec.endsWith(suffix);
        if (fits && (!best || prefix.length > best.prefix))
            best = { prefix: prefix.length, star: spec.slice(prefix.length, spec.length - suffix.length), targets };
    }
    return best?.targets.map((t) => t.replace('*', best.star));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./src/config/yaml-source.ts
var yaml_source = __webpack_require__(2865);
;// CONCATENATED MODULE: ./src/boundary/orms/workspace-packages.ts







const CONDITIONS = ['import', 'default', 'require', 'node', 'types'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
// pnpm's file holds more (catalogs, build settings): only its package list is read.
const PNPM_WORKSPACE = schemas/* looseObject */._H3({ packages: schemas/* array */.YOg(schemas/* string */.YjP()).optional() });
class WorkspacePackages {
    root;
    unparseable;
    packages;
    /** `unparseable` hears of each workspace file or package.json that cannot be read, once. */
    constructor(root, unparseable) {
        this.root = root;
        this.unparseable = unparseable;
    }
    /** The paths (before extensions are tried) that the package import `spec` may stand for. */
    bases(spec) {
        this.packages ??= this.find();
        const parts = spec.split('/');
        const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
        const pkg = this.packages.get(name);
        if (!pkg)
            return [];
        const sub = spec.slice(name.length + 1);
        const exported = entriesOf(pkg.manifest.exports, sub ? `./${sub}` : '.');
        const declared = sub ? [sub, `src/${sub}`] : ['main', 'module', 'types'].map((k) => pkg.manifest[k]).filter((v) => typeof v === 'string');
        return [...exported, ...declared, ...(sub ? [] : ['src/index', 'index'])].map((p) => external_node_path_default().resolve(pkg.dir, p));
    }
    find() {
        const found = new Map();
        const root = this.manifest(external_node_path_default().join(this.root, 'package.json'));
        const listed = Array.isArray(root?.workspaces) ? root.workspaces : isObject(root?.workspaces) ? root.workspaces.packages : undefined;
        const pnpm = external_node_path_default().join(this.root, 'pnpm-workspace.yaml');
        let patterns = Array.isArray(listed) ? listed : [];
        const read = (0,external_node_fs_.existsSync)(pnpm) ? readSource(pnpm) : undefined;
        if (read?.ok) {
            // Read as pg-promote reads its own YAML: tags refused, aliases capped, a fault named by its line.
            try {
                patterns = [...patterns, ...((0,yaml_source/* parseYamlSource */.W)(read.bytes.toString('utf8'), 'pnpm-workspace.yaml', PNPM_WORKSPACE).data.packages ?? [])];
            }
            catch (err) {
                const line = err instanceof promote_error/* PromoteError */.jG && err.context.line !== undefined ? ` (line ${err.context.line})` : '';
                this.unparseable('pnpm-workspace.yaml', `${err.message}${line}; its packages were not followed`);
            }
        }
        // Negations narrow a list this reads generously anyway; a pattern leaving the repository is not followed.
        for (const pattern of patterns.filter((p) => typeof p === 'string' && !p.startsWith('!') && !p.split('/').includes('..'))) {
            for (const dir of expand(this.root, pattern.replace(/^\.\//, '').split('/').filter(Boolean))) {
                const manifest = (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'package.json')) ? this.manifest(external_node_path_default().join(dir, 'package.json')) : undefined;
                if (typeof manifest?.name === 'string' && !found.has(manifest.name))
                    found.set(manifest.name, { dir, manifest });
            }
        }
        return found;
    }
    manifest(file) {
        const parsed = readProjectJson(file);
        if (parsed === 'not JSON')
            this.unparseable(external_node_path_default().relative(this.root, file).split((external_node_path_default()).sep).join('/'), 'it is not JSON; the workspace packages it names were not followed');
        return typeof parsed === 'string' ? undefined : parsed;
    }
}
/** The folders a workspace pattern's segments name under `dir`: `*` is any one folder, `**` any depth. */
function expand(dir, segments) {
    if (segments.length === 0)
        return [dir];
    const [head, ...rest] = segments;
    const children = () => (unlessRefused(() => (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) ?? []).filter((e) => e.isDirectory() && !SKIPPED_DIRS.has(e.name)).map((e) => external_node_path_default().join(dir, e.name));
    if (head === '**')
        return [...expand(dir, rest), ...children().flatMap((c) => expand(c, segments))];
    if (head === '*')
        return children().flatMap((c) => expand(c, rest));
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, head)) ? expand(external_node_path_default().join(dir, head), rest) : [];
}
/** Where a package's `exports` send `key` ('.' or './schema'), through conditions and `*` patterns: every path, source first. */
function entriesOf(exports, key) {
    if (typeof exports === 'string')
        return key === '.' ? [exports] : [];
    if (!isObject(exports))
        return [];
    // An object of conditions, not of subpaths, is the entry of '.' alone.
    if (!Object.keys(exports).some((k) => k.startsWith('.')))
        return key === '.' ? targets(exports) : [];
    if (key in exports)
        return targets(exports[key]);
    for (const [pattern, value] of Object.entries(exports)) {
        const star = pattern.indexOf('*');
        const [prefix, suffix] = [pattern.slice(0, star), pattern.slice(star + 1)];
        if (star >= 0 && key.startsWith(prefix) && key.endsWith(suffix) && key.length >= prefix.length + suffix.length)
            return targets(value).map((t) => t.replace('*', key.slice(prefix.length, key.length - suffix.length)));
    }
    return [];
}
/** A value of `exports`: a path, or conditions. An internal package's `default` is often its source where `types` is a build's. */
function targets(value) {
    if (typeof value === 'string')
        return [value];
    return isObject(value) ? CONDITIONS.flatMap((c) => targets(value[c])) : [];
}

;// CONCATENATED MODULE: ./src/boundary/orms/import-resolver.ts






const import_resolver_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs'];
/**
 * The file of the repository an import names: a relative path, a tsconfig path alias
 * (src/boundary/orms/path-aliases.ts) or a workspace package (workspace-packages.ts), completed as
 * bundlers and TypeScript complete it (`./schema` is `./schema.ts` or `./schema/index.ts`).
 * Packages from outside the repository, and anything that leaves it, name none.
 */
class ImportResolver {
    root;
    aliases;
    packages;
    /** Answers by importing folder and specifier, before any path is built; files by the path before completion. */
    specs = new Map();
    files = new Map();
    constructor(root, unparseable) {
        this.root = root;
        this.aliases = new PathAliases(root, unparseable);
        this.packages = new WorkspacePackages(root, unparseable);
    }
    resolve(from, spec) {
        const dir = external_node_path_default().dirname(from);
        const key = `${dir}\0${spec}`;
        const known = this.specs.get(key);
        if (known !== undefined || this.specs.has(key))
            return known;
        const bases = spec.startsWith('.') ? [external_node_path_default().resolve(dir, spec)] : [...this.aliases.bases(dir, spec), ...this.packages.bases(spec)];
        const file = bases.map((b) => this.fileAt(b)).find((f) => f !== undefined);
        this.specs.set(key, file);
        return file;
    }
    fileAt(base) {
        // Files across a tree import the same few modules: each path is looked up once.
        if (!this.files.has(base)) {
            const stem = base.replace(/\.[cm]?jsx?$/, '');
            const candidates = !(0,paths/* isInside */.FK)(this.root, base) ? [] : [base, ...import_resolver_EXTENSIONS.map((e) => stem + e), ...import_resolver_EXTENSIONS.map((e) => external_node_path_default().join(base, `index${e}`))];
            this.files.set(base, candidates.find((c) => unlessRefused(() => (0,external_node_fs_.statSync)(c))?.isFile()));
        }
        return this.files.get(base);
    }
}

;// CONCATENATED MODULE: ./src/boundary/orms/prisma.ts



/**
 * Prisma's models, by client accessor (`model Task` is `prisma.task`): each is the table
 * `@@map` names (else the model's name) in the schema `@@schema` names. A schema file is found
 * where Prisma looks for it: schema.prisma, prisma/schema.prisma or the files of prisma/schema/,
 * in the code's folder or the nearest folder above it.
 */
function prismaSchemaFiles(dir) {
    // Asked first: most folders have none, and a failed readdir costs an exception each.
    const schemaDir = external_node_path_default().join(dir, 'prisma/schema');
    const folder = (0,external_node_fs_.existsSync)(schemaDir) ? (unlessRefused(() => (0,external_node_fs_.readdirSync)(schemaDir)) ?? []).filter((f) => f.endsWith('.prisma')) : [];
    return ['schema.prisma', 'prisma/schema.prisma', ...folder.map((f) => `prisma/schema/${f}`)].map((f) => external_node_path_default().join(dir, f)).filter((f) => (0,external_node_fs_.existsSync)(f));
}
/** The models of one schema file, or why it cannot be read as one. */
function parsePrisma(text) {
    // Comments go, and strings are kept whole: a brace or a `//` in a default value is no syntax.
    const code = text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*/g, (m) => (m.startsWith('"') ? m : ''));
    const models = new Map();
    let depth = 0;
    for (const c of code.replace(/"(?:[^"\\\n]|\\.)*"/g, '')) {
        if (c === '{')
            depth++;
        else if (c === '}' && --depth < 0)
            return 'a } closes nothing';
    }
    if (depth !== 0)
        return 'a { is never closed';
    for (const m of code.matchAll(/^[ \t]*model[ \t]+(\w+)[ \t]*\{([^}]*)\}/gm)) {
        const attribute = (name) => new RegExp(`@@${name}\\(\\s*(?:name:\\s*)?"([^"]*)"`).exec(m[2])?.[1];
        const schema = attribute('schema')?.toLowerCase();
        models.set(m[1][0].toLowerCase() + m[1].slice(1), { schema, name: (attribute('map') ?? m[1]).toLowerCase() });
    }
    if (/^[ \t]*model\b/m.test(code) && models.size === 0)
        return 'no model block could be read';
    return models;
}

;// CONCATENATED MODULE: ./src/boundary/orms/models.ts








const REPOSITORY = /^(?:get(?:Tree|Mongo)?Repository|InjectRepository|(?:Tree|Mongo)?Repository)$/;
class ModelIndex {
    root;
    unparseable;
    modules = new Map();
    prismaModels;
    imports;
    protectedModules = new Map();
    /** mayWrite's answer for one import clause from one module (`protects` is the same for the whole index). */
    importsProtected = new Map();
    /** `unparseable` hears of each file that could not be read as code or schema, once. */
    constructor(root, unparseable) {
        this.root = root;
        this.unparseable = unparseable;
    }
    /**
     * What one file's code can name: a table or entity by the name code passes (`tasks`, `Task`, `schema.tasks`); the model
     * a receiver stands for, a repository (`repo`, `this.repo`) or an entity class (`Task`); a Prisma model by client accessor.
     */
    forFile(rel, tokens) {
        const file = external_node_path_default().resolve(this.root ?? '/', rel);
        const own = moduleOf(tokens);
        this.modules.set(file, own);
        const lookup = (name) => this.lookup(file, name);
        return {
            value: (names) => (names.length === 1 ? lookup(own.repos.get(names[0]) ?? names[0]) : names.length === 2 && own.namespaces.has(names[0]) ? this.lookup(this.resolve(file, own.namespaces.get(names[0])), names[1]) : undefined),
            receiver: (name) => {
                const model = lookup(own.repos.get(name) ?? name);
                return own.repos.has(name) || model?.entity ? model : undefined;
            },
            // `prisma.task`: the schema nearest the module the client is imported from (a workspace's db package), else nearest this file.
            prisma: (accessor, client) => {
                if (!this.root)
                    return undefined;
                const from = client === undefined ? undefined : own.imports.get(client);
                const module = from && this.resolve(file, from.spec);
                return (module ? this.prismaFor(external_node_path_default().dirname(module)).get(accessor) : undefined) ?? this.prismaFor(external_node_path_default().dirname(file)).get(accessor);
            },
        };
    }
    /**
     * Whether a file holding no protected name can still write a protected table through an ORM:
     * it declares an entity, imports a module that declares (or re-exports) a protected table, or
     * a Prisma schema above it or above a module it imports maps one. Most files with an ORM-like call cannot, and are not lexed.
     */
    mayWrite(rel, text, protects) {
        const file = external_node_path_default().resolve(this.root ?? '/', rel);
        if (/@Entity\b/.test(text))
            return true;
        // Where a Prisma schema may be found: above this file, or above a module it imports (its client's).
        const dirs = [external_node_path_default().dirname(file)];
        for (const m of text.matchAll(/\b(?:import|export)\s+(?:type\s+)?(\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+)\s*from\s*['"]([^'"\n]+)['"]/g)) {
            const target = this.resolve(file, m[2]);
            if (!target)
                continue;
            dirs.push(external_node_path_default().dirname(target));
            // Files across a tree import the same names from the same module: each import is judged once.
            const key = `${target}\0${m[1]}`;
            let writes = this.importsProtected.get(key);
            if (writes === undefined) {
                // The names imported, when listed: a file importing vh's tables from a module that also declares eng's writes no eng table.
                const names = m[1].startsWith('{') ? [...m[1].matchAll(/([\w$]+)(?:\s+as\s+[\w$]+)?\s*(?:,|\})/g)].map((n) => n[1]) : undefined;
                writes = names ? names.some((n) => protects(this.lookup(target, n))) : this.exportsProtected(target, protects, new Set());
                this.importsProtected.set(key, writes);
            }
            if (writes)
                return true;
        }
        return this.root !== undefined && /\.\w+\.(?:create|update|upsert|delete)\w*\s*\(/.test(text) && dirs.some((d) => [...this.prismaFor(d).values()].some(protects));
    }
    exportsProtected(file, protects, seen) {
        const known = this.protectedModules.get(file);
        if (known !== undefined || seen.has(file))
            return known ?? false;
        seen.add(file);
        const m = this.module(file);
        const specs = m ? [...[...m.imports.values()].map((i) => i.spec), ...m.stars] : [];
        const models = m ? [...m.declared.values(), ...[...m.made.keys()].map((name) => this.lookup(file, name))] : [];
        const answer = m !== undefined && (models.some(protects) || specs.some((spec) => this.exportsProtected(this.resolve(file, spec) ?? '', protects, seen)));
        this.protectedModules.set(file, answer);
        return answer;
    }
    /** What `name` stands for in `file`, declared there or imported; nothing in a file outside the repository or not found. */
    lookup(file, name) {
        return this.follow(file, name, (m, at, n) => {
            const made = m.made.get(n);
            const maker = made && this.follow(at, made.maker, (mm, _, mn) => mm.makers.get(mn));
            if (!made || !maker)
                return m.declared.get(n);
            if ('schema' in maker)
                return made.call === 'table' ? { schema: maker.schema, name: made.name.toLowerCase() } : undefined;
            return made.call === 'create' ? { name: `${maker.prefix}${made.name}${maker.suffix}`.toLowerCase() } : undefined;
        });
    }
    /** `pick` of the module that declares `name` for `file`: the file itself, or the one it imports the name from. */
    follow(file, name, pick, seen = new Set()) {
        const key = `${file}#${name}`;
        if (!file || seen.has(key))
            return undefined;
        seen.add(key);
        const m = this.module(file);
        if (!m)
            return undefined;
        const imported = m.imports.get(name);
        const from = (spec, exported) => this.follow(this.resolve(file, spec), exported, pick, seen);
        return pick(m, file, name) ?? (imported ? from(imported.spec, imported.name) : m.stars.map((s) => from(s, name)).find((x) => x !== undefined));
    }
    /** An import's file inside the repository (src/boundary/orms/import-resolver.ts); none without a root. */
    resolve(from, spec) {
        if (!this.root)
            return undefined;
        this.imports ??= new ImportResolver(this.root, this.unparseable);
        return this.imports.resolve(from, spec);
    }
    module(file) {
        if (this.modules.has(file))
            return this.modules.get(file);
        this.modules.set(file, undefined);
        const read = readSource(file);
        if (!read.ok)
            return undefined;
        const { tokens, broken } = lex(read.bytes.toString('utf8'), profileFor(file));
        const rel = external_node_path_default().relative(this.root, file).split((external_node_path_default()).sep).join('/');
        if (broken)
            return void this.unparseable(rel, 'its brackets or strings do not balance; the tables it declares were not read');
        this.modules.set(file, moduleOf(tokens));
        return this.modules.get(file);
    }
    /** The Prisma models of the nearest folder, from `dir` up to the root, that holds a schema. */
    prismaFor(dir) {
        this.prismaModels ??= new NearestFolder(this.root, (d) => this.prismaModelsIn(d), new Map());
        return this.prismaModels.of(dir);
    }
    /** The models of the schema files in `dir`, or undefined when it holds none. */
    prismaModelsIn(dir) {
        const files = prismaSchemaFiles(dir);
        if (files.length === 0)
            return undefined;
        const models = new Map();
        for (const file of files) {
            const read = readSource(file);
            const parsed = read.ok ? parsePrisma(read.bytes.toString('utf8')) : read.reason;
            if (typeof parsed === 'string')
                this.unparseable(external_node_path_default().relative(this.root, file).split((external_node_path_default()).sep).join('/'), `${parsed}; its models were not checked`);
            else
                for (const [k, v] of parsed)
                    models.set(k, v);
        }
        return models;
    }
}
function moduleOf(tokens) {
    const m = { declared: new Map(), makers: new Map(), made: new Map(), imports: new Map(), namespaces: new Map(), stars: [], repos: new Map() };
    // The variable a call at k is bound to: `x = f()`, past its receivers (`x = this.repo.f()`), `await` and `new`.
    const boundTo = (k) => {
        for (let j = accessorBefore(tokens, k); j >= 0 && idOf(tokens[j]); j = accessorBefore(tokens, j))
            k = j;
        while (idOf(tokens[k - 1]) === 'await' || idOf(tokens[k - 1]) === 'new')
            k--;
        return isP(tokens[k - 1], '=') ? idOf(tokens[k - 2]) : undefined;
    };
    const declare = (name, model) => name && m.declared.set(name, { ...model, name: model.name.toLowerCase() });
    for (let i = 0; i < tokens.length; i++) {
        const word = idOf(tokens[i]);
        if (word === 'import' || (word === 'export' && (isP(tokens[i + 1], '{') || isP(tokens[i + 1], '*')))) {
            i = importAt(tokens, i, m);
            continue;
        }
        if (!word || !isP(tokens[i + 1], '(')) {
            // `repo: Repository<Task>`
            if (word && isP(tokens[i + 1], ':') && REPOSITORY.test(idOf(tokens[i + 2]) ?? '') && isP(tokens[i + 3], '<') && idOf(tokens[i + 4]))
                m.repos.set(word, idOf(tokens[i + 4]));
            continue;
        }
        const first = textOf(tokens[i + 2]);
        if (word === 'pgSchema' && first !== undefined) {
            const v = boundTo(i);
            if (v)
                m.makers.set(v, { schema: first.toLowerCase() });
        }
        else if (word === 'pgTableCreator') {
            const v = boundTo(i);
            const wrapped = v && creatorAt(tokens, i);
            if (wrapped)
                m.makers.set(v, wrapped);
        }
        else if (word === 'pgTable' && first) {
            declare(boundTo(i), { name: first });
        }
        else if (word === 'table' && first && isP(tokens[i - 1], '.')) {
            const via = idOf(tokens[i - 2]);
            const inline = isP(tokens[i - 2], ')') && idOf(tokens[i - 5]) === 'pgSchema' ? textOf(tokens[i - 3]) : undefined;
            const v = boundTo(i);
            if (inline !== undefined)
                declare(boundTo(i - 5), { schema: inline.toLowerCase(), name: first });
            else if (via && v)
                m.made.set(v, { maker: via, name: first, call: 'table' });
        }
        else if (word === 'Entity' && isP(tokens[i - 1], '@')) {
            entityAt(tokens, i, m);
        }
        else if (REPOSITORY.test(word) && idOf(tokens[i + 2]) && isP(tokens[i + 3], ')')) {
            const entity = idOf(tokens[i + 2]);
            // `@InjectRepository(Task) private readonly repo: ...`, or `repo = ds.getRepository(Task)`.
            let k = i + 4;
            while (/^(?:private|public|protected|readonly)$/.test(idOf(tokens[k]) ?? ''))
                k++;
            if (word === 'InjectRepository' && idOf(tokens[k]))
                m.repos.set(idOf(tokens[k]), entity);
            const v = boundTo(i);
            if (v)
                m.repos.set(v, entity);
        }
        else if (idOf(tokens[i - 1]) === 'new' || (accessorBefore(tokens, i) >= 0 && /^(?:findOne\w*|create|preload)$/.test(word))) {
            // A row: `task = new Task()`, `task = await this.repo.findOneBy(...)`, `task = Task.create(...)`; `task.save()` and `manager.remove(task)` write its table.
            const v = boundTo(i);
            const of = idOf(tokens[i - 1]) === 'new' ? word : idOf(tokens[accessorBefore(tokens, i)]);
            if (v && of)
                m.repos.set(v, m.repos.get(of) ?? of);
        }
        else if (first && boundTo(i) && (m.makers.has(word) || m.imports.has(word))) {
            // `const runs = createTable('runs', ...)`: a table when `createTable` is a creator, here or where it is imported from.
            m.made.set(boundTo(i), { maker: word, name: first, call: 'create' });
        }
    }
    return m;
}
/**
 * `pgTableCreator((name) => `eng_${name}`)`: the text around the one interpolation. Its stand-in
 * maps to the interpolation's first and last characters (src/boundary/lexer.ts), so it is told
 * from a literal `__`; any other shape (two interpolations, a concatenation) names no table.
 */
function creatorAt(tokens, i) {
    const close = matching(tokens, i + 1, 1);
    const templates = tokens.slice(i + 2, close).filter((t) => t.t === 'str');
    const body = templates.length === 1 ? templates[0] : undefined;
    if (body?.t !== 'str' || !body.map)
        return undefined;
    const { text, map } = body;
    const stands = [];
    for (let k = text.indexOf('__'); k >= 0; k = text.indexOf('__', k + 1))
        if (map[k + 1] - map[k] > 1)
            stands.push(k);
    if (stands.length !== 1)
        return undefined;
    return { prefix: text.slice(0, stands[0]).toLowerCase(), suffix: text.slice(stands[0] + 2).toLowerCase() };
}
/** `@Entity('eng_x')`, `@Entity({ schema: 'eng', name: 'x' })` before `class X`: TypeORM names the table after the class otherwise. */
function entityAt(tokens, i, m) {
    const close = matching(tokens, i + 1, 1);
    let name = textOf(tokens[i + 2]);
    let schema;
    for (let k = i + 2; k < close; k++) {
        const value = isP(tokens[k + 1], ':') ? textOf(tokens[k + 2]) : undefined;
        if (value !== undefined && idOf(tokens[k]) === 'schema')
            schema = value.toLowerCase();
        if (value !== undefined && idOf(tokens[k]) === 'name')
            name = value;
    }
    const k = tokens.slice(close + 1, close + 60).findIndex((t, j) => idOf(t) === 'class' && idOf(tokens[close + 2 + j]));
    const cls = idOf(tokens[close + 2 + k]);
    if (k >= 0 && cls)
        m.declared.set(cls, { schema, name: (name ?? cls.replace(/([a-z0-9])([A-Z])/g, '$1_$2')).toLowerCase(), entity: true });
}
/** An import or re-export from its first token: its bindings go into the module; the index of its last token. */
function importAt(tokens, i, m) {
    let end = i + 1;
    while (end < i + 200 && end < tokens.length && !(idOf(tokens[end]) === 'from' && textOf(tokens[end + 1]) !== undefined) && !isP(tokens[end], ';'))
        end++;
    const spec = textOf(tokens[end + 1]);
    if (idOf(tokens[end]) !== 'from' || spec === undefined)
        return i;
    for (let k = i + 1; k < end; k++) {
        const name = idOf(tokens[k]);
        if (isP(tokens[k], '*')) {
            if (idOf(tokens[k + 1]) === 'as' && idOf(tokens[k + 2]))
                m.namespaces.set(idOf(tokens[k + 2]), spec);
            else
                m.stars.push(spec);
        }
        else if (name && name !== 'type' && name !== 'as' && (isP(tokens[k - 1], '{') || isP(tokens[k - 1], ','))) {
            const local = idOf(tokens[k + 1]) === 'as' ? idOf(tokens[k + 2]) ?? name : name;
            m.imports.set(local, { spec, name });
        }
        else if (name === 'type' && idOf(tokens[k + 1])) {
            m.imports.set(idOf(tokens[k + 1]), { spec, name: idOf(tokens[k + 1]) });
        }
    }
    return end + 1;
}

;// CONCATENATED MODULE: ./src/boundary/prefilter.ts
/**
 * A protected name as a word, in any case (SQL folds unquoted names). A word character before
 * a name makes it part of another word, unless a backslash comes before that: in a literal's
 * source, `"INSERT INTO\neng.t"` holds the word eng once the escape is decoded. The lexer reads
 * an interpolation as `__`, so `eng${x}` is a name starting with eng_: a prefix's head before
 * an underscore, followed by an interpolation's opener, counts too.
 */
function wordPattern(rules) {
    const escape = (text) => text.replace(/[$]/g, '\\$');
    const schemas = [...new Set(rules.flatMap((r) => r.protectedSchemas))];
    const prefixes = [...new Set(rules.flatMap((r) => r.protectedPrefixes))];
    const heads = prefixes.flatMap((p) => [...p].flatMap((c, k) => (c === '_' && k > 0 ? [`${escape(p.slice(0, k))}(?=[$]|#?\\{)`] : [])));
    const alternatives = [...schemas.map((s) => `${escape(s)}(?![A-Za-z0-9_$])`), ...prefixes.map(escape), ...heads];
    // One lookbehind with the escape's backslash nested in it: V8 runs two lookbehinds far slower (bench/results.md, boundary check).
    return new RegExp(`(?<!(?<!\\\\)[A-Za-z0-9_$])(?:${alternatives.join('|')})`, 'i');
}
// An ORM writes through a table, entity or model whose protected name may be in another file
// (src/boundary/orms/models.ts): a script with a write call on anything is looked at too.
const SCRIPT = /\.[cm]?[jt]sx?$/;
const ORM_WRITE = /\.\s*(?:insert|update|delete|save|upsert|remove|softDelete|restore|increment|decrement|create|createMany|createManyAndReturn|updateMany|updateManyAndReturn|deleteMany)\s*\(/;
/**
 * The pre-filter, on a file's raw bytes: 'name' when they hold a protected name as a word, 'orm'
 * when a script holds only an ORM-like write call. Most files hold neither: a file without a
 * protected name cannot write one in SQL, and only the files that pass are lexed. latin1 is a
 * byte-for-byte view, and protected names are ASCII (the config's schema checks), so the pattern
 * finds in it exactly the names the UTF-8 text holds; a regular expression rather than
 * Buffer.indexOf, since names match in any case.
 */
function preFilter(rules) {
    const word = wordPattern(rules);
    return (bytes, file = '') => {
        const text = bytes.toString('latin1');
        return word.test(text) ? 'name' : SCRIPT.test(file) && ORM_WRITE.test(text) ? 'orm' : undefined;
    };
}

;// CONCATENATED MODULE: ./src/boundary/query-builders.ts

/**
 * Writes through query builders, where no SQL text exists: supabase-js
 * (`.schema('eng').from('x').insert()`), knex (`knex('eng.x').update()`, `.withSchema('eng')`,
 * `knex.schema.createTable('eng_x')`), Kysely (`insertInto('eng.x')`) and look-alikes in other
 * languages (`DB::table('eng_x')->insert()`), and the TypeScript ORMs' calls on a table, entity or
 * model the code names (src/boundary/orms/models.ts): Drizzle's `db.insert(tasks)`, TypeORM's
 * `repo.save()` and `.insert().into(Task)`, Prisma's `prisma.task.create()`. A chain is read in
 * both directions from its write call, across lines and comments, since the lexer has already dropped both.
 */
const WRITE_METHODS = {
    ...Object.fromEntries(['insert', 'upsert', 'insertInto', 'replaceInto', 'insert_many', 'bulk_insert', 'save', 'create', 'createMany', 'createManyAndReturn'].map((m) => [m, 'INSERT'])),
    ...Object.fromEntries(['update', 'updateTable', 'updateMany', 'updateManyAndReturn', 'increment', 'decrement', 'softDelete', 'restore'].map((m) => [m, 'UPDATE'])),
    ...Object.fromEntries(['delete', 'del', 'deleteFrom', 'remove', 'deleteMany'].map((m) => [m, 'DELETE'])),
    ...Object.fromEntries(['createTable', 'createTableIfNotExists', 'createTableLike', 'createView', 'createMaterializedView', 'createSchema', 'createSchemaIfNotExists'].map((m) => [m, 'CREATE'])),
    ...Object.fromEntries(['dropTable', 'dropTableIfExists', 'dropView', 'dropViewIfExists', 'dropSchema', 'dropSchemaIfExists'].map((m) => [m, 'DROP'])),
    // `table` alters only on a schema builder (`knex.schema.table('x', ...)`); elsewhere it starts a query.
    ...Object.fromEntries(['alterTable', 'renameTable', 'table'].map((m) => [m, 'ALTER'])),
    truncate: 'TRUNCATE',
    mergeInto: 'MERGE',
};
// The write call names its own table (Kysely, knex's schema builder).
const SELF_TARGETED = new Set(['insertInto', 'replaceInto', 'updateTable', 'deleteFrom', 'mergeInto', 'createTable', 'createTableIfNotExists', 'createTableLike', 'createView', 'createMaterializedView', 'alterTable', 'renameTable', 'dropTable', 'dropTableIfExists', 'dropView', 'dropViewIfExists']);
const SCHEMA_TARGETED = new Set(['createSchema', 'createSchemaIfNotExists', 'dropSchema', 'dropSchemaIfExists']);
const TABLE_METHODS = new Set(['from', 'from_', 'table', 'into', 'insertInto', 'updateTable', 'deleteFrom', 'mergeInto']);
const SCHEMA_METHODS = new Set(['schema', 'withSchema', 'searchPath']);
const PRISMA_METHODS = new Set(['create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn', 'upsert', 'delete', 'deleteMany']);
const REPOSITORY_CALLS = new Set(['getRepository', 'getTreeRepository', 'getMongoRepository']);
function builderTargets(tokens, models) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        // The call's parenthesis first: most names are no call, and that test is cheaper than a lookup.
        if (t.t !== 'id' || !isP(tokens[i + 1], '(') || !Object.hasOwn(WRITE_METHODS, t.value) || accessorBefore(tokens, i) < 0)
            continue;
        const from = callsFrom(tokens, i);
        const chain = [...callsLeftOf(tokens, i), ...from];
        const write = from[0];
        if (write.name === 'table' && !onSchemaBuilder(chain))
            continue;
        const found = (models && modelTarget(tokens, i, chain, write, models)) ?? namedTarget(chain, write);
        if (found)
            out.push(found);
    }
    return out;
}
/** A write to a table (or schema) the chain names in a string: at the string's text, inside its quotes. */
function namedTarget(chain, write) {
    const schemaCall = chain.find((c) => SCHEMA_METHODS.has(c.name) && c.arg);
    const arg = SELF_TARGETED.has(write.name) || SCHEMA_TARGETED.has(write.name) || write.name === 'table'
        ? write.arg
        : (chain.find((c) => TABLE_METHODS.has(c.name) && c.arg)?.arg ?? chain.find((c) => c.root && c.arg)?.arg);
    if (!arg)
        return undefined;
    const kind = WRITE_METHODS[write.name];
    const at = { kind, start: offsetOf(arg, 0) ?? arg.start, end: (lastOffsetOf(arg) ?? arg.end - 1) + 1, via: 'query-builder' };
    if (SCHEMA_TARGETED.has(write.name))
        return { ...at, schema: arg.text.trim().toLowerCase(), schemaObject: true, written: arg.text.trim() };
    // Kysely's alias: 'eng.tasks as t'.
    const written = arg.text.trim().replace(/\s+as\s+\w+$/i, '');
    const dot = written.lastIndexOf('.');
    const unquoted = (part) => part.replace(/^"|"$/g, '').toLowerCase();
    const inSchema = dot < 0 ? schemaCall?.arg?.text.trim() : undefined;
    const schema = dot >= 0 ? unquoted(written.slice(0, dot)) : inSchema?.toLowerCase();
    return { ...at, schema, name: unquoted(written.slice(dot + 1)), written: inSchema !== undefined ? `${inSchema}.${written}` : written };
}
/** A write through a table, entity or model the code names: at the name. */
function modelTarget(tokens, i, chain, write, models) {
    const hit = (model, at, last = at) => model && { kind: WRITE_METHODS[write.name], schema: model.schema, name: model.name, written: model.schema ? `${model.schema}.${model.name}` : model.name, start: tokens[at].start, end: tokens[last].end, via: 'query-builder' };
    // repo.save(row), this.repo.delete(id), Task.insert(row), prisma.task.create(...), tx.task.deleteMany()
    const k = accessorBefore(tokens, i);
    const receiver = idOf(tokens[k]);
    const client = accessorBefore(tokens, k);
    const prisma = receiver && PRISMA_METHODS.has(write.name) && client >= 0 ? () => hit(models.prisma(receiver, idOf(tokens[client])), k) : () => undefined;
    // TypeORM's `create` only builds a row (`Task.create(row).save()` writes, by its save); Prisma's writes.
    if (write.name === 'create' && !chain.some((c) => c.name === 'save'))
        return prisma();
    // db.insert(tasks), manager.save(Task, row), qb.update(Task), .insert().into(Task), .delete().from(Task), ds.getRepository(Task).save()
    for (const c of chain) {
        if (c.ident && (c === write || c.name === 'into' || c.name === 'from' || REPOSITORY_CALLS.has(c.name))) {
            const found = hit(models.value(c.ident.names), c.ident.at, c.ident.last);
            if (found)
                return found;
        }
    }
    return (receiver ? hit(models.receiver(receiver), k) : undefined) ?? prisma();
}
/** knex.schema.createTable('eng_x'), knex.schema.withSchema('eng').table('x'); a variable named `schema` (`schema.table()`) is no builder. */
const onSchemaBuilder = (chain) => chain.some((c) => c.name === 'schema' && !c.arg && !c.root);
function callAt(tokens, nameAt) {
    const first = tokens[nameAt + 2];
    const argEnds = (k) => isP(tokens[k], ',') || isP(tokens[k], ')');
    let last = nameAt + 2;
    while (idOf(tokens[last]) && isP(tokens[last + 1], '.') && idOf(tokens[last + 2]))
        last += 2;
    const names = tokens.slice(nameAt + 2, last + 1).flatMap((t) => (t.t === 'id' ? [t.value] : []));
    return {
        name: tokens[nameAt].value,
        arg: first?.t === 'str' && argEnds(nameAt + 3) ? first : undefined,
        ident: idOf(first) && argEnds(last + 1) ? { names, at: nameAt + 2, last } : undefined,
        root: accessorBefore(tokens, nameAt) < 0,
    };
}
/** The calls before the write call in its chain, nearest first; a property (`knex.schema`) is a call without arguments. */
function callsLeftOf(tokens, i) {
    const calls = [];
    let k = accessorBefore(tokens, i);
    for (let guard = 0; k >= 0 && guard < 50; guard++) {
        const name = isP(tokens[k], ')') ? matching(tokens, k, -1) - 1 : k;
        if (name < 0 || tokens[name]?.t !== 'id')
            return calls;
        calls.push(name === k ? { name: idOf(tokens[k]), root: accessorBefore(tokens, k) < 0 } : callAt(tokens, name));
        k = accessorBefore(tokens, name);
    }
    return calls;
}
/** The write call and the calls chained after it (`.insert(row).into('eng.t')`). */
function callsFrom(tokens, i) {
    const calls = [];
    let name = i;
    for (let guard = 0; guard < 50; guard++) {
        calls.push(callAt(tokens, name));
        const next = matching(tokens, name + 1, 1) + 1;
        const after = isP(tokens[next], '?') && isP(tokens[next + 1], '.') ? next + 2 : isP(tokens[next], '.') ? next + 1 : isP(tokens[next], '-') && isP(tokens[next + 1], '>') ? next + 2 : -1;
        if (after < 0 || tokens[after]?.t !== 'id' || !isP(tokens[after + 1], '('))
            return calls;
        name = after;
    }
    return calls;
}

// EXTERNAL MODULE: ./src/lint/locate.ts
var locate = __webpack_require__(9471);
// EXTERNAL MODULE: ./src/sql/statements.ts
var statements = __webpack_require__(5528);
;// CONCATENATED MODULE: ./src/boundary/sql-tokens.ts

const PYFORMAT = /%(?:\([A-Za-z0-9_]{1,36}\))?[sdr]/y;
function tokenizeSql(text) {
    const tokens = [];
    const n = text.length;
    let i = 0;
    const push = (kind, end, value = text.slice(i, end)) => {
        tokens.push({ kind, value, start: i, end });
        i = end;
    };
    const idEnd = (j) => {
        while (j < n && (0,lexer_rules/* isIdentCont */.V0)(text.charCodeAt(j)))
            j++;
        return j;
    };
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c <= 0x20) {
            i++;
        }
        else if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
            while (i < n && text[i] !== '\n' && text[i] !== '\r')
                i++;
        }
        else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a) {
            const end = (0,lexer_rules/* skipBlockComment */.cv)(text, i);
            i = end < 0 ? n : end;
        }
        else if (c === lexer_rules/* QUOTE */.jA || c === lexer_rules/* DQUOTE */.TB || ((c === 0x45 || c === 0x65) && text.charCodeAt(i + 1) === lexer_rules/* QUOTE */.jA && !(0,lexer_rules/* isIdentCont */.V0)(text.charCodeAt(i - 1)))) {
            // An E'' string takes backslash escapes; every form takes its quote doubled. Unclosed, it runs to the end.
            const escapes = c !== lexer_rules/* QUOTE */.jA && c !== lexer_rules/* DQUOTE */.TB;
            const quote = c === lexer_rules/* DQUOTE */.TB ? '"' : "'";
            const from = escapes ? i + 2 : i + 1;
            const after = (0,lexer_rules/* skipQuoted */.er)(text, from, quote.charCodeAt(0), escapes);
            const body = text.slice(from, after < 0 ? n : after - 1);
            const value = escapes ? body.replace(/\\([\s\S]?)|''/g, (_, escaped) => escaped ?? "'") : body.replaceAll(quote + quote, quote);
            push(quote === '"' ? 'qident' : 'str', after < 0 ? n : after, value);
        }
        else if (c === lexer_rules/* DOLLAR */.hr) {
            const tag = (0,lexer_rules/* dollarDelimiterAt */.fv)(text, i);
            const close = tag ? text.indexOf(tag, i + tag.length) : -1;
            if (tag)
                push('str', close < 0 ? n : close + tag.length, text.slice(i + tag.length, close < 0 ? n : close));
            else
                push('param', idEnd(i + 1));
        }
        else if ((0,lexer_rules/* isIdentStart */.ni)(c)) {
            const end = idEnd(i + 1);
            push('word', end, text.slice(i, end).toLowerCase());
        }
        else if ((0,lexer_rules/* isDigit */.yp)(c)) {
            let end = i + 1;
            while (end < n && /[0-9.eE_xXa-fA-F]/.test(text[end]))
                end++;
            push('num', end);
        }
        else {
            // ? and Python's %s, %(name)s are client-side parameters.
            PYFORMAT.lastIndex = i;
            const param = c === 0x3f ? '?' : c === 0x25 ? PYFORMAT.exec(text)?.[0] : undefined;
            push(param ? 'param' : 'op', i + (param?.length ?? 1));
        }
    }
    return tokens;
}
const isName = (t) => t !== undefined && (t.kind === 'word' || t.kind === 'qident');
/** schema.name, "schema"."name", db.schema.name or a bare name starting at token i. */
function readQualifiedName(tokens, i, text) {
    const first = tokens[i];
    if (!isName(first))
        return undefined;
    let j = i + 1;
    while (j < i + 5 && tokens[j]?.kind === 'op' && tokens[j].value === '.' && isName(tokens[j + 1]))
        j += 2;
    const names = tokens.slice(i, j).filter(isName);
    const written = names.map((t) => text.slice(t.start, t.end)).join('.');
    return { parts: names.map((t) => t.value), written, start: first.start, end: tokens[j - 1].end, next: j };
}
/** Schema and object of a name of 1 to 3 parts, lower-cased for comparison. */
function splitName(parts) {
    const [name, schema] = parts.map((p) => p.toLowerCase()).reverse();
    return { schema, name: name };
}

;// CONCATENATED MODULE: ./src/boundary/types.ts
/** Targets found in a text that starts at `offset` of the text around it. */
function shifted(targets, offset) {
    return targets.map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
}

;// CONCATENATED MODULE: ./src/boundary/fallback.ts


/**
 * Write statements in SQL the parser cannot take: fragments ("INSERT INTO eng.t (" + cols),
 * psql variables, PL/pgSQL bodies, placeholders. English is not SQL: a verb counts only where a
 * statement can start (not in "only admins can create project"), a DDL verb only before an
 * object kind (TABLE, INDEX, ...), GRANT only before privileges, and each pattern also checks
 * what follows the name, so "update eng.settings first" is not a statement either.
 */
// The object kinds of DDL: unless the object is a schema or schema-scoped, one of them must stand between the verb and the name.
const KINDS = new Set(['table', 'view', 'sequence', 'index', 'function', 'procedure', 'routine', 'aggregate', 'type', 'domain',
    'statistics', 'collation', 'conversion', 'configuration', 'dictionary', 'class', 'family', 'operator', 'column', 'constraint']);
// Words that may stand between ALTER/DROP/CREATE/COMMENT ON and the name: the kinds and their modifiers.
const OBJECT_WORDS = new Set([...KINDS, 'materialized', 'foreign', 'text', 'search', 'or', 'replace', 'temp', 'temporary', 'unlogged',
    'global', 'local', 'recursive', 'unique', 'concurrently', 'if', 'not', 'exists', 'only']);
const SCHEMA_SCOPED = new Set(['trigger', 'policy', 'rule']);
const PRIVILEGES = new Set(['select', 'insert', 'update', 'delete', 'truncate', 'references', 'trigger', 'usage', 'create', 'connect', 'temporary', 'temp', 'execute', 'maintain', 'all', 'privileges', 'set', 'alter', 'system']);
// Where a statement starts: after these words (PL/pgSQL blocks and branches, a rule's action, an
// interpolation), after these characters (a list, a parenthesis, a psql backslash, a YAML value).
const OPENERS = new Set(['begin', 'then', 'else', 'loop', 'instead', 'also', '__']);
const OPENING_OPS = new Set([';', '(', ')', '\\', ':', '|', '>', '-']);
const INSERT_NEXT = new Set(['values', 'select', 'with', 'default', 'overriding', 'as', 'table', 'on']);
const DELETE_NEXT = new Set(['where', 'using', 'returning', 'as']);
const TRUNCATE_NEXT = new Set(['restart', 'continue', 'cascade', 'restrict', 'identity']);
const STATEMENT_WORDS = new Set(['where', 'using', 'returning', 'set', 'values', 'select', 'on', 'from', 'to', 'as', 'with']);
const UPDATE_NOT_AFTER = new Set(['for', 'key', 'on', 'do', 'or', 'of', 'before', 'after', 'instead', 'grant', 'revoke', 'select', 'insert', 'delete', 'references', 'truncate', 'trigger', 'all']);
function fallbackTargets(text, open, searchPath) {
    const tokens = tokenizeSql(text);
    const out = [];
    let path = searchPath;
    const word = (i) => (tokens[i]?.kind === 'word' ? tokens[i].value : undefined);
    const wordIn = (i, words) => words.has(word(i));
    const isOp = (i, v) => tokens[i]?.kind === 'op' && tokens[i].value === v;
    const ended = (i) => i >= tokens.length || isOp(i, ';') || isOp(i, ')');
    const isPlaceholder = (i) => tokens[i]?.kind === 'param' || tokens[i]?.value === '__';
    const add = (kind, name, schemaObject = false) => {
        if (!name)
            return;
        const { schema, name: object } = splitName(name.parts);
        const where = { written: name.written, start: name.start, end: name.end, via: 'fallback' };
        out.push(schemaObject ? { kind, schema: object, schemaObject: true, ...where } : { kind, schema: schema ?? path?.[0], name: object, ...where });
    };
    /** Past a parenthesised column list, if one is at j. */
    const skipParens = (j) => {
        if (isOp(j, '('))
            while (j < tokens.length && !isOp(j, ')'))
                j++;
        return isOp(j, ')') ? j + 1 : j;
    };
    /** The table after the first ON (or TO, for a rule) from k: CREATE TRIGGER t ... ON eng.x changes eng.x. */
    const addTableAfterOn = (k, kind, to = false) => {
        while (!ended(k) && word(k) !== 'on' && !(to && word(k) === 'to'))
            k++;
        if (ended(k))
            return false;
        add(kind, readQualifiedName(tokens, skipWords(k + 1, new Set(['only'])), text));
        return true;
    };
    /** Whether the text stops at i: a fragment may go on in code, a `;` or `)` ends a statement. */
    const stopsAt = (i, complete) => (i >= tokens.length ? open || complete : complete);
    /** After `UPDATE t` or `DELETE FROM t`: an optional alias, then one of `next` (or the end, for a complete statement). */
    const followedBy = (i, next, complete) => {
        if (ended(i))
            return stopsAt(i, complete);
        if (isPlaceholder(i))
            return true;
        if (isOp(i, '*'))
            i++;
        if (wordIn(i, next))
            return true;
        const alias = (word(i) !== undefined && !wordIn(i, STATEMENT_WORDS)) || tokens[i]?.kind === 'qident';
        return alias && (wordIn(i + 1, next) || (ended(i + 1) && stopsAt(i + 1, complete)));
    };
    const skipWords = (i, words) => {
        while (wordIn(i, words))
            i++;
        return i;
    };
    const atStart = (i) => i === 0 || (tokens[i - 1].kind === 'op' && OPENING_OPS.has(tokens[i - 1].value)) || wordIn(i - 1, OPENERS);
    for (let i = 0; i < tokens.length; i++) {
        const w = word(i);
        if (w === undefined || !atStart(i))
            continue;
        const setAt = w === 'set' && (word(i + 1) === 'local' || word(i + 1) === 'session') ? i + 2 : i + 1;
        if (w === 'set' && word(setAt) === 'search_path') {
            let j = word(setAt + 1) === 'to' || isOp(setAt + 1, '=') ? setAt + 2 : setAt + 1;
            for (path = []; !ended(j); j++)
                if (isName(tokens[j]) || tokens[j].kind === 'str')
                    path.push(tokens[j].value.toLowerCase());
            continue;
        }
        if (w === 'insert' && word(i + 1) === 'into') {
            const name = readQualifiedName(tokens, i + 2, text);
            const j = name?.next ?? -1;
            // At the text's end only a fragment (open) may go on: INSERT INTO eng.t" + cols.
            if (name && (isOp(j, '(') || isPlaceholder(j) || wordIn(j, INSERT_NEXT) || (j >= tokens.length && open)))
                add('INSERT', name);
        }
        else if (w === 'update' && !wordIn(i - 1, UPDATE_NOT_AFTER) && !isOp(i - 1, ',')) {
            const name = readQualifiedName(tokens, word(i + 1) === 'only' ? i + 2 : i + 1, text);
            if (name && followedBy(name.next, new Set(['set']), false))
                add('UPDATE', name);
        }
        else if (w === 'delete' && word(i + 1) === 'from') {
            const name = readQualifiedName(tokens, word(i + 2) === 'only' ? i + 3 : i + 2, text);
            if (name && followedBy(name.next, DELETE_NEXT, true))
                add('DELETE', name);
        }
        else if (w === 'merge' && word(i + 1) === 'into') {
            const name = readQualifiedName(tokens, i + 2, text);
            if (name && followedBy(name.next, new Set(['using']), false))
                add('MERGE', name);
        }
        else if (w === 'truncate') {
            for (let j = skipWords(i + 1, new Set(['table', 'only']));; j = skipWords(j + 1, new Set(['only']))) {
                const name = readQualifiedName(tokens, j, text);
                if (!name || (word(name.next) !== undefined && !wordIn(name.next, TRUNCATE_NEXT)))
                    break;
                add('TRUNCATE', name);
                j = isOp(name.next, '*') ? name.next + 1 : name.next;
                if (!isOp(j, ','))
                    break;
            }
        }
        else if (w === 'copy' && !isOp(i + 1, '(')) {
            const name = readQualifiedName(tokens, i + 1, text);
            if (name && word(skipParens(name.next)) === 'from')
                add('COPY', name);
        }
        else if (w === 'alter' || w === 'drop' || w === 'create' || w === 'refresh') {
            ddl(i, w.toUpperCase());
        }
        else if (w === 'comment' && word(i + 1) === 'on') {
            ddl(i + 1, 'COMMENT');
        }
        else if (w === 'grant' || w === 'revoke') {
            grant(i, w.toUpperCase());
        }
        else if (w === 'execute' && tokens[i + 1]?.kind === 'str') {
            const str = tokens[i + 1];
            const inner = text.slice(str.start, str.end).replace(/^E?'|'$/g, '');
            const offset = str.start + text.slice(str.start, str.end).indexOf(inner);
            out.push(...shifted(fallbackTargets(inner, true, path), offset));
        }
    }
    return out;
    function ddl(i, kind) {
        let j = i + 1;
        if (kind === 'ALTER' && word(j) === 'default' && word(j + 1) === 'privileges') {
            while (!ended(j) && word(j) !== 'schema')
                j++;
            if (word(j) === 'schema')
                addList(j + 1, 'GRANT', true);
            return;
        }
        j = skipWords(j, OBJECT_WORDS);
        const objectType = word(j);
        if (objectType === 'schema')
            return add(kind, readQualifiedName(tokens, skipWords(j + 1, OBJECT_WORDS), text), true);
        if (objectType && SCHEMA_SCOPED.has(objectType))
            return void addTableAfterOn(j + 1, kind, objectType === 'rule');
        const words = tokens.slice(i + 1, j).map((t) => t.value);
        if (!words.some((w) => KINDS.has(w)))
            return;
        if (kind === 'CREATE' && words.includes('index') && addTableAfterOn(j, kind))
            return;
        const name = readQualifiedName(tokens, j, text);
        if (!name || name.parts[0] === 'as')
            return;
        add(kind, name);
        // ALTER TABLE vh.t SET SCHEMA eng moves the object into eng.
        for (let k = name.next; kind === 'ALTER' && !ended(k); k++) {
            if (word(k) === 'set' && word(k + 1) === 'schema')
                add('ALTER', readQualifiedName(tokens, k + 2, text), true);
        }
    }
    function grant(i, kind) {
        for (let k = i + 1; !ended(k); k++) {
            if (isOp(k, '('))
                k = skipParens(k) - 1;
            const w = word(k);
            if (w !== 'on' && w !== undefined && !PRIVILEGES.has(w))
                return;
            if (w !== 'on')
                continue;
            let j = k + 1;
            // ON ALL TABLES IN SCHEMA s, ON SCHEMA s: the schema is what changes.
            if (word(j) === 'all')
                while (word(j) !== 'schema' && !ended(j))
                    j++;
            if (word(k + 1) === 'all' || word(j) === 'schema')
                return addList(j + 1, kind, true);
            j = skipWords(j, new Set(['table', 'sequence', 'function', 'procedure', 'routine', 'type', 'domain', 'foreign', 'large', 'object']));
            // A function's signature may follow its name.
            return addList(j, kind, false, skipParens);
        }
    }
    /** The names of a comma-separated list from j; `past` steps over what may follow each. */
    function addList(j, kind, schemaObject, past = (k) => k) {
        for (let name = readQualifiedName(tokens, j, text); name; name = readQualifiedName(tokens, j + 1, text)) {
            add(kind, name, schemaObject);
            j = past(name.next);
            if (!isOp(j, ','))
                return;
        }
    }
}

;// CONCATENATED MODULE: ./src/boundary/sql-classify.ts






/**
 * SQL text to the protected-object candidates it writes. PostgreSQL's parser decides whenever
 * it can: what is a write target and what is only read (a join, a subquery, a CTE's SELECT) is
 * then exact. Statements it rejects go to the tolerant fallback, one statement at a time.
 * The caller loads the parser first (loadParser of src/sql/parser.ts).
 */
// Without one of these words a text cannot write anything: the parser is not asked.
const WRITE_WORDS = /(?<![A-Za-z0-9_$])(?:insert|update|delete|merge|truncate|copy|alter|drop|create|grant|revoke|into|refresh|comment)(?![A-Za-z0-9_$])/i;
const nodes = (list) => list ?? [];
/** The statements of valid SQL, or undefined. Client-side placeholders are not SQL: the same length in valid SQL keeps every offset. */
function parse(text) {
    const sql = text.replace(/%\([A-Za-z0-9_]+\)s/g, (m) => `$1${' '.repeat(m.length - 2)}`).replace(/%s/g, '$1');
    const parsed = (0,parser/* parseStatement */.By)(sql.replace(/(?<![?|&])\?(?![?|&])/g, '0'));
    return parsed.ok ? parsed.nodes : undefined;
}
function classifySql(text, open) {
    if (!WRITE_WORDS.test(text))
        return [];
    const whole = parse(text);
    if (whole)
        return fromStatements(text, whole, []);
    const out = [];
    let searchPath = [];
    for (const statement of (0,statements/* splitStatements */.X)(text).statements) {
        if (!WRITE_WORDS.test(statement.text) && !/search_path/i.test(statement.text))
            continue;
        const parsed = parse(statement.text);
        const found = parsed ? fromStatements(statement.text, parsed, searchPath) : fallbackTargets(statement.text, open, searchPath);
        out.push(...shifted(found, statement.start));
        const set = /^\s*set\s+(?:local\s+|session\s+)?search_path\s*(?:to|=)\s*([^;]*)/i.exec(statement.text);
        if (set)
            searchPath = set[1].split(',').map((s) => s.trim().replace(/^["']|["']$/g, '').toLowerCase());
    }
    return out;
}
function fromStatements(sql, stmts, path) {
    const found = [];
    // libpg_query reports byte offsets into UTF-8; JavaScript indexes UTF-16 units.
    const locator = new locate/* StatementLocator */.g(sql);
    for (const { node, byteOffset, byteLength } of stmts) {
        const set = node.VariableSetStmt;
        if (set?.name === 'search_path') {
            path = nodes(set.args).map((a) => String(a.A_Const?.sval?.sval ?? '').toLowerCase());
            continue;
        }
        const to = byteLength ? locator.toUtf16(byteOffset + byteLength) : sql.length;
        walk(node, { sql, from: locator.toUtf16(byteOffset), to, locator, path, found });
    }
    return found;
}
// Statements that write the relation or name in one field: [kind, field].
const WRITES = {
    InsertStmt: ['INSERT', 'relation'], UpdateStmt: ['UPDATE', 'relation'], DeleteStmt: ['DELETE', 'relation'],
    MergeStmt: ['MERGE', 'relation'], CreateStmt: ['CREATE', 'relation'], ViewStmt: ['CREATE', 'view'], IndexStmt: ['CREATE', 'relation'],
    CreateTrigStmt: ['CREATE', 'relation'], CreatePolicyStmt: ['CREATE', 'table'], AlterPolicyStmt: ['ALTER', 'table'],
    RuleStmt: ['CREATE', 'relation'], CreateSeqStmt: ['CREATE', 'sequence'], AlterSeqStmt: ['ALTER', 'sequence'],
    CompositeTypeStmt: ['CREATE', 'typevar'], AlterTableStmt: ['ALTER', 'relation'], RefreshMatViewStmt: ['REFRESH', 'relation'],
    CreateForeignTableStmt: ['CREATE', 'relation'], CreateFunctionStmt: ['CREATE', 'funcname'], CreateEnumStmt: ['CREATE', 'typeName'],
    CreateRangeStmt: ['CREATE', 'typeName'], AlterEnumStmt: ['ALTER', 'typeName'], CreateDomainStmt: ['CREATE', 'domainname'],
    AlterDomainStmt: ['ALTER', 'typeName'], DefineStmt: ['CREATE', 'defnames'], CreateStatsStmt: ['CREATE', 'defnames'],
    AlterFunctionStmt: ['ALTER', 'func'], SelectStmt: ['SELECT INTO', 'intoClause'], CreateTableAsStmt: ['CREATE', 'into'],
};
// An array's entries are its items, under keys that are not node types.
function walk(node, ctx) {
    if (node === null || typeof node !== 'object')
        return;
    for (const [type, value] of Object.entries(node)) {
        if (value && typeof value === 'object' && !Array.isArray(value) && /^[A-Z]/.test(type))
            visit(type, value, ctx);
        walk(value, ctx);
    }
}
function visit(type, n, ctx) {
    const write = WRITES[type];
    if (write) {
        object(write[0], n[write[1]], ctx);
        // CREATE TABLE vh.p PARTITION OF eng.t changes eng.t.
        if (type === 'CreateStmt' && n.partbound)
            for (const parent of nodes(n.inhRelations))
                object('CREATE', parent, ctx);
        if (type === 'CreateFunctionStmt')
            body(n.options, ctx);
        return;
    }
    switch (type) {
        case 'TruncateStmt':
            for (const r of nodes(n.relations))
                object('TRUNCATE', r, ctx);
            return;
        case 'CopyStmt':
            return relation('COPY', n.is_from ? n.relation : undefined, ctx);
        case 'CreateSchemaStmt':
            return schema('CREATE', n.schemaname, ctx);
        case 'DoStmt':
            return body(n.args, ctx);
        case 'DropStmt': {
            // DROP TRIGGER t ON eng.x names eng, x, t: without its last name, the table that changes.
            const own = ['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE'].includes(String(n.removeType)) ? 1 : 0;
            for (const obj of nodes(n.objects))
                named('DROP', n.removeType === 'OBJECT_SCHEMA', obj, ctx, own);
            return;
        }
        case 'GrantStmt': {
            const onSchema = n.targtype === 'ACL_TARGET_ALL_IN_SCHEMA' || n.objtype === 'OBJECT_SCHEMA';
            for (const o of nodes(n.objects))
                named(n.is_grant ? 'GRANT' : 'REVOKE', onSchema, o, ctx);
            return;
        }
        case 'AlterDefaultPrivilegesStmt': {
            const kind = n.action?.is_grant ? 'GRANT' : 'REVOKE';
            for (const opt of nodes(n.options)) {
                const def = opt.DefElem;
                if (def?.defname === 'schemas')
                    for (const s of listItems(def.arg))
                        schema(kind, s, ctx);
            }
            return;
        }
        case 'RenameStmt':
            if (n.renameType === 'OBJECT_SCHEMA')
                return schema('ALTER', n.subname, ctx);
            return object('ALTER', n.relation ?? n.object, ctx);
        case 'AlterObjectSchemaStmt':
            object('ALTER', n.relation ?? n.object, ctx);
            return schema('ALTER', n.newschema, ctx);
        case 'AlterOwnerStmt':
            return named('ALTER', n.objectType === 'OBJECT_SCHEMA', n.relation ?? n.object, ctx);
        case 'CommentStmt':
            return named('COMMENT', n.objtype === 'OBJECT_SCHEMA', n.object, ctx, n.objtype === 'OBJECT_COLUMN' ? 1 : 0);
    }
}
function relation(kind, rv, ctx) {
    const r = rv;
    if (!r?.relname)
        return;
    const at = r.location === undefined ? ctx.from : ctx.locator.toUtf16(r.location);
    const near = ctx.sql.slice(at, at + 300);
    const name = readQualifiedName(tokenizeSql(near), 0, near);
    const schema = r.schemaname?.toLowerCase() ?? ctx.path[0];
    ctx.found.push({ kind, schema, name: r.relname.toLowerCase(), written: name?.written ?? r.relname, start: at, end: at + (name?.end ?? r.relname.length), via: 'sql-parser' });
}
/** A name given as a list of String nodes (no location): found again in the statement's text. */
function nameList(kind, list, ctx, dropLast = 0) {
    const parts = listItems(list).slice(0, dropLast ? -dropLast : undefined);
    if (parts.length === 0)
        return;
    const { schema, name } = splitName(parts);
    ctx.found.push({ kind, schema: schema ?? ctx.path[0], name, ...sql_classify_locate(ctx, parts), via: 'sql-parser' });
}
function schema(kind, value, ctx) {
    if (typeof value === 'string' && value)
        ctx.found.push({ kind, schema: value.toLowerCase(), schemaObject: true, ...sql_classify_locate(ctx, [value]), via: 'sql-parser' });
}
/** A schema (its name a String node) or any other object. */
function named(kind, isSchema, value, ctx, dropLast = 0) {
    return isSchema ? schema(kind, sval(value), ctx) : object(kind, value, ctx, dropLast);
}
/** Whatever a statement names: a relation (a RangeVar, wrapped or not, or INTO's) or a name list, in any of its shapes. */
function object(kind, value, ctx, dropLast = 0) {
    const v = value;
    if (!v)
        return;
    if (v.RangeVar || v.relname || v.rel)
        return relation(kind, v.RangeVar ?? v.rel ?? v, ctx);
    const names = v.ObjectWithArgs?.objname ?? v.TypeName?.names ?? v.objname;
    // Else a List, wrapped or not, or an array: no other node has list items.
    nameList(kind, names ?? v, ctx, names ? 0 : dropLast);
}
/** Function and DO bodies run SQL of their own: classified like any other text, at their offset. */
function body(options, ctx) {
    for (const opt of nodes(options)) {
        const def = opt.DefElem;
        if (def?.defname !== 'as')
            continue;
        // DO's body is one String node, a function's a List of them.
        for (const text of [sval(def.arg) ?? listItems(def.arg)].flat()) {
            if (!text.trim())
                continue;
            const at = ctx.sql.indexOf(text, ctx.from);
            const found = classifySql(text, false);
            // A body the text does not hold verbatim (its quotes doubled) is shown at the statement.
            ctx.found.push(...(at >= 0 ? shifted(found, at) : found.map((t) => ({ ...t, start: ctx.from, end: ctx.from + 1 }))));
        }
    }
}
function listItems(list) {
    const node = list;
    const items = Array.isArray(list) ? list : ((node?.List ?? node)?.items ?? []);
    return items.map(sval).filter((s) => typeof s === 'string');
}
/** The text of a String node. */
function sval(node) {
    return node?.String?.sval;
}
/** The written form and offsets of a dotted name inside the current statement. */
function sql_classify_locate(ctx, parts) {
    const stmt = ctx.sql.slice(ctx.from, ctx.to);
    const tokens = tokenizeSql(stmt);
    const want = parts.map((p) => p.toLowerCase());
    for (let i = 0; i < tokens.length; i++) {
        const name = readQualifiedName(tokens, i, stmt);
        if (!name)
            continue;
        const got = name.parts.map((p) => p.toLowerCase());
        if (got.length >= want.length && want.every((w, k) => got[got.length - want.length + k] === w)) {
            return { written: name.written, start: ctx.from + name.start, end: ctx.from + name.end };
        }
    }
    return { written: parts.join('.'), start: ctx.from, end: ctx.from };
}

;// CONCATENATED MODULE: ./src/boundary/scan.ts












async function scanTree(options) {
    const { root, rules, only } = options;
    const skipped = new SkipCounter();
    const accept = (rel) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
    const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal) : rules.flatMap((r) => r.include.map((m) => m.base));
    const files = walkFiles({ root, starts, accept, skipped });
    const filesPerRule = new Map(rules.map((r) => [r.name, files.filter((f) => r.covers(f.rel)).length]));
    const result = { findings: [], filesScanned: 0, filesParsed: 0, bytesScanned: 0, skipped, filesPerRule, markers: new Map(), warnings: [] };
    const scanner = new FileScanner(rules, root, (rel, why) => {
        skipped.add('unparseable');
        result.warnings.push(`${rel}: could not be parsed: ${why}`);
    });
    const passes = preFilter(rules);
    const buffer = newReadBuffer();
    for (const file of files) {
        const read = readSource(file.abs, buffer);
        if (!read.ok) {
            skipped.add(read.reason);
            continue;
        }
        result.filesScanned++;
        result.bytesScanned += read.bytes.length;
        const passed = passes(read.bytes, file.abs);
        if (!passed)
            continue;
        result.filesParsed++;
        let text = read.bytes.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff)
            text = ` ${text.slice(1)}`;
        // PostgreSQL's parser (WebAssembly) is loaded when a file first needs it.
        await (0,parser/* loadParser */.qd)();
        const { findings, markers } = scanner.scan(file.rel, text, passed === 'orm');
        result.findings.push(...findings);
        if (markers)
            result.markers.set(file.rel, markers);
    }
    return result;
}
class FileScanner {
    rules;
    unparseable;
    word;
    models;
    /** `root` lets ORM names be followed into the files they are imported from; `unparseable` hears of files that cannot be read as code. */
    constructor(rules, root, unparseable = () => { }) {
        this.rules = rules;
        this.unparseable = unparseable;
        this.word = wordPattern(rules);
        this.models = new ModelIndex(root, unparseable);
    }
    /**
     * One file the pre-filter passed, start to finish (the caller loads the parser first). `ormOnly`: the pre-filter
     * passed it for an ORM-like call alone (src/boundary/prefilter.ts). Markers come back only where a write was seen:
     * there they accept one, or are reported unused.
     */
    scan(rel, text, ormOnly = false) {
        const profile = profileFor(rel);
        // Only worth a lex when a protected table can be behind the call.
        if (ormOnly && !this.models.mayWrite(rel, text, (m) => this.rules.some((r) => r.protects({ ...m, kind: '', written: '', start: 0, end: 0, via: 'query-builder' }))))
            return { findings: [] };
        const { fragments, tokens, broken } = extractFragments(text, profile);
        const targets = [];
        // Only the literals that hold a protected name (and a write word: classifySql) reach the parser.
        for (const fragment of fragments.filter((f) => this.word.test(f.text))) {
            const whole = !fragment.map && fragment.base === undefined;
            for (const t of classifySql(fragment.text, fragment.open)) {
                const sourceStart = whole ? t.start : (offsetOf(fragment, t.start) ?? lastOffsetOf(fragment) ?? 0);
                const sourceEnd = whole ? t.end : (offsetOf(fragment, Math.max(t.start, t.end - 1)) ?? sourceStart) + 1;
                targets.push({ ...t, sourceStart, sourceEnd });
            }
        }
        if (profile.name === 'javascript' && broken)
            this.unparseable(rel, 'its brackets or strings do not balance; its query-builder and ORM calls were not checked, its SQL strings were');
        else if (profile.builders) {
            for (const t of builderTargets(tokens, this.models.forFile(rel, tokens)))
                targets.push({ ...t, sourceStart: t.start, sourceEnd: t.end });
        }
        if (targets.length === 0)
            return { findings: [] };
        targets.sort((a, b) => a.sourceStart - b.sourceStart);
        const covering = this.rules.filter((r) => r.covers(rel));
        const locator = new position/* LineLocator */.TY(text);
        const findings = new Map();
        for (const t of targets) {
            const protecting = covering.filter((r) => r.protects(t));
            if (protecting.length === 0)
                continue;
            const at = locator.locate(t.sourceStart);
            const end = t.sourceEnd > t.sourceStart ? at.column + (0,position/* countCodePoints */.sA)(text, t.sourceStart, Math.min(t.sourceEnd, lineEnd(text, t.sourceStart))) : at.column + t.written.length;
            for (const rule of protecting) {
                const id = `${at.line}:${at.column}:${t.kind}:${rule.name}`;
                if (findings.has(id))
                    continue;
                const snippet = snippetAt(text, t.sourceStart);
                findings.set(id, { file: rel, line: at.line, column: at.column, endColumn: end, kind: t.kind, object: shownObject(text, t), rule: rule.name, via: t.via, snippet });
            }
        }
        return { findings: [...findings.values()], markers: findMarkers(text) };
    }
}
/** An interpolated name (`eng.${table}`) is shown as the source spells it, not as the `__` stand-in. */
function shownObject(text, t) {
    if (!t.written.includes('__'))
        return t.written;
    const source = text.slice(t.sourceStart, t.sourceEnd);
    return /[\r\n]/.test(source) ? t.written : source;
}
function snippetAt(text, offset) {
    const from = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    const line = text.slice(from, lineEnd(text, offset)).trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/engine/outcome.ts
var outcome = __webpack_require__(938);
;// CONCATENATED MODULE: ./src/engine/boundary-check.ts











// Most damaging first: the adapters show the first few in full and count the rest.
const SEVERITY = ['DROP', 'TRUNCATE', 'DELETE', 'ALTER', 'UPDATE', 'MERGE', 'INSERT', 'COPY', 'SELECT INTO', 'GRANT', 'REVOKE', 'CREATE', 'REFRESH', 'COMMENT'];
const severity = (kind) => {
    const i = SEVERITY.indexOf(kind);
    return i < 0 ? SEVERITY.length : i;
};
function sortFindings(findings) {
    return findings.sort((a, b) => severity(a.kind) - severity(b.kind) || (0,code_unit_order/* byCodeUnits */.C)(a.file, b.file) || a.line - b.line || a.column - b.column);
}
/**
 * `pg-promote boundary-check`: finds code that writes into another app's schema. Findings fail
 * the run (exit 1); rules that protect or cover nothing are configuration errors (exit 2); a
 * rule whose paths match no file is a warning, or an error with fail_on_empty_rule.
 */
async function boundaryCheck(ctx) {
    const started = Date.now();
    const { options, envelope } = ctx;
    const flags = options.boundary ?? {};
    // A rules file stands on its own: an app's repository that only runs this check holds no promotion config.
    const root = flags.rulesFile ? external_node_path_default().resolve(options.root) : ctx.config.root;
    const source = flags.rulesFile ?? ctx.config.source;
    const section = flags.rulesFile ? await loadRulesFile(root, flags.rulesFile) : ctx.config.boundaryCheck;
    if (section.rules.length === 0) {
        const file = flags.rulesFile ?? (0,defaults/* configFileToEdit */.g)(source);
        throw (0,promote_error/* configError */.Fj)(`no boundary rules configured: list under boundary_check.rules in ${file} which code (paths) must not write to which schemas (protected_schemas) or tables (protected_prefixes)`, { file, key: 'boundary_check.rules' });
    }
    const rules = compileRules(section.rules, source);
    const only = flags.paths && flags.paths.length > 0 ? flags.paths.map(pathsOption) : undefined;
    const baselineWritten = flags.baseline ?? section.baseline;
    const baseline = baselineWritten ? loadBaseline(root, baselineWritten, flags.baseline ? '--baseline' : 'boundary_check.baseline') : undefined;
    const scan = await scanTree({ root, rules, only });
    const problems = [];
    const { failing, accepted } = applyExceptions(scan.findings, (file) => scan.markers.get(file) ?? new Map(), baseline, problems);
    for (const [file, markers] of scan.markers) {
        for (const marker of markers.values())
            if (!marker.used)
                problems.push(`${file}:${marker.line}: '${MARKER_TEXT}' matches no finding; remove it`);
    }
    const scanned = new Set(scan.markers.keys());
    for (const entry of baseline?.entries ?? []) {
        if (!entry.used && (only === undefined || scanned.has(entry.file))) {
            problems.push(`${baseline.path}: accepted ${entry.kind ?? 'write'} to ${entry.object} in ${entry.file} matches no finding; remove it`);
        }
    }
    const emptyRules = rules.filter((r) => (scan.filesPerRule.get(r.name) ?? 0) === 0 && (only === undefined || coversNothing(root, r))).map((r) => r.name);
    for (const name of emptyRules) {
        const rule = rules.find((r) => r.name === name);
        envelope.warnings.push(`boundary rule '${name}': its paths (${rule.paths.join(', ')}) match no file, so nothing was checked`);
    }
    envelope.warnings.push(...scan.warnings, ...problems);
    const report = {
        findings: sortFindings(failing),
        accepted: sortFindings(accepted),
        filesScanned: scan.filesScanned,
        filesParsed: scan.filesParsed,
        bytesScanned: scan.bytesScanned,
        skipped: scan.skipped.counts,
        emptyRules,
        rules: rules.map((r) => ({ name: r.name, paths: r.paths, protectedSchemas: r.protectedSchemas, protectedPrefixes: r.protectedPrefixes, files: scan.filesPerRule.get(r.name) ?? 0 })),
        exceptionProblems: problems,
        baselinePath: baseline?.path,
        durationMs: 0,
    };
    if (flags.sarif) {
        const sarifPath = external_node_path_default().resolve(root, flags.sarif);
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(sarifPath), { recursive: true });
            (0,external_node_fs_.writeFileSync)(sarifPath, `${JSON.stringify(buildSarif(rules, report.findings, report.accepted), null, 2)}\n`);
        }
        catch (err) {
            throw (0,promote_error/* usageError */.Wp)(`cannot write SARIF to ${flags.sarif}: ${err.message}`, { key: '--sarif' });
        }
        report.sarifPath = sarifPath;
    }
    report.durationMs = Date.now() - started;
    return (0,outcome/* endWith */.qZ)({ boundary: report }, verdict(report, emptyRules.length > 0 && section.failOnEmptyRule, source));
}
/** Findings fail the run (exit 1); with fail_on_empty_rule, so does a rule that matched no file (exit 2). */
function verdict(report, failOnEmpty, file) {
    const { emptyRules } = report;
    if (failOnEmpty) {
        return (0,promote_error/* configError */.Fj)(`boundary rule${emptyRules.length > 1 ? 's' : ''} ${emptyRules.map((n) => `'${n}'`).join(', ')} match no file (fail_on_empty_rule is set)`, {
            file,
            key: 'boundary_check.fail_on_empty_rule',
        });
    }
    if (report.findings.length > 0) {
        const first = report.findings[0];
        const n = report.findings.length;
        return new promote_error/* CheckFailed */.EC(`${n} write${n === 1 ? '' : 's'} into protected schemas or tables (first: ${first.kind} ${first.object} at ${first.file}:${first.line}, rule ${first.rule})`);
    }
    return undefined;
}
function pathsOption(written) {
    try {
        return compilePattern(written, { key: '--paths' });
    }
    catch (err) {
        throw (0,promote_error/* usageError */.Wp)(`--paths: ${err.message}`, { key: '--paths' });
    }
}
/** With --paths, a rule may have matched nothing here and still cover files elsewhere. */
function coversNothing(root, rule) {
    return walkFiles({ root, starts: rule.include.map((m) => m.base), accept: rule.covers, skipped: new SkipCounter() }).length === 0;
}
/**
 * Rules from a separate file (the action's `rules-file` input, the CLI's rulesFile): the
 * `boundary_check` block of promotion.yml, alone, in YAML or JSON. The YAML parser and the
 * schema are loaded only for one.
 */
async function loadRulesFile(root, written) {
    const [{ parseDocument }, { promotionConfigSchema }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), Promise.all(/* import() */[__webpack_require__.e(952), __webpack_require__.e(245), __webpack_require__.e(896)]).then(__webpack_require__.bind(__webpack_require__, 3245))]);
    const abs = external_node_path_default().resolve(root, written);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        throw (0,promote_error/* usageError */.Wp)(`rules file ${written}: ${err.code === 'ENOENT' ? 'not found' : err.message}`, { key: 'rules-file' });
    }
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors[0])
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file: written });
    const raw = (doc.toJS({ maxAliasCount: 50 }) ?? {});
    const block = typeof raw === 'object' && 'boundary_check' in raw ? raw.boundary_check : raw;
    const parsed = promotionConfigSchema.shape.boundary_check.unwrap().safeParse(block);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw (0,promote_error/* configError */.Fj)(`${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`, { file: written, key: issue.path.map(String).join('.') });
    }
    return {
        rules: parsed.data.rules.map((r) => ({ name: r.name, paths: r.paths, protectedSchemas: r.protected_schemas, protectedPrefixes: r.protected_prefixes })),
        baseline: parsed.data.baseline,
        failOnEmptyRule: parsed.data.fail_on_empty_rule,
    };
}
/**
 * Accepted writes are reported, not failed; a marker without a reason, or a baseline entry that
 * matches nothing, is reported as a problem rather than silently ignored. The baseline:
 * `{"version": 1, "accepted": [{file, rule, kind, object, reason}]}` (or the bare
 * list). Lines are not part of a match, so edits elsewhere in a file do not un-accept a write.
 */
function loadBaseline(root, written, key) {
    const abs = external_node_path_default().resolve(root, written);
    const rel = external_node_path_default().relative(root, abs);
    if (rel.startsWith('..') || external_node_path_default().isAbsolute(rel))
        throw (0,promote_error/* configError */.Fj)(`baseline '${written}' is outside the repository root`, { key });
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(abs, 'utf8'));
    }
    catch (err) {
        const code = err.code;
        throw (0,promote_error/* configError */.Fj)(`baseline ${code === 'ENOENT' ? 'not found' : `is not valid JSON: ${err.message}`}`, { file: written, key });
    }
    const list = Array.isArray(raw) ? raw : raw?.accepted;
    if (!Array.isArray(list))
        throw (0,promote_error/* configError */.Fj)('baseline must be a list of accepted findings, or {"accepted": [...]}', { file: written, key });
    const entries = list.map((item, i) => {
        const e = (item ?? {});
        const where = { file: written, key: `accepted.${i}` };
        for (const field of ['file', 'object', 'reason']) {
            if (typeof e[field] !== 'string' || !e[field].trim())
                throw (0,promote_error/* configError */.Fj)(`accepted.${i}.${field} is required (a non-empty string)`, where);
        }
        return {
            file: e.file.replace(/\\/g, '/').replace(/^\.\//, ''),
            rule: typeof e.rule === 'string' ? e.rule : undefined,
            kind: typeof e.kind === 'string' ? e.kind.toUpperCase() : undefined,
            object: normalizeObject(e.object),
            reason: e.reason.trim(),
            used: false,
        };
    });
    return { path: rel.split((external_node_path_default()).sep).join('/'), entries };
}
const normalizeObject = (o) => o.replace(/"/g, '').replace(/\s+/g, '').toLowerCase();
function baselineFor(baseline, f) {
    if (!baseline)
        return undefined;
    const object = normalizeObject(f.object);
    return baseline.entries.find((e) => e.file === f.file && e.object === object && (e.rule === undefined || e.rule === f.rule) && (e.kind === undefined || e.kind === f.kind.toUpperCase()));
}
/** Splits findings into failing and accepted, marking the exceptions that were used. */
function applyExceptions(findings, markersOf, baseline, problems) {
    const failing = [];
    const accepted = [];
    const reported = new Set();
    for (const f of findings) {
        const marker = markerFor(markersOf(f.file), f.line);
        if (marker) {
            marker.used = true;
            if (marker.reason) {
                accepted.push({ ...f, reason: marker.reason, source: 'inline' });
                continue;
            }
            const id = `${f.file}:${marker.line}`;
            if (!reported.has(id))
                problems.push(`${id}: '${MARKER_TEXT}' needs a reason after it; the finding stands`);
            reported.add(id);
        }
        const entry = baselineFor(baseline, f);
        if (entry) {
            entry.used = true;
            accepted.push({ ...f, reason: entry.reason, source: 'baseline' });
            continue;
        }
        failing.push(f);
    }
    return { failing, accepted };
}


/***/ }),

/***/ 9471:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ StatementLocator)
/* harmony export */ });
/* harmony import */ var _sql_parser_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7117);

const ASCII = /^[\x00-\x7f]*$/;
/**
 * Positions inside one statement. The parser counts bytes of UTF-8; JavaScript strings count
 * UTF-16 units; and some tree nodes (an ALTER TABLE's subcommands) carry no location at all,
 * so those are found in the statement's tokens, scanned only when a finding needs them.
 * Offsets are in the text that was parsed: `base` is where the statement starts in it (its
 * byte offset in the file when the whole file was parsed at once, else 0).
 */
class StatementLocator {
    text;
    base;
    tokenCache;
    ascii;
    bytes;
    constructor(text, base = 0) {
        this.text = text;
        this.base = base;
        this.ascii = ASCII.test(text);
    }
    /** UTF-16 offset in the statement text of a parser byte offset. */
    toUtf16(byteOffset) {
        const at = Math.max(0, byteOffset - this.base);
        if (this.ascii)
            return Math.min(at, this.text.length);
        this.bytes ??= Buffer.from(this.text, 'utf8');
        return this.bytes.subarray(0, at).toString('utf8').length;
    }
    tokens() {
        this.tokenCache ??= (0,_sql_parser_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTokens */ .we)(this.text)
            .filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT')
            .map((t) => (this.base === 0 ? t : { ...t, start: t.start + this.base, end: t.end + this.base }));
        return this.tokenCache;
    }
    /**
     * Byte offset of the first token of ALTER TABLE's subcommand `index`: the commands follow the
     * table name and are separated by commas outside parentheses.
     */
    alterCommand(relationAt, index) {
        const tokens = this.tokens();
        let i = tokens.findIndex((t) => t.start >= (relationAt ?? this.base));
        if (i < 0)
            return relationAt ?? this.base;
        // The name: ident(.ident)*, then an optional `*` (descendant tables).
        i++;
        while (tokens[i]?.text === '.' && tokens[i + 1])
            i += 2;
        if (tokens[i]?.text === '*')
            i++;
        let depth = 0;
        let command = 0;
        for (; i < tokens.length; i++) {
            const token = tokens[i];
            if (command === index)
                return token.start;
            if (token.text === '(')
                depth++;
            else if (token.text === ')')
                depth--;
            else if (token.text === ',' && depth === 0)
                command++;
        }
        return relationAt ?? this.base;
    }
    /** Byte offset of the first token spelled `word` (any case) at or after `from`; else `from`. */
    keyword(word, from) {
        const upper = word.toUpperCase();
        return this.tokens().find((t) => t.start >= from && t.text.toUpperCase() === upper)?.start ?? from;
    }
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

/***/ 1431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j4: () => (/* binding */ loadLibPgQuery)
/* harmony export */ });
/* unused harmony exports WASM_FILE, wasmDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1376);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2896);





const WASM_FILE = 'libpg-query.wasm';
let loading;
function loadLibPgQuery() {
    loading ??= importLibrary();
    return loading;
}
/**
 * Where libpg-query.wasm is: next to the running bundle (scripts/build.mjs copies it into each
 * ncc output folder, since bundlers cannot see the loader's reference to it), else in
 * node_modules when running from the sources.
 */
function wasmDirectory() {
    const here = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(here, WASM_FILE)))
        return here;
    try {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve(`libpg-query/wasm/${WASM_FILE}`));
    }
    catch {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .InternalError */ .Gd(`PostgreSQL's parser (${WASM_FILE}) is missing: it belongs next to ${(0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)}`);
    }
}
async function importLibrary() {
    // Emscripten's loader finds the .wasm through the CommonJS free variable __dirname, which an
    // ES module bundle lacks: it is provided for the moment the module initialises.
    const g = globalThis;
    const provided = g.__dirname === undefined;
    if (provided)
        g.__dirname = wasmDirectory();
    try {
        const lib = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 5008, 23));
        await lib.loadModule();
        return lib;
    }
    finally {
        if (provided)
            delete g.__dirname;
    }
}


/***/ }),

/***/ 7117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   qd: () => (/* binding */ loadParser),
/* harmony export */   we: () => (/* binding */ scanTokens)
/* harmony export */ });
/* harmony import */ var _libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1431);

/**
 * The one wrapper over PostgreSQL's parser (libpg-query.ts loads it once per process): after
 * loadParser() every parse is synchronous and a bad statement is a value, never a throw.
 */
let lib;
async function loadParser() {
    lib = await (0,_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__/* .loadLibPgQuery */ .j4)();
}
function parser() {
    if (!lib)
        throw new Error('parser used before loadParser()');
    return lib;
}
/** Parses SQL text (a statement or a whole file); call loadParser() first. Never throws for bad SQL. */
function parseStatement(text) {
    const { parseSync } = parser();
    try {
        const result = parseSync(text);
        const nodes = (result.stmts ?? []).flatMap((raw) => raw.stmt ? [{ node: raw.stmt, byteOffset: raw.stmt_location ?? 0, byteLength: raw.stmt_len ?? 0 }] : []);
        return { ok: true, nodes };
    }
    catch (err) {
        const e = err;
        return { ok: false, message: e.message, codePoint: Math.max(0, e.sqlDetails?.cursorPosition ?? 0) };
    }
}
/** The statement's tokens (byte offsets, comments included), for places the tree has no location. */
function scanTokens(text) {
    try {
        return parser().scanSync(text).tokens;
    }
    catch {
        return [];
    }
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
