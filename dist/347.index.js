export const id = 347;
export const ids = [347];
export const modules = {

/***/ 5347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  selectPhases: () => (/* binding */ selectPhases)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(1954);
// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __webpack_require__(7840);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/yaml-source.ts


function parseYamlSource(text, file, schema) {
    const lineCounter = new dist.LineCounter();
    const doc = (0,dist.parseDocument)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    // A tag the parser cannot resolve (!!js/function, !!python/object) would quietly become a
    // string, and the file then fail somewhere unrelated: it is refused where it is written.
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) {
        const pos = lineCounter.linePos(tag.pos[0]);
        const written = text.slice(tag.pos[0], tag.pos[1]).split(/\s/)[0];
        throw (0,promote_error/* configError */.Fj)(`YAML tag '${written}' is not supported (write plain values: no tags)`, { file, line: pos.line, column: pos.col });
    }
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = lineCounter.linePos(yamlError.pos[0]);
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${firstLine(yamlError.message)}`, { file, line: pos.line, column: pos.col });
    }
    let raw;
    try {
        // Aliases are capped: a YAML alias bomb must not expand into gigabytes.
        raw = doc.toJS({ maxAliasCount: 50 });
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`invalid YAML: ${firstLine(err.message)}`, { file });
    }
    if (raw === null || raw === undefined)
        throw (0,promote_error/* configError */.Fj)('file is empty', { file, line: 1 });
    const lineOf = (path) => lineOfPath(doc, lineCounter, path);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue.path.map(String).join('.');
        throw (0,promote_error/* configError */.Fj)(`${key || '(top level)'}: ${issueMessage(issue)}`, { file, line: lineOf(issue.path), key: key || undefined });
    }
    return { data: parsed.data, lineOf };
}
function issueMessage(issue) {
    if (issue.code === 'unrecognized_keys')
        return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return 'is required';
    return issue.message;
}
function lineOfPath(doc, lc, issuePath) {
    for (let depth = issuePath.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(issuePath.slice(0, depth), true);
        if ((0,dist.isNode)(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return undefined;
}
/**
 * A file's bytes as text, refusing bytes that are not UTF-8 (read leniently, they would turn
 * into U+FFFD and the file fail later for a reason that does not name them), with the line.
 */
function decodeUtf8(bytes, file) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    try {
        return decoder.decode(bytes);
    }
    catch {
        // The longest prefix that is valid so far (an unfinished sequence at its end is allowed):
        // the next byte is the first bad one.
        let valid = 0;
        let invalid = bytes.length;
        while (invalid - valid > 1) {
            const mid = Math.floor((valid + invalid) / 2);
            try {
                new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
                valid = mid;
            }
            catch {
                invalid = mid;
            }
        }
        // What decoded before the failure ends where the bad sequence starts (its lead byte may
        // have looked fine until the byte after it).
        const start = Buffer.byteLength(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, valid), { stream: true }));
        const line = bytes.subarray(0, start).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
        throw (0,promote_error/* configError */.Fj)(`not valid UTF-8 (byte 0x${bytes[start].toString(16).padStart(2, '0')} at offset ${start}); save the file as UTF-8`, { file, line });
    }
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

// EXTERNAL MODULE: ./src/flags/config.ts
var config = __webpack_require__(1137);
// EXTERNAL MODULE: ./src/latency/config.ts
var latency_config = __webpack_require__(3862);
// EXTERNAL MODULE: ./src/notify/config.ts
var notify_config = __webpack_require__(5287);
// EXTERNAL MODULE: ./src/ramp/config.ts
var ramp_config = __webpack_require__(152);
// EXTERNAL MODULE: ./src/review/config.ts
var review_config = __webpack_require__(1527);
// EXTERNAL MODULE: ./src/lint/config.ts
var lint_config = __webpack_require__(4315);
// EXTERNAL MODULE: ./src/windows/config.ts
var windows_config = __webpack_require__(8735);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
;// CONCATENATED MODULE: ./src/config/load.ts















const MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(options) {
    const root = external_node_path_default().resolve(options.root);
    const explicit = options.configPath !== undefined;
    const written = options.configPath ?? defaults/* DEFAULT_CONFIG_PATH */.B;
    const abs = external_node_path_default().resolve(root, written);
    const shown = external_node_path_default().isAbsolute(written) ? written : written.split((external_node_path_default()).sep).join('/');
    let bytes;
    try {
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size > MAX_CONFIG_BYTES)
            throw (0,promote_error/* configError */.Fj)(`config is ${size} bytes; the limit is ${MAX_CONFIG_BYTES}`, { file: shown });
        bytes = (0,external_node_fs_.readFileSync)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            if (explicit)
                throw (0,promote_error/* usageError */.Wp)(`config file not found: ${shown}`, { key: '--config' });
            return build(root, 'built-in defaults (the runbook layout)', schema.promotionConfigSchema.parse(defaults/* RUNBOOK_CONFIG */.q), options);
        }
        if (err instanceof Error && err.name === 'PromoteError')
            throw err;
        throw (0,promote_error/* configError */.Fj)(`cannot read config: ${err.message}`, { file: shown });
    }
    const source = parseConfigSource(decodeUtf8(bytes, shown), shown);
    return build(root, shown, source.data, options, source.lineOf);
}
/** Parses and validates promotion.yml text; every error names the file, line and key. */
function parseConfigText(text, file) {
    return parseConfigSource(text, file).data;
}
function parseConfigSource(text, file) {
    const source = parseYamlSource(text, file, schema.promotionConfigSchema);
    checkUnique(source.data, source.lineOf, file);
    return source;
}
function checkUnique(config, lineOf, file) {
    const seen = new Map();
    config.phases.forEach((phase, index) => {
        for (const [field, value] of [['name', phase.name], ['schema', phase.schema], ['migrations', phase.migrations]]) {
            const id = `${field}:${field === 'migrations' ? external_node_path_default().posix.normalize(value) : value}`;
            const earlier = seen.get(id);
            if (earlier !== undefined) {
                throw (0,promote_error/* configError */.Fj)(`phases.${index}.${field}: '${value}' is already used by phase ${earlier + 1}`, {
                    file,
                    line: lineOf(['phases', index, field]),
                    key: `phases.${index}.${field}`,
                });
            }
            seen.set(id, index);
        }
    });
}
function build(root, source, file, options, lineOf = () => undefined) {
    const { schema, table } = splitQualified(file.history_table);
    const where = (key) => ({ file: source, key, line: lineOf(key.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) });
    // Every path of the config stays inside the repository: a config from a pull request must
    // not make pg-promote write backups or reports (or read a baseline) anywhere else.
    const folder = (key, written, explicit) => {
        if (explicit)
            return external_node_path_default().resolve(root, written);
        const inside = (0,paths/* resolveRepoPath */.q)(root, written, where(key), { rootItself: true });
        (0,paths/* assertInsideRealRoot */.n)(root, inside, where(key));
        return inside.abs;
    };
    if (file.boundary_check?.baseline !== undefined)
        (0,paths/* resolveRepoPath */.q)(root, file.boundary_check.baseline, where('boundary_check.baseline'));
    const ms = (value) => (0,duration/* parseDuration */.E9)(value);
    return {
        source,
        root,
        historyTable: { schema, table },
        lockTimeoutMs: ms(file.lock_timeout),
        lockRetries: file.lock_retries,
        lockRetryBackoffMs: ms(file.lock_retry_backoff),
        statementTimeoutMs: ms(file.statement_timeout),
        advisoryLockWaitMs: ms(file.advisory_lock_wait),
        outOfOrder: file.out_of_order,
        phases: file.phases.map((phase, i) => ({
            name: phase.name,
            schema: phase.schema,
            migrations: (0,paths/* resolveRepoPath */.q)(root, phase.migrations, where(`phases.${i}.migrations`)),
            views: phase.views.map((p, j) => (0,paths/* resolveRepoPath */.q)(root, p, where(`phases.${i}.views.${j}`))),
            policies: phase.policies.map((p, j) => (0,paths/* resolveRepoPath */.q)(root, p, where(`phases.${i}.policies.${j}`))),
            down: phase.down === undefined ? undefined : (0,paths/* resolveRepoPath */.q)(root, phase.down, where(`phases.${i}.down`)),
            verify: phase.verify,
        })),
        production: {
            databases: file.production?.databases ?? [],
            backupMaxAgeMs: ms(file.production?.backup_max_age ?? '2h'),
        },
        backup: {
            dir: folder('backup.dir', file.backup?.dir ?? 'backups', options.explicitDirs?.backup),
            format: file.backup?.format ?? 'custom',
            jobs: file.backup?.jobs ?? 1,
            encryptionKeyEnv: file.backup?.encryption_key_env,
            requirePitr: file.backup?.require_pitr ?? false,
            schemas: file.backup?.schemas,
            excludeSchemas: file.backup?.exclude_schemas ?? [],
        },
        auditChangeLog: splitQualified(file.audit?.change_log ?? 'audit.change_log'),
        reportDir: folder('report.dir', file.report?.dir ?? 'ops/audit', options.explicitDirs?.report),
        boundaryCheck: boundaryConfig(file),
        flags: (0,config/* buildFlagsConfig */.a)(file.flags),
        ramp: (0,ramp_config/* buildRampConfig */.DX)(file.ramp, root),
        latency: (0,latency_config/* buildLatencyConfig */.N)(file.latency, root),
        notifications: (0,notify_config/* buildNotificationsConfig */.Nz)(file.notifications, root),
        maintenanceWindows: (0,windows_config/* buildMaintenanceWindowsConfig */.DN)(file.maintenance_windows, root),
        review: (0,review_config/* buildReviewConfig */.n)(file.review, root),
        lint: (0,lint_config/* buildLintConfig */._)(file.lint),
    };
}
function boundaryConfig(file) {
    // Parsing an empty section applies the schema's defaults: the runbook's rule.
    const section = file.boundary_check ?? schema.promotionConfigSchema.shape.boundary_check.unwrap().parse({});
    return {
        rules: section.rules.map((r) => ({
            name: r.name,
            paths: r.paths,
            protectedSchemas: r.protected_schemas,
            protectedPrefixes: r.protected_prefixes,
        })),
        baseline: section.baseline,
        failOnEmptyRule: section.fail_on_empty_rule,
    };
}
function splitQualified(name) {
    const [schema, table] = name.split('.');
    return { schema, table };
}
/** --phase selects phases by name, keeping the config's order; an unknown name is a usage error. */
function selectPhases(config, names) {
    if (names.length === 0)
        return config.phases;
    const known = new Set(config.phases.map((p) => p.name));
    for (const name of names) {
        if (!known.has(name)) {
            throw (0,promote_error/* usageError */.Wp)(`unknown phase '${name}' (phases in ${config.source}: ${[...known].join(', ')})`, { key: '--phase' });
        }
    }
    return config.phases.filter((p) => names.includes(p.name));
}


/***/ })

};
