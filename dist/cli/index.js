#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ walkFiles),
/* harmony export */   Mi: () => (/* binding */ SkipCounter),
/* harmony export */   o$: () => (/* binding */ readSource)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



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
    let realRoot;
    try {
        realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(root);
    }
    catch {
        return [];
    }
    const out = [];
    const walkedDirs = new Set();
    const consider = (rel, abs) => {
        if (!accept(rel))
            return;
        const ext = node_path__WEBPACK_IMPORTED_MODULE_2___default().extname(rel).toLowerCase();
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
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            skipped.add('unreadable');
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(abs);
        }
        catch (err) {
            const code = err.code;
            if (accept(rel) || code === 'ELOOP')
                skipped.add(code === 'ELOOP' ? 'symlink loop' : 'unreadable');
            return;
        }
        const inside = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(realRoot, target);
        if (inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(inside)) {
            if (accept(rel))
                skipped.add('symlink outside the root');
            return;
        }
        const st = tryStat(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target));
        if (!st?.isDirectory()) {
            // A FIFO, a socket or a device is no source file (and reading a FIFO would hang).
            if (!st?.isFile()) {
                if (accept(rel))
                    skipped.add(st ? 'not a regular file' : 'unreadable');
                return;
            }
            // Reached under its own name too when a rule covers that: one file, one set of findings.
            const ownRel = inside.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
            if (ownRel !== rel && accept(ownRel) && starts.some((s) => s === '' || ownRel === s || ownRel.startsWith(`${s}/`)))
                return;
            consider(rel, target);
            return;
        }
        // A link to a folder that contains it would make the walk endless.
        if (chain.has(target) || [...chain].some((c) => target === c || c.startsWith(target + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))) {
            skipped.add('symlink loop');
            return;
        }
        walkDir(rel, target, target, new Set([...chain, target]));
    };
    for (const start of dedupeStarts(starts)) {
        const abs = start ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, start) : node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(root);
        const st = tryStat(() => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs));
        if (!st)
            continue;
        if (st.isSymbolicLink())
            followLink(start, abs, new Set([realRoot]));
        else if (st.isDirectory())
            walkDir(start, abs, start ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realRoot, start) : realRoot, new Set([realRoot, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realRoot, start)]));
        else if (st.isFile())
            consider(start, abs);
    }
    return out;
}
function tryStat(stat) {
    try {
        return stat();
    }
    catch {
        return undefined;
    }
}
/** path.join for a normalized folder and a name from readdir, without normalizing the whole path again. */
function child(dir, name) {
    return dir.endsWith((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) ? dir + name : dir + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep) + name;
}
/** `apps` already covers `apps/vh`: walking both would read every file twice. */
function dedupeStarts(starts) {
    const sorted = [...new Set(starts)].sort((a, b) => a.length - b.length);
    const kept = [];
    for (const s of sorted)
        if (!kept.some((k) => k === '' || s === k || s.startsWith(`${k}/`)))
            kept.push(s);
    return kept;
}
// O_NONBLOCK: the walk passes regular files only, but one swapped for a FIFO since then must not
// hang the open (it reads as empty instead). On a regular file the flag changes nothing.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK ?? 0);
/**
 * A file's bytes, or why it is not scanned. Its size is asked first: a file over the limit is
 * known before megabytes of it are read. readFileSync reads up to that size, or to the end for a
 * file that reports none (as on some special file systems): that is checked after.
 */
function readSource(abs) {
    let bytes;
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, OPEN_FLAGS);
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
            if (!st.isFile())
                return { ok: false, reason: 'not a regular file' };
            if (st.size > MAX_FILE_BYTES)
                return { ok: false, reason: 'too large' };
            bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(fd);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return { ok: false, reason: 'not UTF-8' };
    return { ok: true, bytes };
}


/***/ }),

/***/ 4305:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ preFilter),
/* harmony export */   R: () => (/* binding */ wordPattern)
/* harmony export */ });
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
 * byte-for-byte view, and protected names are ASCII (rules.ts checks), so the pattern finds in
 * it exactly the names the UTF-8 text holds; a regular expression rather than Buffer.indexOf,
 * since names match in any case.
 */
