export const id = 126;
export const ids = [126];
export const modules = {

/***/ 7903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveReadWorker: () => (/* binding */ serveReadWorker)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6689);
/* harmony import */ var _scan_board_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3796);
/* harmony import */ var _word_filter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(830);





/** Long enough not to spin, short enough that a batch is picked up at once. */
const WAIT_MS = 2;
async function serveReadWorker() {
    let board;
    try {
        const [job] = (await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort, 'message'));
        board = new _scan_board_js__WEBPACK_IMPORTED_MODULE_3__/* .ScanBoard */ .U(job.board);
        const paths = [];
        const filter = (0,_word_filter_js__WEBPACK_IMPORTED_MODULE_4__/* .createWordFilter */ .F5)(job.names);
        const reader = new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .FileReader */ .qg(job.maxFileBytes, filter.arena);
        for (let i = board.claim();; i = board.claim()) {
            if (!pathOf(i, paths, job.paths, board))
                break;
            const read = reader.read(paths[i]);
            if (!read.ok)
                board.markSkipped(i, read.reason);
            else if (filter.test(read.bytes))
                board.pushCandidate(i);
            else
                board.markClean(i, read.bytes.length);
        }
        // Finished on the board before the reply: the calling thread, told, finds it so.
        board.finish();
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ ok: true });
    }
    catch (err) {
        board?.finish();
        node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort.postMessage({ ok: false, message: err.message });
    }
}
/** Makes sure paths[i] has come; false when the walk ended without reaching file i. */
function pathOf(i, paths, port, board) {
    while (paths.length <= i) {
        const batch = (0,node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.receiveMessageOnPort)(port);
        if (batch) {
            for (const p of batch.message.split('\0'))
                paths.push(p);
        }
        else if (i < board.published()) {
            // Published means posted: the batch is on its way.
            board.pause(WAIT_MS);
        }
        else if (!board.awaitPublished(i)) {
            return false;
        }
    }
    return true;
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


/***/ })

};
