export const id = 695;
export const ids = [695];
export const modules = {

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ heapArena)
/* harmony export */ });
const heapArena = {
    resize(current, keep, size) {
        const next = Buffer.allocUnsafe(size);
        current?.copy(next, 0, 0, keep);
        return next;
    },
};


/***/ }),

/***/ 6689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   Fv: () => (/* binding */ walkFiles),
/* harmony export */   Mi: () => (/* binding */ SkipCounter),
/* harmony export */   qg: () => (/* binding */ FileReader)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _buffer_arena_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6556);




class SkipCounter {
    counts = {};
    /** A few paths per reason, so a person can find what was skipped. */
    examples = {};
    add(reason, rel) {
        this.counts[reason] = (this.counts[reason] ?? 0) + 1;
        const list = (this.examples[reason] ??= []);
        if (list.length < 5)
            list.push(rel);
    }
}
const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
// Never the app's own code, and scanning them would be slow and noisy.
const EXCLUDED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules', 'bower_components', '.venv', '__pycache__']);
// Prose, not code: a README quoting an INSERT is documentation of it.
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.mdx', '.rst', '.adoc', '.asciidoc', '.txt', '.rtf', '.org', '.textile']);
// Machine output that repeats source text (a source map embeds every file it maps).
const GENERATED_EXTENSIONS = new Set(['.map', '.lock', '.snap']);
/** Every regular file under the starts that `accept` wants, each once, never leaving the root. */
function walkFiles(options) {
    const { root, skipped, accept } = options;
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
            skipped.add('documentation', rel);
        else if (GENERATED_EXTENSIONS.has(ext))
            skipped.add('generated', rel);
        else {
            out.push({ rel, abs });
            options.found?.(out);
        }
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
            skipped.add('unreadable', rel || '.');
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const childAbs = child(abs, entry.name);
            if (entry.isDirectory()) {
                if (EXCLUDED_DIRS.has(entry.name))
                    skipped.add('vendored or VCS folder', childRel);
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
                skipped.add('not a regular file', childRel);
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
                skipped.add(code === 'ELOOP' ? 'symlink loop' : 'unreadable', rel);
            return;
        }
        const inside = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(realRoot, target);
        if (inside.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(inside)) {
            if (accept(rel))
                skipped.add('symlink outside the root', rel);
            return;
        }
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target);
        }
        catch {
            if (accept(rel))
                skipped.add('unreadable', rel);
            return;
        }
        if (!st.isDirectory()) {
            // The reader trusts the walk to hand it regular files: it asks a file that fits its buffer
            // nothing but its bytes, and a FIFO, a socket or a device is no source file.
            if (!st.isFile()) {
                if (accept(rel))
                    skipped.add('not a regular file', rel);
                return;
            }
            // Reached under its own name too when a rule covers that: one file, one set of findings.
            const ownRel = inside.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/');
            if (ownRel !== rel && accept(ownRel) && walkedStartCovers(ownRel))
                return;
            consider(rel, target);
            return;
        }
        // A link to a folder that contains it would make the walk endless.
        if (chain.has(target) || [...chain].some((c) => target === c || c.startsWith(target + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))) {
            skipped.add('symlink loop', rel);
            return;
        }
        walkDir(rel, target, target, new Set([...chain, target]));
    };
    const walkedStartCovers = (rel) => options.starts.some((s) => s === '' || rel === s || rel.startsWith(`${s}/`));
    for (const start of dedupeStarts(options.starts)) {
        const abs = start ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, start) : node_path__WEBPACK_IMPORTED_MODULE_2___default().normalize(root);
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(abs);
        }
        catch {
            continue;
        }
        if (st.isSymbolicLink())
            followLink(start, abs, new Set([realRoot]));
        else if (st.isDirectory())
            walkDir(start, abs, start ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realRoot, start) : realRoot, new Set([realRoot, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(realRoot, start)]));
        else if (st.isFile())
            consider(start, abs);
    }
    return out;
}
/**
 * path.join for a folder already normalized and a name from readdir (never '.', '..' or holding
 * a separator): the same string, without normalizing the whole path again for every entry.
 */
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
 * Reads a file into a buffer that is reused for the next file: the scan handles files one at a
 * time, and not allocating per file keeps memory flat on a 200 MB tree. Files come from the walk,
 * which has already checked they are regular files, so a file costs three system calls: open,
 * one read (a read that does not fill the buffer has reached the end of a regular file), close.
 */
