export const id = 813;
export const ids = [813];
export const modules = {

/***/ 813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  boundaryCheck: () => (/* binding */ boundaryCheck),
  sortFindings: () => (/* binding */ sortFindings)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/boundary/exceptions.ts
var exceptions = __webpack_require__(1366);
// EXTERNAL MODULE: ./src/boundary/files.ts
var boundary_files = __webpack_require__(6689);
// EXTERNAL MODULE: ./src/boundary/rules.ts
var boundary_rules = __webpack_require__(4977);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/boundary/sarif.ts


/**
 * SARIF 2.1.0 for github/codeql-action/upload-sarif: one reporting rule per boundary rule (its id
 * is the rule's name, so it stays stable across runs), repository-relative paths, regions in
 * code points, and a fingerprint that survives edits elsewhere in the file. Accepted findings
 * are kept, with their suppression and reason, so code scanning shows them as dismissed.
 */
const sarifRuleId = (rule) => `pg-promote/boundary/${rule}`;
function buildSarif(rules, findings, accepted) {
    const ruleIndex = new Map(rules.map((r, i) => [r.name, i]));
    const occurrences = new Map();
    const result = (f, suppression) => {
        const key = `${f.file}\0${f.rule}\0${f.kind}\0${f.object.toLowerCase()}`;
        const nth = (occurrences.get(key) ?? 0) + 1;
        occurrences.set(key, nth);
        return {
            ruleId: sarifRuleId(f.rule),
            ruleIndex: ruleIndex.get(f.rule) ?? 0,
            level: 'error',
            message: { text: `${f.kind} writes to protected ${f.object} (rule ${f.rule}; found by ${f.via}).` },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                        region: {
                            startLine: f.line,
                            startColumn: f.column,
                            endLine: f.line,
                            endColumn: f.endColumn ?? f.column + f.object.length,
                            ...(f.snippet ? { snippet: { text: f.snippet } } : {}),
                        },
                    },
                },
            ],
            partialFingerprints: { 'pgPromoteBoundary/v1': (0,external_node_crypto_.createHash)('sha256').update(`${key}\0${nth}`).digest('hex').slice(0, 32) },
            ...(suppression
                ? { suppressions: [{ kind: suppression.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: suppression.reason }] }
                : {}),
        };
    };
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'pg-promote boundary-check',
                        semanticVersion: version/* VERSION */.x,
                        informationUri: 'https://github.com/pg-promote/pg-promote#boundary-check',
                        rules: rules.map((r) => ({
                            id: sarifRuleId(r.name),
                            name: r.name,
                            shortDescription: { text: `Code under ${r.paths.join(', ')} must not write to ${protectedText(r)}.` },
                            fullDescription: {
                                text: `Any statement that changes data or schema of a protected object (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM, ALTER, DROP, CREATE, GRANT, REVOKE), in SQL files, SQL string literals or query-builder calls, is a finding. Reading is allowed.`,
                            },
                            help: { text: `Move the write behind the owning app's API, or accept it with a reason: an inline 'boundary-check: allow <reason>' comment or a baseline entry.` },
                            defaultConfiguration: { level: 'error' },
                            properties: { tags: ['security', 'sql', 'architecture'], precision: 'high', 'problem.severity': 'error' },
                        })),
                    },
                },
                columnKind: 'unicodeCodePoints',
                results: [...findings.map((f) => result(f)), ...accepted.map((a) => result(a, a))],
            },
        ],
    };
}
function protectedText(r) {
    const parts = [...r.protectedSchemas.map((s) => `schema ${s}`), ...r.protectedPrefixes.map((p) => `tables named ${p}*`)];
    return parts.join(' or ');
}

// EXTERNAL MODULE: ./src/boundary/scan-threads.ts
var scan_threads = __webpack_require__(5765);
;// CONCATENATED MODULE: ./src/boundary/scan.ts


