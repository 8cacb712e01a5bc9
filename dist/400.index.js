export const id = 400;
export const ids = [400];
export const modules = {

/***/ 6400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadRulesFile: () => (/* binding */ loadRulesFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _config_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(131);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2896);





/**
 * Rules from a separate file (the action's `rules-file` input, the CLI's rulesFile): the
 * `boundary_check` block of promotion.yml, alone, in YAML or JSON. Kept out of rules.ts, which
 * every scan worker thread loads: they need compiled rules, not a YAML parser and the schema.
 */
function loadRulesFile(root, written) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, written);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(abs, 'utf8');
    }
    catch (err) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .usageError */ .Wp)(`rules file ${written}: ${err.code === 'ENOENT' ? 'not found' : err.message}`, { key: 'rules-file' });
    }
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { prettyErrors: false });
    if (doc.errors[0])
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .configError */ .Fj)(`invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file: written });
    const raw = (doc.toJS({ maxAliasCount: 50 }) ?? {});
    const block = typeof raw === 'object' && 'boundary_check' in raw ? raw.boundary_check : raw;
    const parsed = _config_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .promotionConfigSchema */ .p.shape.boundary_check.unwrap().safeParse(block);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .configError */ .Fj)(`${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`, { file: written, key: issue.path.map(String).join('.') });
    }
    return {
        rules: parsed.data.rules.map((r) => ({ name: r.name, paths: r.paths, protectedSchemas: r.protected_schemas, protectedPrefixes: r.protected_prefixes })),
        baseline: parsed.data.baseline,
        failOnEmptyRule: parsed.data.fail_on_empty_rule,
    };
}


/***/ })

};
