export const id = 69;
export const ids = [69];
export const modules = {

/***/ 69:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkFailure: () => (/* binding */ checkFailure),
/* harmony export */   verify: () => (/* binding */ verify)
/* harmony export */ });
/* harmony import */ var _checks_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8932);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2896);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(938);



/**
 * The runbook's post-promotion verification as a check suite: every check of the selected
 * phases, the checks its report, exit 1 when any failed. Changes nothing.
 */
async function verify(ctx) {
    const { config, phases } = ctx.prepared;
    const checks = await (0,_checks_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runChecks */ .J)(ctx.session.client, { config, phases });
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_2__/* .endWith */ .qZ)({ checks }, checkFailure(checks));
}
/** The 'check' error for failed checks, naming the first failing object; undefined when none failed. */
function checkFailure(checks) {
    const failed = checks.filter((c) => c.status === 'fail');
    if (failed.length === 0)
        return undefined;
    const first = failed[0];
    const finding = first.findings.find((f) => f.level !== 'warn') ?? first.findings[0];
    const ids = [...new Set(failed.map((c) => c.id))].join(', ');
    const where = finding ? `: ${finding.object}: ${finding.reason}` : `: ${first.summary}`;
    const more = failed.length > 1 ? ` (${failed.length} checks failed: ${ids})` : '';
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .CheckFailed */ .EC(`${first.id}${first.phase ? ` (${first.phase})` : ''}${where}${more}`, {
        phase: first.phase,
        object: finding?.object,
    });
}


/***/ })

};