async function scanTree(options) {
    const { root, rules, only } = options;
    const skipped = new boundary_files/* SkipCounter */.Mi();
    const filesPerRule = new Map(rules.map((r) => [r.name, 0]));
    const accept = (rel) => (!only || only.some((m) => m.test(rel))) && rules.some((r) => r.covers(rel));
    const starts = only && only.every((m) => m.literal !== undefined && !m.negated) ? only.map((m) => m.literal) : rules.flatMap((r) => r.include.map((m) => m.base));
    const pool = new scan_threads/* ScanPool */.km({ rules, ruleSpecs: options.ruleSpecs, source: options.source, maxFileBytes: options.maxFileBytes ?? boundary_files/* DEFAULT_MAX_FILE_BYTES */.CR });
    let files;
    try {
        files = (0,boundary_files/* walkFiles */.Fv)({ root, starts, accept, skipped, found: (count) => pool.walked(count) });
        for (const file of files) {
            for (const r of rules)
                if (r.covers(file.rel))
                    filesPerRule.set(r.name, (filesPerRule.get(r.name) ?? 0) + 1);
        }
    }
    catch (err) {
        await pool.close();
        throw err;
    }
    const outcomes = await pool.scan(files);
    const findings = [];
    const markers = new Map();
    let filesScanned = 0;
    let filesParsed = 0;
    let bytesScanned = 0;
    for (const outcome of outcomes) {
        const rel = files[outcome.index].rel;
        if ('skipped' in outcome) {
            skipped.add(outcome.skipped, rel);
            continue;
        }
        filesScanned++;
        bytesScanned += outcome.bytes;
        if (outcome.parsed)
            filesParsed++;
        findings.push(...outcome.findings);
        if (outcome.markers)
            markers.set(rel, outcome.markers);
    }
    return { findings, filesScanned, filesParsed, bytesScanned, skipped, filesPerRule, markers };
}

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __webpack_require__(2896);
;// CONCATENATED MODULE: ./src/engine/boundary-check.ts








