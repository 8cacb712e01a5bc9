export const id = 722;
export const ids = [722];
export const modules = {

/***/ 8423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ shownPath),
/* harmony export */   SF: () => (/* binding */ dirError),
/* harmony export */   TQ: () => (/* binding */ describeFsError),
/* harmony export */   b$: () => (/* binding */ isDiskFull),
/* harmony export */   d0: () => (/* binding */ prepareBackupDir),
/* harmony export */   ev: () => (/* binding */ manifestPathFor),
/* harmony export */   iE: () => (/* binding */ stamp),
/* harmony export */   jC: () => (/* binding */ safeName),
/* harmony export */   l6: () => (/* binding */ DUMP_SUFFIXES),
/* harmony export */   pS: () => (/* binding */ backupNames),
/* harmony export */   zm: () => (/* binding */ PartialOutput)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2896);





function dirError(dir, message) {
    return (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .errorOfKind */ .Oh)(dir.kind, message, { key: dir.key, file: dir.shown });
}
/** "2026-11-24T10:15:00.123Z" -> "20261124_101500Z", the runbook's date +%Y%m%d_%H%M%S in UTC. */
function stamp(at) {
    return `${at.toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '_')}Z`;
}
/** Database names may hold anything; file names get letters, digits, '.', '_' and '-' only. */
function safeName(database) {
    return database.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'database';
}
const DUMP_SUFFIXES = ['.dump.enc', '.dump', '.dir'];
function backupNames(database, at, format, encrypted) {
    const base = `${safeName(database)}_${stamp(at)}`;
    const suffix = format === 'directory' ? '.dir' : encrypted ? '.dump.enc' : '.dump';
    return { dump: `${base}${suffix}`, manifest: `${base}.manifest.json` };
}
/** The manifest beside a dump: production_20261124_101500Z.dump -> production_20261124_101500Z.manifest.json. */
function manifestPathFor(dumpPath) {
    const trimmed = dumpPath.replace(/[/\\]+$/, '');
    const suffix = DUMP_SUFFIXES.find((s) => trimmed.endsWith(s));
    return `${suffix ? trimmed.slice(0, -suffix.length) : trimmed}.manifest.json`;
}
function describeFsError(err) {
    const e = err;
    switch (e.code) {
        case 'EACCES':
        case 'EPERM':
            return 'no write access';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
        case 'EFBIG':
        case 'EDQUOT':
            return 'the disk is full or the file size limit was reached';
        case 'ENOTDIR':
        case 'EEXIST':
            return 'a file is in the way of the folder';
        default:
            return e.message ?? String(e);
    }
}
const isDiskFull = (err) => ['ENOSPC', 'EFBIG', 'EDQUOT'].includes(err.code ?? '');
/** Creates the folder and proves it can be written to, before anything is dumped. */
async function prepareBackupDir(dir) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir.abs, { recursive: true, mode: 0o700 });
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir.abs).isDirectory())
            throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    }
    catch (err) {
        throw dirError(dir, `cannot create the backup folder: ${describeFsError(err)}`);
    }
    const probe = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir.abs, `.pg-promote-write-test-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(probe, 'wx', 0o600);
        await handle.close();
    }
    catch (err) {
        throw dirError(dir, `cannot write to the backup folder: ${describeFsError(err)}`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(probe, { force: true });
    }
}
/**
 * A file or folder being written. Removed on every failure path, including Ctrl-C and
 * SIGTERM (a cancelled CI job), so nothing half-written is left under a name that looks final.
 */
class PartialOutput {
    finalPath;
    kind;
    tempPath;
    onSignal;
    done = false;
    constructor(finalPath, kind) {
        this.finalPath = finalPath;
        this.kind = kind;
        this.tempPath = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(finalPath), `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(finalPath)}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
        this.onSignal = (signal) => {
            this.removeNow();
            PartialOutput.unregister(this.onSignal);
            // Our handler replaced the default action; re-raise so the process still ends as asked.
            if (process.listenerCount(signal) === 0)
                process.kill(process.pid, signal);
        };
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    static unregister(handler) {
        process.off('SIGINT', handler);
        process.off('SIGTERM', handler);
    }
    removeNow() {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.tempPath, { recursive: true, force: true });
    }
    /** Renames into place; refuses to replace an existing backup. */
    async commit() {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(this.finalPath)) {
            throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('already exists; an earlier backup is never replaced', { file: this.finalPath });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(this.tempPath, this.finalPath);
        this.done = true;
        PartialOutput.unregister(this.onSignal);
    }
    async discard() {
        PartialOutput.unregister(this.onSignal);
        if (this.done)
            return;
        this.done = true;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.tempPath, { recursive: true, force: true });
    }
}
/** Paths in messages and results: relative to the repository root when inside it. */
function shownPath(root, abs) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(root, abs);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/') : abs;
}


/***/ }),