class FileReader {
    maxBytes;
    arena;
    buffer;
    constructor(maxBytes = DEFAULT_MAX_FILE_BYTES, arena = _buffer_arena_js__WEBPACK_IMPORTED_MODULE_3__/* .heapArena */ .y) {
        this.maxBytes = maxBytes;
        this.arena = arena;
        this.buffer = this.freshBuffer();
    }
    /** Room for a file up to 256 KiB (or the limit) and one byte more, which tells a full read from the file's end. */
    freshBuffer() {
        return this.arena.resize(undefined, 0, Math.min(this.maxBytes, 256 * 1024) + 1);
    }
    read(abs) {
        // An arena's memory that grew for someone else leaves this view detached (length 0).
        if (this.buffer.length === 0)
            this.buffer = this.freshBuffer();
        let fd;
        try {
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, OPEN_FLAGS);
        }
        catch {
            return { ok: false, reason: 'unreadable' };
        }
        try {
            let length = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, this.buffer, 0, this.buffer.length, 0);
            if (length === this.buffer.length) {
                // Only a file larger than the buffer asks for its size: whether it is over the limit
                // is known before reading megabytes of it.
                const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
                if (!st.isFile())
                    return { ok: false, reason: 'not a regular file' };
                if (st.size > this.maxBytes)
                    return { ok: false, reason: 'too large' };
                length = this.readRest(fd, length);
                if (length > this.maxBytes)
                    return { ok: false, reason: 'too large' };
            }
            const bytes = this.buffer.subarray(0, length);
            // git's test: a NUL byte near the start means binary.
            if (bytes.subarray(0, 8000).indexOf(0) >= 0)
                return { ok: false, reason: 'binary' };
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
                return { ok: false, reason: 'not UTF-8' };
            return { ok: true, bytes };
        }
        catch {
            return { ok: false, reason: 'unreadable' };
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
    }
    /**
     * Reads on until the end of the file or one byte past the limit (a file that grew since its
     * size was taken is still caught as too large), growing the buffer as it fills.
     */
    readRest(fd, length) {
        for (;;) {
            if (length === this.buffer.length) {
                if (length > this.maxBytes)
                    return length;
                this.buffer = this.arena.resize(this.buffer, length, Math.min(this.maxBytes + 1, length * 2));
            }
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, this.buffer, length, this.buffer.length - length, length);
            if (n === 0)
                return length;
            length += n;
        }
    }
}


/***/ }),

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ ScanBoard)
/* harmony export */ });
/* unused harmony export MAX_SCAN_FILES */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/**
 * The shared memory of one threaded scan, one SharedArrayBuffer that every thread sees and that
 * grows as the walk finds files:
 *
 * - how many files the walk has handed out, and whether it has ended: readers start on the
 *   first files while the calling thread is still walking;
 * - a cursor: the next file nobody has taken;
 * - each file's state: not yet read, read and clean (with its size), a candidate, or skipped
 *   and why;
 * - a queue of candidates: files a reader thread found holding a protected name, which the
 *   calling thread (the only one that lexes and parses) takes before any new file;
 * - how many reader threads have finished, and a count of news for the calling thread to wait on.
 */