function preFilter(rules) {
    const word = wordPattern(rules);
    return (bytes, file = '') => {
        const text = bytes.toString('latin1');
        return word.test(text) ? 'name' : SCRIPT.test(file) && ORM_WRITE.test(text) ? 'orm' : undefined;
    };
}


/***/ }),

/***/ 1947:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readerOrMain),
/* harmony export */   w: () => (/* binding */ readInBatches)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6689);
/* harmony import */ var _prefilter_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4305);





/**
 * Reading and pre-filtering every file is most of a large scan's time, and a runner has more
 * than one core: a reader thread does it, batch by batch, while the calling thread lexes and
 * classifies the candidates it names. A thread needs a module to start from, and only a bundled
 * entry module can be one: the adapters' entries hand themselves to `readerOrMain`. Without
 * that (tests in-process, the engine as a library) the calling thread reads alone.
 */
const KIND = 'pg-promote-boundary-reader';
/** Below this many files a thread's start costs more than it saves. */
const MIN_FILES_FOR_READER = 2000;
const BATCH = 256;
let entry;
async function readerOrMain(entryUrl, main) {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.isMainThread) {
        entry = new URL(entryUrl);
        return main();
    }
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.workerData;
    if (job?.kind !== KIND)
        return;
    for (const batch of readBatches(job))
        node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.parentPort.postMessage(batch);
}
/** The outcomes of `paths` in batches, in order, from a reader thread when one pays. */
function readInBatches(paths, rules) {
    const names = rules.map((r) => ({ protectedSchemas: r.protectedSchemas, protectedPrefixes: r.protectedPrefixes }));
    const job = { kind: KIND, paths, names };
    const threaded = entry !== undefined && paths.length >= MIN_FILES_FOR_READER && node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism() > 1;
    return threaded ? { threads: 2, batches: fromThread(entry, job) } : { threads: 1, batches: readBatches(job) };
}
function* readBatches(job) {
    const passes = (0,_prefilter_js__WEBPACK_IMPORTED_MODULE_4__/* .preFilter */ .E)(job.names);
    const outcome = (abs) => {
        const read = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readSource */ .o$)(abs);
        return !read.ok ? read.reason : (passes(read.bytes, abs) ?? read.bytes.length);
    };
    for (let from = 0; from < job.paths.length; from += BATCH)
        yield job.paths.slice(from, from + BATCH).map(outcome);
}
async function* fromThread(entry, job) {
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_2__.Worker(entry, { workerData: job, stdout: false, stderr: false });
    try {
        let left = Math.ceil(job.paths.length / BATCH);
        // A thread that fails ends the iteration with its error.
        for await (const [outcomes] of (0,node_events__WEBPACK_IMPORTED_MODULE_0__.on)(worker, 'message')) {
            yield outcomes;
            if (--left === 0)
                return;
        }
    }
    finally {
        await worker.terminate();
    }
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _boundary_reader_threads_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1947);

// This module is also the entry of the boundary scan's reader threads: a reader loads only its reading.
await (0,_boundary_reader_threads_js__WEBPACK_IMPORTED_MODULE_0__/* .readerOrMain */ .W)(import.meta.url, async () => {
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(830)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3830));
    // A reader that goes away (`pg-promote migrate | head -4`) ends the output, not the run: what
    // would be printed after it is dropped quietly (no EPIPE stack trace), and a migration is
    // never cut short because its log is no longer read.
    let stdoutOpen = true;
    let stderrOpen = true;
    process.stdout.on('error', () => (stdoutOpen = false));
    process.stderr.on('error', () => (stderrOpen = false));
    process.exitCode = await main(process.argv.slice(2), {
        stdout: (text) => stdoutOpen && process.stdout.write(text),
        stderr: (text) => stderrOpen && process.stderr.write(text),
        cwd: process.cwd(),
        env: process.env,
    });
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 1376:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