/***/ 3985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ EncryptStream),
/* harmony export */   e7: () => (/* binding */ DecryptStream),
/* harmony export */   ji: () => (/* binding */ keyFromEnv),
/* harmony export */   qe: () => (/* binding */ decryptFailure),
/* harmony export */   wn: () => (/* binding */ DEFAULT_CHUNK_BYTES),
/* harmony export */   xs: () => (/* binding */ keyId)
/* harmony export */ });
/* unused harmony exports HEADER_BYTES, TAG_BYTES, DecryptError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);



/**
 * Encrypted backups: AES-256-GCM in independently authenticated chunks (the STREAM
 * construction, as age and Tink use). A single GCM stream would only authenticate at its very
 * end, so nothing could be trusted before the last byte; with chunks each piece is checked
 * before it is used, chunk numbers in the nonces stop reordering, and a "last chunk" flag in
 * the last nonce turns truncation at a chunk boundary into an authentication failure.
 *
 *   header  "PGPRENC1" | chunk size (uint32 BE) | salt (32) | key id (8)        = 52 bytes
 *   chunk   ciphertext (chunk size; the last one up to chunk size, empty only for empty input) | tag (16)
 *
 * Each file has its own key, HKDF-SHA256(master key, salt), so nonces never repeat across
 * files. The header is the additional authenticated data of every chunk.
 */
const MAGIC = Buffer.from('PGPRENC1', 'ascii');
const HEADER_BYTES = MAGIC.length + 4 + 32 + 8;
const TAG_BYTES = 16;
const DEFAULT_CHUNK_BYTES = 1024 * 1024;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const HKDF_INFO = Buffer.from('pg-promote backup AES-256-GCM v1');
/** The master key from the environment variable the config names; its value is never echoed. */
function keyFromEnv(name, env = process.env) {
    const raw = env[name]?.trim();
    const where = { key: 'backup.encryption_key_env' };
    if (!raw)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${name} is not set (it should hold the backup key: 32 bytes as 64 hex characters or base64)`, where);
    if (/^[0-9a-fA-F]{64}$/.test(raw))
        return Buffer.from(raw, 'hex');
    if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) {
        const key = Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
        if (key.length === 32)
            return key;
    }
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`${name} does not hold a 32-byte key (expected 64 hex characters or base64 of 32 bytes; generate one with: openssl rand -hex 32)`, where);
}
/** A fingerprint that identifies the key without revealing it (a PRF output, not a hash of the key). */
function keyId(masterKey) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', masterKey).update('pg-promote key id').digest('hex').slice(0, 16);
}
function fileKey(masterKey, salt) {
    return Buffer.from((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hkdfSync)('sha256', masterKey, salt, HKDF_INFO, 32));
}
function nonce(counter, last) {
    const n = Buffer.alloc(12);
    n.writeBigUInt64BE(BigInt(counter), 3);
    n[11] = last ? 1 : 0;
    return n;
}
/** Queued input: chunks are cut from it without copying every arriving piece into one buffer. */
class ByteQueue {
    parts = [];
    length = 0;
    push(b) {
        if (b.length === 0)
            return;
        this.parts.push(b);
        this.length += b.length;
    }
    take(n) {
        const out = Buffer.allocUnsafe(n);
        let filled = 0;
        while (filled < n) {
            const head = this.parts[0];
            const used = Math.min(head.length, n - filled);
            head.copy(out, filled, 0, used);
            filled += used;
            if (used === head.length)
                this.parts.shift();
            else
                this.parts[0] = head.subarray(used);
        }
        this.length -= n;
        return out;
    }
}
class EncryptStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    chunkBytes;
    queue = new ByteQueue();
    header;
    key;
    counter = 0;
    plaintextBytes = 0;
    constructor(masterKey, chunkBytes = DEFAULT_CHUNK_BYTES) {
        super();
        this.chunkBytes = chunkBytes;
        const salt = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunkBytes);
        this.header = Buffer.concat([MAGIC, size, salt, Buffer.from(keyId(masterKey), 'hex')]);
        this.key = fileKey(masterKey, salt);
        this.push(this.header);
    }
    seal(plain, last) {
        const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('aes-256-gcm', this.key, nonce(this.counter++, last));
        cipher.setAAD(this.header);
        this.push(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
    }
    _transform(chunk, _enc, done) {
        this.queue.push(chunk);
        this.plaintextBytes += chunk.length;
        // Strictly more than a chunk queued: the chunk sealed now is certainly not the last.
        while (this.queue.length > this.chunkBytes)
            this.seal(this.queue.take(this.chunkBytes), false);
        done();
    }
    _flush(done) {
        this.seal(this.queue.take(this.queue.length), true);
        done();
    }
}
class DecryptError extends Error {
}
/** Emits plaintext only after its chunk authenticated; any damage, truncation or wrong key is an error. */
class DecryptStream extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    masterKey;
    queue = new ByteQueue();
    header;
    key;
    chunkBytes = 0;
    counter = 0;
    plaintextBytes = 0;
    constructor(masterKey) {
        super();
        this.masterKey = masterKey;
    }
    readHeader() {
        const header = this.queue.take(HEADER_BYTES);
        if (!header.subarray(0, MAGIC.length).equals(MAGIC))
            throw new DecryptError('not a pg-promote encrypted backup (bad header)');
        this.chunkBytes = header.readUInt32BE(MAGIC.length);
        if (this.chunkBytes < 1 || this.chunkBytes > MAX_CHUNK_BYTES)
            throw new DecryptError('damaged header (chunk size)');
        const id = header.subarray(MAGIC.length + 36).toString('hex');
        if (id !== keyId(this.masterKey))
            throw new DecryptError(`encrypted with another key (key id ${id}, this key's id is ${keyId(this.masterKey)})`);
        this.key = fileKey(this.masterKey, header.subarray(MAGIC.length + 4, MAGIC.length + 36));
        this.header = header;
    }
    open(sealed, last) {
        const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', this.key, nonce(this.counter, last));
        decipher.setAAD(this.header);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
        let plain;
        try {
            plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
        }
        catch {
            throw new DecryptError(last ? `chunk ${this.counter} failed authentication: the file was altered or truncated` : `chunk ${this.counter} failed authentication: the file was altered`);
        }
        this.counter++;
        this.plaintextBytes += plain.length;
        this.push(plain);
    }
    _transform(chunk, _enc, done) {
        try {
            this.queue.push(chunk);
            if (!this.header && this.queue.length >= HEADER_BYTES)
                this.readHeader();
            const sealedBytes = this.chunkBytes + TAG_BYTES;
            while (this.header && this.queue.length > sealedBytes)
                this.open(this.queue.take(sealedBytes), false);
            done();
        }
        catch (err) {
            done(err);
        }
    }
    _flush(done) {
        try {
            if (!this.header)
                throw new DecryptError('truncated: shorter than the header');
            if (this.queue.length < TAG_BYTES)
                throw new DecryptError('truncated: the last chunk is missing');
            this.open(this.queue.take(this.queue.length), true);
            done();
        }
        catch (err) {
            done(err);
        }
    }
}
/** A decryption failure as the error restore reports: the database has not been touched. */
function decryptFailure(file, err, keyEnv) {
    const message = err.message;
    if (/another key/.test(message)) {
        return (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .configError */ .Fj)(`the key in ${keyEnv} is not the key this backup was encrypted with (${message.replace(/^(encrypted with )?another key:? ?/, '')})`, { key: keyEnv, file });
    }
    return new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`cannot be decrypted: ${message}; nothing was restored`, { file });
}