const CURSOR = 0;
const QUEUED = 1;
const TAKEN = 2;
const FINISHED = 3;
/** Bumped after each candidate is queued and each reader finishes: what the calling thread waits on. */
const NEWS = 4;
/** Files the walk has handed out so far, and whether it has ended (1). */
const PUBLISHED = 5;
const WALKED = 6;
const HEADER = 8;
/** Per file: its state, its size, and (indexed by queue slot) a queued candidate's index plus one. */
const STATE = 0;
const SIZE = 1;
const QUEUE = 2;
const FIELDS = 3;
/** The board grows with the walk, up to this many files. */
const MAX_SCAN_FILES = 1 << 24;
const PENDING = 0;
const CLEAN = 1;
const CANDIDATE = 2;
/** Reasons a reader can skip a file for; the state is SKIPPED + the reason's index. */
const READ_SKIPS = ['binary', 'too large', 'not UTF-8', 'unreadable', 'not a regular file'];
const SKIPPED = 3;
const bytesFor = (files) => (HEADER + FIELDS * files) * 4;
class ScanBoard {
    buffer;
    header;
    /** Tracks the buffer's length as it grows. */
    cells;
    constructor(buffer) {
        this.buffer = buffer;
        this.header = new Int32Array(buffer, 0, HEADER);
        this.cells = new Int32Array(buffer);
    }
    /** A board for files the walk is still finding: it grows as they are published. */
    static create(initialFiles = 4096) {
        return new ScanBoard(new SharedArrayBuffer(bytesFor(initialFiles), { maxByteLength: bytesFor(MAX_SCAN_FILES) }));
    }
    /** The walk has found `count` files in all (their paths already sent to the readers). */
    publish(count) {
        if (count > MAX_SCAN_FILES) {
            throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(`boundary-check: more than ${MAX_SCAN_FILES} files under the rules' paths; narrow them (the rules' paths, or --paths)`);
        }
        if (bytesFor(count) > this.buffer.byteLength)
            this.buffer.grow(Math.min(bytesFor(MAX_SCAN_FILES), Math.max(bytesFor(count), this.buffer.byteLength * 2)));
        Atomics.store(this.header, PUBLISHED, count);
        Atomics.notify(this.header, PUBLISHED);
    }
    /** The walk has ended: no file beyond those published will come. */
    complete() {
        Atomics.store(this.header, WALKED, 1);
        Atomics.notify(this.header, PUBLISHED);
    }
    published() {
        return Atomics.load(this.header, PUBLISHED);
    }
    /**
     * For a reader that has taken file `index`, not yet published: whether it ever will be (false
     * once the walk has ended short of it). Blocks the reader until then, which only a worker may.
     */
    awaitPublished(index) {
        for (;;) {
            const published = Atomics.load(this.header, PUBLISHED);
            if (index < published)
                return true;
            if (Atomics.load(this.header, WALKED) === 1)
                return index < Atomics.load(this.header, PUBLISHED);
            Atomics.wait(this.header, PUBLISHED, published, 50);
        }
    }
    /** Blocks a reader for up to `ms`, or until more files are published. */
    pause(ms) {
        Atomics.wait(this.header, PUBLISHED, Atomics.load(this.header, PUBLISHED), ms);
    }
    /** The next file nobody has taken (it may not be published yet). */
    claim() {
        return Atomics.add(this.header, CURSOR, 1);
    }
    markClean(file, bytes) {
        this.cells[HEADER + FIELDS * file + SIZE] = bytes;
        Atomics.store(this.cells, HEADER + FIELDS * file + STATE, CLEAN);
    }
    markSkipped(file, reason) {
        const code = READ_SKIPS.indexOf(reason);
        Atomics.store(this.cells, HEADER + FIELDS * file + STATE, SKIPPED + (code < 0 ? READ_SKIPS.indexOf('unreadable') : code));
    }
    /** A reader found a protected name in the file: the calling thread scans it in full. */
    pushCandidate(file) {
        Atomics.store(this.cells, HEADER + FIELDS * file + STATE, CANDIDATE);
        const slot = Atomics.add(this.header, QUEUED, 1);
        Atomics.store(this.cells, HEADER + FIELDS * slot + QUEUE, file + 1);
        this.announce();
    }
    /** The oldest candidate not yet taken, if one is ready. */
    takeCandidate() {
        const taken = Atomics.load(this.header, TAKEN);
        if (taken >= Atomics.load(this.header, QUEUED))
            return undefined;
        const entry = Atomics.load(this.cells, HEADER + FIELDS * taken + QUEUE);
        // Its slot is reserved but the index not yet written: it is ready a moment later.
        if (entry === 0)
            return undefined;
        Atomics.store(this.header, TAKEN, taken + 1);
        return entry - 1;
    }
    /** A reader has taken its last file. */
    finish() {
        Atomics.add(this.header, FINISHED, 1);
        this.announce();
    }
    finished() {
        return Atomics.load(this.header, FINISHED);
    }
    /** How much has happened so far: read it before looking at the board, then wait for more. */
    news() {
        return Atomics.load(this.header, NEWS);
    }
    /**
     * Resolves once something has happened since `seen` (at once if it already has), or after
     * `ms` anyway. Whatever was announced before `seen` was read is visible on the board: a
     * reader writes its candidate, or its finish, before announcing it.
     */
    async newsSince(seen, ms) {
        const wait = Atomics.waitAsync(this.header, NEWS, seen, ms);
        if (wait.async)
            await wait.value;
    }
    announce() {
        Atomics.add(this.header, NEWS, 1);
        Atomics.notify(this.header, NEWS);
    }
    state(file) {
        const s = Atomics.load(this.cells, HEADER + FIELDS * file + STATE);
        if (s === PENDING)
            return 'pending';
        if (s === CLEAN)
            return { clean: this.cells[HEADER + FIELDS * file + SIZE] };
        if (s === CANDIDATE)
            return 'candidate';
        return { skipped: READ_SKIPS[s - SKIPPED] };
    }
}


