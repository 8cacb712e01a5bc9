export const id = 820;
export const ids = [820];
export const modules = {

/***/ 6820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveScanWorker: () => (/* binding */ serveScanWorker)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _file_scan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2575);
/* harmony import */ var _pg_parser_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2657);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4977);
/* harmony import */ var _scan_threads_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8335);






/** The body of a scan worker: wait for the job, take files until none are left, post what was found, end. */
async function serveScanWorker() {
    // The wait for the job is idle time: the parser (a WebAssembly compile) loads meanwhile.
    // A failure to load is reported by the first file that needs it, as on the main thread.
    (0,_pg_parser_js__WEBPACK_IMPORTED_MODULE_3__.loadParser)().catch(() => undefined);
    try {
        const [job] = (await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort, 'message'));
        const cursor = new Int32Array(job.cursor);
        const scanner = new _file_scan_js__WEBPACK_IMPORTED_MODULE_2__/* .FileScanner */ .T((0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRules */ .nb)(job.rules, job.source), job.maxFileBytes);
        const outcomes = await scanner.scanShare((0,_scan_threads_js__WEBPACK_IMPORTED_MODULE_5__/* .unpackFiles */ .Qo)(job.files), () => (0,_scan_threads_js__WEBPACK_IMPORTED_MODULE_5__/* .claimNext */ .Ym)(cursor));
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ ok: true, outcomes });
    }
    catch (err) {
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ ok: false, message: err.message });
    }
}


/***/ })

};