// Most damaging first: the adapters show the first few in full and count the rest.
const SEVERITY = ['DROP', 'TRUNCATE', 'DELETE', 'ALTER', 'UPDATE', 'MERGE', 'INSERT', 'COPY', 'SELECT INTO', 'GRANT', 'REVOKE', 'CREATE', 'REFRESH', 'COMMENT'];
const severity = (kind) => {
    const i = SEVERITY.indexOf(kind);
    return i < 0 ? SEVERITY.length : i;
};
function sortFindings(findings) {
    return findings.sort((a, b) => severity(a.kind) - severity(b.kind) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
/**
 * `pg-promote boundary-check`: finds code that writes into another app's schema. Findings fail
 * the run (exit 1); rules that protect or cover nothing are configuration errors (exit 2); a
 * rule whose paths match no file is a warning, or an error with fail_on_empty_rule.
 */
async function boundaryCheck(ctx) {
    const started = Date.now();
    const { options, config, result } = ctx;
    const root = config.root;
    const flags = options.boundary ?? {};
    // A rules file needs the YAML parser and the schema, which a run without one never loads.
    const section = flags.rulesFile ? (await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(815), __webpack_require__.e(131), __webpack_require__.e(400)]).then(__webpack_require__.bind(__webpack_require__, 6400))).loadRulesFile(root, flags.rulesFile) : config.boundaryCheck;
    const rules = (0,boundary_rules/* compileRules */.nb)(section.rules, flags.rulesFile ?? config.source);
    const only = flags.paths && flags.paths.length > 0 ? flags.paths.map(pathsOption) : undefined;
    const baselineWritten = flags.baseline ?? section.baseline;
    const baseline = baselineWritten ? (0,exceptions/* loadBaseline */.oU)(root, baselineWritten, flags.baseline ? '--baseline' : 'boundary_check.baseline') : undefined;
    const scan = await scanTree({ root, rules, ruleSpecs: section.rules, source: flags.rulesFile ?? config.source, only });
    const problems = [];
    const { failing, accepted } = (0,exceptions/* applyExceptions */.FW)(scan.findings, (file) => scan.markers.get(file) ?? new Map(), baseline, problems);
    for (const [file, markers] of scan.markers) {
        for (const marker of markers.values())
            if (!marker.used)
                problems.push(`${file}:${marker.line}: '${exceptions/* MARKER_TEXT */.PU}' matches no finding; remove it`);
    }
    const scanned = new Set(scan.markers.keys());
    for (const entry of baseline?.entries ?? []) {
        if (!entry.used && (only === undefined || scanned.has(entry.file))) {
            problems.push(`${baseline.path}: accepted ${entry.kind ?? 'write'} to ${entry.object} in ${entry.file} matches no finding; remove it`);
        }
    }
    const emptyRules = rules.filter((r) => (scan.filesPerRule.get(r.name) ?? 0) === 0 && (only === undefined || coversNothing(root, r))).map((r) => r.name);
    for (const name of emptyRules) {
        const rule = rules.find((r) => r.name === name);
        result.warnings.push(`boundary rule '${name}': its paths (${rule.paths.join(', ')}) match no file, so nothing was checked`);
    }
    result.warnings.push(...problems);
    const report = {
        findings: sortFindings(failing),
        accepted: sortFindings(accepted),
        filesScanned: scan.filesScanned,
        filesParsed: scan.filesParsed,
        bytesScanned: scan.bytesScanned,
        skipped: scan.skipped.counts,
        emptyRules,
        rules: rules.map((r) => ({ name: r.name, paths: r.paths, protectedSchemas: r.protectedSchemas, protectedPrefixes: r.protectedPrefixes, files: scan.filesPerRule.get(r.name) ?? 0 })),
        exceptionProblems: problems,
        baselinePath: baseline?.path,
        durationMs: 0,
    };
    if (flags.sarif) {
        const sarifPath = external_node_path_default().resolve(root, flags.sarif);
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(sarifPath), { recursive: true });
            (0,external_node_fs_.writeFileSync)(sarifPath, `${JSON.stringify(buildSarif(rules, report.findings, report.accepted), null, 2)}\n`);
        }
        catch (err) {
            throw (0,promote_error/* usageError */.Wp)(`cannot write SARIF to ${flags.sarif}: ${err.message}`, { key: '--sarif' });
        }
        report.sarifPath = sarifPath;
    }
    report.durationMs = Date.now() - started;
    result.boundary = report;
    if (emptyRules.length > 0 && section.failOnEmptyRule) {
        throw (0,promote_error/* configError */.Fj)(`boundary rule${emptyRules.length > 1 ? 's' : ''} ${emptyRules.map((n) => `'${n}'`).join(', ')} match no file (fail_on_empty_rule is set)`, {
            file: flags.rulesFile ?? config.source,
            key: 'boundary_check.fail_on_empty_rule',
        });
    }
    if (report.findings.length > 0) {
        const first = report.findings[0];
        const n = report.findings.length;
        throw new promote_error/* PromoteError */.jG('check', `${n} write${n === 1 ? '' : 's'} into protected schemas or tables (first: ${first.kind} ${first.object} at ${first.file}:${first.line}, rule ${first.rule})`);
    }
}
function pathsOption(written) {
    try {
        return (0,boundary_rules/* compilePattern */.Eb)(written, { key: '--paths' });
    }
    catch (err) {
        throw (0,promote_error/* usageError */.Wp)(`--paths: ${err.message}`, { key: '--paths' });
    }
}
/** With --paths, a rule may have matched nothing here and still cover files elsewhere. */
function coversNothing(root, rule) {
    return (0,boundary_files/* walkFiles */.Fv)({ root, starts: rule.include.map((m) => m.base), accept: rule.covers, skipped: new boundary_files/* SkipCounter */.Mi() }).length === 0;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};
