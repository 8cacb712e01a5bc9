export const id = 903;
export const ids = [903];
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
/* harmony import */ var _scan_board_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3796);
/* harmony import */ var _word_filter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(830);





async function serveReadWorker() {
    let board;
    try {
        const [job] = (await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.parentPort, 'message'));
        board = new _scan_board_js__WEBPACK_IMPORTED_MODULE_4__/* .ScanBoard */ .U(job.board, job.count);
        const paths = job.count === 0 ? [] : job.paths.split('\0');
        const filter = (0,_word_filter_js__WEBPACK_IMPORTED_MODULE_3__/* .createWordFilter */ .F5)(job.names);
        const reader = new _files_js__WEBPACK_IMPORTED_MODULE_2__/* .FileReader */ .qg(job.maxFileBytes, filter.arena);
        for (let i = board.claim(); i < job.count; i = board.claim()) {
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


/***/ })

};