/***/ }),

/***/ 830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F5: () => (/* binding */ createWordFilter),
  L0: () => (/* binding */ lastNameEnd),
  PA: () => (/* binding */ protectedNames),
  R0: () => (/* binding */ wordPattern)
});

// UNUSED EXPORTS: regexWordFilter

// EXTERNAL MODULE: ./src/boundary/buffer-arena.ts
var buffer_arena = __webpack_require__(6556);
;// CONCATENATED MODULE: ./src/boundary/wasm-binary.ts
/**
 * Just enough of the WebAssembly binary format to build one small module at run time: the word
 * pre-filter (word-filter.ts) compiles its protected names into the code as constants, which a
 * module shipped prebuilt could not do. Instructions are written as bytes with the helpers
 * below; the module has one memory and exports it with its functions.
 */
const I32 = 0x7f;
const V128 = 0x7b;
/** A block, loop or if that leaves nothing on the stack. */
const EMPTY = 0x40;
const op = {
    block: [0x02, EMPTY],
    loop: [0x03, EMPTY],
    if: [0x04, EMPTY],
    end: [0x0b],
    br: (depth) => [0x0c, ...uleb(depth)],
    brIf: (depth) => [0x0d, ...uleb(depth)],
    return: [0x0f],
    call: (fn) => [0x10, ...uleb(fn)],
    get: (local) => [0x20, ...uleb(local)],
    set: (local) => [0x21, ...uleb(local)],
    tee: (local) => [0x22, ...uleb(local)],
    /** i32.load8_u at the address on the stack plus `offset`. */
    load8: (offset = 0) => [0x2d, 0, ...uleb(offset)],
    i32: (value) => [0x41, ...sleb(value)],
    eqz: [0x45],
    eq: [0x46],
    ne: [0x47],
    ltU: [0x49],
    gtU: [0x4b],
    geU: [0x4f],
    ctz: [0x68],
    add: [0x6a],
    sub: [0x6b],
    and: [0x71],
    or: [0x72],
    /** v128.load at the address on the stack plus `offset` (unaligned is allowed). */
    v128Load: (offset = 0) => [0xfd, ...uleb(0x00), 0, ...uleb(offset)],
    /** A v128 constant with every byte set to `byte`. */
    v128Splat: (byte) => [0xfd, ...uleb(0x0c), ...new Array(16).fill(byte & 0xff)],
    i8x16Eq: [0xfd, ...uleb(0x23)],
    v128And: [0xfd, ...uleb(0x4e)],
    v128Or: [0xfd, ...uleb(0x50)],
    i8x16Bitmask: [0xfd, ...uleb(0x64)],
};
/** A module of `functions` (indexed in order) and one memory of `pages` 64 KiB pages, exported as "memory". */
function wasmModule(functions, pages) {
    const types = functions.map((f) => [0x60, ...vec(f.params.map((p) => [p])), ...vec(f.results.map((r) => [r]))]);
    const exports = [
        [...wasm_binary_name('memory'), 0x02, 0],
        ...functions.flatMap((f, i) => (f.export ? [[...wasm_binary_name(f.export), 0x00, ...uleb(i)]] : [])),
    ];
    const codes = functions.map((f) => {
        const locals = vec(f.locals.map((type) => [1, type]));
        const body = [...locals, ...f.body, ...op.end];
        return [...uleb(body.length), ...body];
    });
    return new Uint8Array([
        ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
        ...section(1, vec(types)),
        ...section(3, vec(functions.map((_, i) => uleb(i)))),
        ...section(5, vec([[0x00, ...uleb(pages)]])),
        ...section(7, vec(exports)),
        ...section(10, vec(codes)),
    ]);
}
function section(id, content) {
    return [id, ...uleb(content.length), ...content];
}
function vec(items) {
    return [...uleb(items.length), ...items.flat()];
}
function wasm_binary_name(text) {
    const bytes = [...Buffer.from(text, 'utf8')];
    return [...uleb(bytes.length), ...bytes];
}
function uleb(value) {
    const out = [];
    let v = value >>> 0;
    do {
        const byte = v & 0x7f;
        v >>>= 7;
        out.push(v === 0 ? byte : byte | 0x80);
    } while (v !== 0);
    return out;
}
function sleb(value) {
    const out = [];
    let v = value | 0;
    for (;;) {
        const byte = v & 0x7f;
        v >>= 7;
        const done = (v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0);
        out.push(done ? byte : byte | 0x80);
        if (done)
            return out;
    }
}