/***/ }),

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   backupSettings: () => (/* binding */ backupSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _db_connection_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8768);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2896);
/* harmony import */ var _backup_backup_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8423);
/* harmony import */ var _backup_encryption_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3985);





function backupSettings(options, config) {
    const cli = options.backup ?? {};
    const dir = cli.dir
        ? { abs: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.root, cli.dir), shown: cli.dir, kind: 'usage', key: '--backup-dir' }
        : { abs: config.backup.dir, shown: (0,_backup_backup_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .Id)(config.root, config.backup.dir), kind: 'config', key: 'backup.dir' };
    const format = cli.format ?? config.backup.format;
    const jobs = cli.jobs ?? config.backup.jobs;
    const formatSource = cli.format ? { kind: 'usage', key: '--format' } : { kind: 'config', key: 'backup.format' };
    if (jobs > 1 && format !== 'directory') {
        const key = cli.jobs ? '--jobs' : 'backup.jobs';
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .errorOfKind */ .Oh)(cli.jobs ? 'usage' : 'config', `${jobs} jobs need the directory format (pg_dump writes a custom-format archive with one job)`, { key });
    }
    if (cli.scratchUrl && cli.verify !== 'restore') {
        throw new _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb('only applies to --verify restore (it is where the scratch copy is restored)', { key: '--scratch-url' });
    }
    const keyEnv = config.backup.encryptionKeyEnv;
    if (keyEnv && format === 'directory') {
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_2__/* .errorOfKind */ .Oh)(formatSource.kind, `encrypted backups use the custom format (pg_dump writes a directory-format dump file by file, so it could not be encrypted before it reaches the disk); drop ${formatSource.key}: directory or backup.encryption_key_env`, { key: formatSource.key });
    }
    return {
        dir,
        format,
        jobs,
        verify: cli.verify ?? 'list',
        scratch: cli.scratchUrl ? { target: (0,_db_connection_url_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDatabaseUrl */ .mx)(cli.scratchUrl, '--scratch-url', options.env) } : undefined,
        key: keyEnv ? { value: (0,_backup_encryption_js__WEBPACK_IMPORTED_MODULE_4__/* .keyFromEnv */ .ji)(keyEnv), env: keyEnv } : undefined,
    };
}


/***/ })

};
