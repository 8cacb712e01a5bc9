export const id = 118;
export const ids = [118];
export const modules = {

/***/ 5118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_LARGE_TABLE_BYTES: () => (/* binding */ DEFAULT_LARGE_TABLE_BYTES),
/* harmony export */   LARGE_TABLE_ENV: () => (/* binding */ LARGE_TABLE_ENV),
/* harmony export */   largeTableBytes: () => (/* binding */ largeTableBytes),
/* harmony export */   parseSize: () => (/* binding */ parseSize)
/* harmony export */ });
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2896);

/**
 * From what size a lock or rewrite hazard is an error rather than a warning, when lint can see
 * the target database. At 100 MB an index build or a rewrite already holds its lock for
 * seconds, which a hot table's p95 notices. Set PG_PROMOTE_LINT_LARGE_TABLE (e.g. 10MB, 2GB)
 * to change it.
 */
const LARGE_TABLE_ENV = 'PG_PROMOTE_LINT_LARGE_TABLE';
const DEFAULT_LARGE_TABLE_BYTES = 100 * 1024 * 1024;
const UNITS = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };
/** PostgreSQL's spelling of sizes (kB, MB, GB, TB are powers of 1024), or plain bytes. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?\s*$/i.exec(text);
    if (!m)
        return undefined;
    const unit = (m[2] ?? 'b').toLowerCase().replace('ib', 'b');
    return Math.round(Number(m[1]) * (UNITS[unit] ?? 1));
}
function largeTableBytes(env = process.env) {
    const raw = env[LARGE_TABLE_ENV];
    if (raw === undefined || raw.trim() === '')
        return DEFAULT_LARGE_TABLE_BYTES;
    const bytes = parseSize(raw);
    if (bytes === undefined)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .configError */ .Fj)(`${LARGE_TABLE_ENV} must be a size such as 500MB or 2GB, not '${raw}'`, { key: LARGE_TABLE_ENV });
    return bytes;
}


/***/ })

};
