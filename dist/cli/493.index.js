export const id = 493;
export const ids = [493];
export const modules = {

/***/ 493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prepare: () => (/* binding */ prepare)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1036);
/* harmony import */ var _db_connection_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8768);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2896);
/* harmony import */ var _migrate_source_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(184);





/**
 * Everything that can be checked without a database is checked before connecting: config,
 * phases, every file's encoding and syntax hazards. Bad input never reaches the server.
 */
function prepare(options) {
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__.loadConfig)({
        root: options.root,
        configPath: options.configPath,
        explicitDirs: { backup: Boolean(options.backup?.dir), report: Boolean(options.report?.auditDir) },
    });
    const phases = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .selectPhases */ .NE)(config, options.phases ?? []);
    const files = phases.map((phase) => (0,_migrate_source_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverPhase */ .bn)(config.root, phase, { withDowns: options.command === 'down' }));
    const env = options.env ?? process.env;
    if (!(0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_2__/* .hasConnectionSettings */ .aF)(options.databaseUrl, env)) {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_3__/* .usageError */ .Wp)('no database: pass --database-url or set DATABASE_URL (or libpq\'s PGHOST, PGDATABASE or PGSERVICE)', { key: '--database-url' });
    }
    const warnings = [];
    const target = (0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveConnection */ .XC)(options.databaseUrl, { env, warn: (message) => warnings.push(message) });
    return { config, phases: files, target, actor: options.actor ?? defaultActor(), warnings };
}
function defaultActor() {
    if (process.env.GITHUB_ACTOR)
        return `${process.env.GITHUB_ACTOR} (GitHub Actions)`;
    try {
        return node_os__WEBPACK_IMPORTED_MODULE_0___default().userInfo().username;
    }
    catch {
        return 'unknown';
    }
}


/***/ })

};