;// CONCATENATED MODULE: ./src/boundary/word-filter-wasm.ts

// Memory: a table of word characters by byte value, then the text. The scan loads 16 bytes at
// up to 2 past a position, so the text has slack after it.
const WORD_TABLE = 0;
const TEXT = 1024;
const SLACK = 32;
const isLetter = (c) => c >= 0x61 && c <= 0x7a;
const BACKSLASH = 0x5c;
/**
 * The module's two functions. `scan(start, end)` compares sixteen positions at once against
 * the first bytes of every name (three, or the shortest name's length; names that begin alike
 * share one comparison), case folded with `| 0x20` (which folds letters, and can only add hits
 * elsewhere), and hands each hit to `verify(pos, start, end)`: the exact comparison, ASCII
 * letters in either case, and the word boundaries (as `wordPattern` in word-filter.ts draws them).
 */
function wordFilterFunctions(names) {
    // verify: params pos, start, end.
    const [pos, start, end] = [0, 1, 2];
    const verify = [
        // A word character before the name means it is inside another word, unless a backslash
        // comes before that: an escape (`\neng`) ends in a letter, but decodes to no word character.
        ...op.get(pos), ...op.get(start), ...op.gtU, ...op.if,
        ...op.get(pos), ...op.i32(1), ...op.sub, ...op.load8(), ...op.load8(WORD_TABLE), ...op.if,
        ...op.block,
        ...op.get(pos), ...op.i32(1), ...op.sub, ...op.get(start), ...op.gtU, ...op.if,
        ...op.get(pos), ...op.i32(2), ...op.sub, ...op.load8(), ...op.i32(BACKSLASH), ...op.eq, ...op.brIf(1),
        ...op.end,
        ...op.i32(0), ...op.return,
        ...op.end,
        ...op.end,
        ...op.end,
    ];
    for (const name of names) {
        const codes = [...name.text].map((ch) => ch.charCodeAt(0));
        verify.push(...op.block);
        verify.push(...op.get(pos), ...op.i32(codes.length), ...op.add, ...op.get(end), ...op.gtU, ...op.brIf(0));
        codes.forEach((c, j) => {
            verify.push(...op.get(pos), ...op.load8(j));
            if (isLetter(c))
                verify.push(...op.i32(0x20), ...op.or);
            verify.push(...op.i32(c), ...op.ne, ...op.brIf(0));
        });
        if (name.wholeWord) {
            verify.push(...op.get(pos), ...op.i32(codes.length), ...op.add, ...op.get(end), ...op.ltU, ...op.if);
            verify.push(...op.get(pos), ...op.load8(codes.length), ...op.load8(WORD_TABLE), ...op.brIf(1), ...op.end);
        }
        verify.push(...op.i32(1), ...op.return, ...op.end);
    }
    verify.push(...op.i32(0));
    // scan: params start, end; locals i, bits, then the folded vectors at i, i+1, i+2.
    const [sStart, sEnd, i, bits] = [0, 1, 2, 3];
    const folded = [4, 5, 6];
    const width = Math.min(3, ...names.map((n) => n.text.length));
    const scan = [...op.get(sStart), ...op.set(i), ...op.block, ...op.loop];
    scan.push(...op.get(i), ...op.get(sEnd), ...op.geU, ...op.brIf(1));
    for (let k = 0; k < width; k++)
        scan.push(...op.get(i), ...op.v128Load(k), ...op.v128Splat(0x20), ...op.v128Or, ...op.set(folded[k]));
    // Names that begin alike (eng, eng_) share one comparison.
    const heads = [...new Set(names.map((name) => name.text.slice(0, width)))];
    heads.forEach((head, n) => {
        for (let k = 0; k < width; k++) {
            scan.push(...op.get(folded[k]), ...op.v128Splat(head.charCodeAt(k) | 0x20), ...op.i8x16Eq);
            if (k > 0)
                scan.push(...op.v128And);
        }
        if (n > 0)
            scan.push(...op.v128Or);
    });
    scan.push(...op.i8x16Bitmask, ...op.set(bits));
    scan.push(...op.block, ...op.loop);
    scan.push(...op.get(bits), ...op.eqz, ...op.brIf(1));
    scan.push(...op.get(i), ...op.get(bits), ...op.ctz, ...op.add, ...op.get(sStart), ...op.get(sEnd), ...op.call(0));
    scan.push(...op.if, ...op.i32(1), ...op.return, ...op.end);
    scan.push(...op.get(bits), ...op.get(bits), ...op.i32(1), ...op.sub, ...op.and, ...op.set(bits), ...op.br(0));
    scan.push(...op.end, ...op.end);
    scan.push(...op.get(i), ...op.i32(16), ...op.add, ...op.set(i), ...op.br(0));
    scan.push(...op.end, ...op.end, ...op.i32(0));
    return [
        { params: [I32, I32, I32], results: [I32], locals: [], body: verify },
        { params: [I32, I32], results: [I32], locals: [I32, I32, V128, V128, V128], body: scan, export: 'scan' },
    ];
}

