export const id = 657;
export const ids = [657];
export const modules = {

/***/ 2657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadParser: () => (/* binding */ loadParser)
/* harmony export */ });
/* harmony import */ var _sql_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1431);

let loading;
function loadParser() {
    loading ??= load();
    return loading;
}
async function load() {
    const lib = await (0,_sql_libpg_query_js__WEBPACK_IMPORTED_MODULE_0__/* .loadLibPgQuery */ .j4)();
    return {
        parse(sql) {
            try {
                return (lib.parseSync(sql).stmts ?? []);
            }
            catch {
                return undefined;
            }
        },
    };
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

/***/ 1431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j4: () => (/* binding */ loadLibPgQuery)
/* harmony export */ });
/* unused harmony exports WASM_FILE, wasmDirectory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2896);






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
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_5__/* .PromoteError */ .jG('internal', `PostgreSQL's parser (${WASM_FILE}) is missing: it belongs next to ${(0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)}`);
    }
}
async function importLibrary() {
    keepBaselineCode();
    // Emscripten's loader finds the .wasm through the CommonJS free variable __dirname, which an
    // ES module bundle lacks: it is provided for the moment the module initialises.
    const g = globalThis;
    const provided = g.__dirname === undefined;
    if (provided)
        g.__dirname = wasmDirectory();
    try {
        const lib = await __webpack_require__.e(/* import() */ 627).then(__webpack_require__.t.bind(__webpack_require__, 2627, 23));
        await lib.loadModule();
        return lib;
    }
    finally {
        if (provided)
            delete g.__dirname;
    }
}
/**
 * The parser runs on V8's baseline WebAssembly code (Liftoff) only. By default V8 recompiles a
 * module's hot functions with its optimizing compiler on background threads, in every thread
 * that loads it, and this module's hot functions are large (the generated grammar is one huge
 * function). On a 2-core runner the boundary check's threads spent that CPU time waiting: on
 * Node 24, 3,000 parses cost 0.34 s of background compiling and ran no faster for it. The parse
 * itself is a small part of any command.
 *
 * The flags are read when a module is compiled, so they are set before it is. Node 24's V8 no
 * longer derives the other two from --liftoff-only when it is set at run time, so all three are
 * given. A V8 that lacks one of them would complain on stderr: they are set only on the V8
 * versions they are known on (Node 20 to 24).
 */
const BASELINE_ONLY = '--liftoff-only --no-wasm-tier-up --no-wasm-dynamic-tiering';
const NEWEST_V8_KNOWN = 13;
function keepBaselineCode() {
    if (Number(process.versions.v8.split('.')[0]) <= NEWEST_V8_KNOWN)
        (0,node_v8__WEBPACK_IMPORTED_MODULE_4__.setFlagsFromString)(BASELINE_ONLY);
}


/***/ })

};