;// CONCATENATED MODULE: ./src/boundary/word-filter.ts



function protectedNames(rules) {
    return { schemas: [...new Set(rules.flatMap((r) => r.protectedSchemas))], prefixes: [...new Set(rules.flatMap((r) => r.protectedPrefixes))] };
}
/**
 * A protected schema as a whole word, or a word that starts with a protected prefix: text
 * without one cannot hold a protected write. A word character before a name is taken as part of
 * the word unless a backslash comes before it: in a literal's source, `"INSERT INTO\neng.t"`
 * holds the word eng once the escape is decoded.
 */
function wordPattern(names, flags = 'i') {
    const escape = (text) => text.replace(/[$]/g, '\\$');
    const alternatives = [...names.schemas.map((s) => `${escape(s)}(?![A-Za-z0-9_$])`), ...names.prefixes.map(escape)];
    // One lookbehind, with the escape's backslash nested in it: an alternation of two lookbehinds
    // in front of the names made V8's matcher ten times slower over a candidate's text.
    return new RegExp(`(?<!(?<!\\\\)[A-Za-z0-9_$])(?:${alternatives.join('|')})`, flags);
}
/**
 * Where the last protected name in a file's text ends (Infinity when there is none): no literal
 * after it can hold one as the source spells it, so the scan's lex stops there.
 */
function lastNameEnd(names) {
    const pattern = wordPattern(names, 'gi');
    return (text) => {
        pattern.lastIndex = 0;
        let end = Infinity;
        while (pattern.test(text))
            end = pattern.lastIndex;
        return end;
    };
}
function createWordFilter(names) {
    const words = [...names.schemas.map((text) => ({ text, wholeWord: true })), ...names.prefixes.map((text) => ({ text, wholeWord: false }))];
    if (words.length === 0)
        return regexWordFilter(names);
    const bytes = wasmModule(wordFilterFunctions(words), 1);
    if (!WebAssembly.validate(bytes))
        return regexWordFilter(names);
    try {
        return new SimdWordFilter(new WebAssembly.Instance(new WebAssembly.Module(bytes)));
    }
    catch {
        // Valid but not compiled here (a memory limit, say): the same answers, more slowly.
        return regexWordFilter(names);
    }
}
function regexWordFilter(names) {
    const word = wordPattern(names);
    return {
        kind: 'regex',
        arena: buffer_arena/* heapArena */.y,
        // latin1 is a byte-for-byte view; protected names are ASCII (rules.ts checks), so matching
        // the UTF-8 bytes as latin1 finds exactly the names the decoded text holds.
        test: (bytes) => word.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')),
    };
}
const PAGE = 64 * 1024;
const WORD_CHARS = /[A-Za-z0-9_$]/;
class SimdWordFilter {
    kind = 'simd';
    memory;
    scan;
    arena = { resize: (current, keep, size) => this.resize(current, keep, size) };
    constructor(instance) {
        this.memory = instance.exports.memory;
        this.scan = instance.exports.scan;
        const table = new Uint8Array(this.memory.buffer, WORD_TABLE, 256);
        for (let c = 0; c < 256; c++)
            table[c] = WORD_CHARS.test(String.fromCharCode(c)) ? 1 : 0;
    }
    test(bytes) {
        if (bytes.buffer !== this.memory.buffer || bytes.byteOffset !== TEXT) {
            this.reserve(bytes.length);
            new Uint8Array(this.memory.buffer, TEXT, bytes.length).set(bytes);
        }
        return this.scan(TEXT, TEXT + bytes.length) === 1;
    }
    resize(current, keep, size) {
        const inPlace = current !== undefined && current.buffer === this.memory.buffer && current.byteOffset === TEXT;
        const kept = inPlace || current === undefined ? undefined : Buffer.from(current.subarray(0, keep));
        this.reserve(size);
        const next = Buffer.from(this.memory.buffer, TEXT, size);
        kept?.copy(next);
        return next;
    }
    /** Grows the memory to hold `size` bytes of text (growing keeps what is there, and detaches old views). */
    reserve(size) {
        const needed = Math.ceil((TEXT + size + SLACK) / PAGE);
        const pages = this.memory.buffer.byteLength / PAGE;
        if (needed > pages)
            this.memory.grow(needed - pages);
    }
}


/***/ })

};
