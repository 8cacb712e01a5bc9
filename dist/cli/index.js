#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 785:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// This is an empty module that is served up when outside of a workerd environment
// See the `exports` field in package.json
exports["default"] = {};
//# sourceMappingURL=empty.js.map

/***/ }),

/***/ 6122:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



//Parse method copied from https://github.com/brianc/node-postgres
//Copyright (c) 2010-2014 Brian Carlson (brian.m.carlson@gmail.com)
//MIT License

//parses a connection string
function parse(str, options = {}) {
  //unix socket
  if (str.charAt(0) === '/') {
    const config = str.split(' ')
    return { host: config[0], database: config[1] }
  }

  // Check for empty host in URL

  const config = Object.create(null)
  let result
  let dummyHost = false
  if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
    // Ensure spaces are encoded as %20
    str = encodeURI(str).replace(/%25(\d\d)/g, '%$1')
  }

  try {
    try {
      result = new URL(str, 'postgres://base')
    } catch (e) {
      // The URL is invalid so try again with a dummy host
      result = new URL(str.replace('@/', '@___DUMMY___/'), 'postgres://base')
      dummyHost = true
    }
  } catch (err) {
    // Remove the input from the error message to avoid leaking sensitive information
    err.input && (err.input = '*****REDACTED*****')
    throw err
  }

  // We'd like to use Object.fromEntries() here but Node.js 10 does not support it
  for (const entry of result.searchParams.entries()) {
    config[entry[0]] = entry[1]
  }

  config.user = config.user || decodeURIComponent(result.username)
  config.password = config.password || decodeURIComponent(result.password)

  if (result.protocol == 'socket:') {
    config.host = decodeURI(result.pathname)
    config.database = result.searchParams.get('db')
    config.client_encoding = result.searchParams.get('encoding')
    return config
  }
  const hostname = (dummyHost ? '' : result.hostname).replace(/^\[(.+)\]$/, '$1')
  if (!config.host) {
    // Only set the host if there is no equivalent query param.
    config.host = decodeURIComponent(hostname)
  } else if (hostname && /^%2f/i.test(hostname)) {
    // Only prepend the hostname to the pathname if it is not a URL encoded Unix socket host.
    result.pathname = hostname + result.pathname
  }
  if (!config.port) {
    // Only set the port if there is no equivalent query param.
    config.port = result.port
  }

  const pathname = result.pathname.slice(1) || null
  config.database = pathname ? decodeURI(pathname) : null

  if (config.ssl === 'true' || config.ssl === '1') {
    config.ssl = true
  }

  if (config.ssl === '0') {
    config.ssl = false
  }

  if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
    config.ssl = {}
  }

  // sslnegotiation=direct implies SSL is in use (libpq requires sslmode>=require),
  // so enable SSL if the connection string did not otherwise configure it.
  if (config.sslnegotiation === 'direct' && config.ssl === undefined) {
    config.ssl = true
  }

  // Only try to load fs if we expect to read from the disk
  const fs = config.sslcert || config.sslkey || config.sslrootcert ? __nccwpck_require__(9896) : null

  if (config.sslcert) {
    config.ssl.cert = fs.readFileSync(config.sslcert).toString()
  }

  if (config.sslkey) {
    config.ssl.key = fs.readFileSync(config.sslkey).toString()
  }

  if (config.sslrootcert) {
    config.ssl.ca = fs.readFileSync(config.sslrootcert).toString()
  }

  if (options.useLibpqCompat && config.uselibpqcompat) {
    throw new Error('Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.')
  }

  if (config.uselibpqcompat === 'true' || options.useLibpqCompat) {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer': {
        config.ssl.rejectUnauthorized = false
        break
      }
      case 'require': {
        if (config.sslrootcert) {
          // If a root CA is specified, behavior of `sslmode=require` will be the same as that of `verify-ca`
          config.ssl.checkServerIdentity = function () {}
        } else {
          config.ssl.rejectUnauthorized = false
        }
        break
      }
      case 'verify-ca': {
        if (!config.ssl.ca) {
          throw new Error(
            'SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security.'
          )
        }
        config.ssl.checkServerIdentity = function () {}
        break
      }
      case 'verify-full': {
        break
      }
    }
  } else {
    switch (config.sslmode) {
      case 'disable': {
        config.ssl = false
        break
      }
      case 'prefer':
      case 'require':
      case 'verify-ca':
      case 'verify-full': {
        if (config.sslmode !== 'verify-full') {
          deprecatedSslModeWarning(config.sslmode)
        }
        break
      }
      case 'no-verify': {
        config.ssl.rejectUnauthorized = false
        break
      }
    }
  }

  return config
}

// convert pg-connection-string ssl config to a ClientConfig.ConnectionOptions
function toConnectionOptions(sslConfig) {
  const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
    // we explicitly check for undefined and null instead of `if (value)` because some
    // options accept falsy values. Example: `ssl.rejectUnauthorized = false`
    if (value !== undefined && value !== null) {
      c[key] = value
    }

    return c
  }, Object.create(null))

  return connectionOptions
}

// convert pg-connection-string config to a ClientConfig
function toClientConfig(config) {
  const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
    if (key === 'ssl') {
      const sslConfig = value

      if (typeof sslConfig === 'boolean') {
        c[key] = sslConfig
      }

      if (typeof sslConfig === 'object') {
        c[key] = toConnectionOptions(sslConfig)
      }
    } else if (value !== undefined && value !== null) {
      if (key === 'port') {
        // when port is not specified, it is converted into an empty string
        // we want to avoid NaN or empty string as a values in ClientConfig
        if (value !== '') {
          const v = parseInt(value, 10)
          if (isNaN(v)) {
            throw new Error(`Invalid ${key}: ${value}`)
          }

          c[key] = v
        }
      } else {
        c[key] = value
      }
    }

    return c
  }, Object.create(null))

  return poolConfig
}

// parses a connection string into ClientConfig
function parseIntoClientConfig(str) {
  return toClientConfig(parse(str))
}

function deprecatedSslModeWarning(sslmode) {
  if (!deprecatedSslModeWarning.warned && typeof process !== 'undefined' && process.emitWarning) {
    deprecatedSslModeWarning.warned = true
    process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`)
  }
}

module.exports = parse

parse.parse = parse
parse.toClientConfig = toClientConfig
parse.parseIntoClientConfig = parseIntoClientConfig


/***/ }),

/***/ 2299:
/***/ ((module) => {



// selected so (BASE - 1) * 0x100000000 + 0xffffffff is a safe integer
var BASE = 1000000;

function readInt8(buffer) {
	var high = buffer.readInt32BE(0);
	var low = buffer.readUInt32BE(4);
	var sign = '';

	if (high < 0) {
		high = ~high + (low === 0);
		low = (~low + 1) >>> 0;
		sign = '-';
	}

	var result = '';
	var carry;
	var t;
	var digits;
	var pad;
	var l;
	var i;

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		high = high / BASE >>> 0;

		t = 0x100000000 * carry + low;
		low = t / BASE >>> 0;
		digits = '' + (t - BASE * low);

		if (low === 0 && high === 0) {
			return sign + digits + result;
		}

		pad = '';
		l = 6 - digits.length;

		for (i = 0; i < l; i++) {
			pad += '0';
		}

		result = pad + digits + result;
	}

	{
		carry = high % BASE;
		t = 0x100000000 * carry + low;
		digits = '' + t % BASE;

		return sign + digits + result;
	}
}

module.exports = readInt8;


/***/ }),

/***/ 7558:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const NOOP = function () {}

const removeWhere = (list, predicate) => {
  const i = list.findIndex(predicate)

  return i === -1 ? undefined : list.splice(i, 1)[0]
}

class IdleItem {
  constructor(client, idleListener, timeoutId) {
    this.client = client
    this.idleListener = idleListener
    this.timeoutId = timeoutId
  }
}

class PendingItem {
  constructor(callback) {
    this.callback = callback
  }
}

function throwOnDoubleRelease() {
  throw new Error('Release called on client which has already been released to the pool.')
}

function promisify(Promise, callback) {
  if (callback) {
    return { callback: callback, result: undefined }
  }
  let rej
  let res
  const cb = function (err, client) {
    err ? rej(err) : res(client)
  }
  const result = new Promise(function (resolve, reject) {
    res = resolve
    rej = reject
  }).catch((err) => {
    // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
    // application that created the query
    Error.captureStackTrace(err)
    throw err
  })
  return { callback: cb, result: result }
}

function makeIdleListener(pool, client) {
  return function idleListener(err) {
    err.client = client

    client.removeListener('error', idleListener)
    client.on('error', () => {
      pool.log('additional client error after disconnection due to error', err)
    })
    pool._remove(client)
    // TODO - document that once the pool emits an error
    // the client has already been closed & purged and is unusable
    pool.emit('error', err, client)
  }
}

class Pool extends EventEmitter {
  constructor(options, Client) {
    super()
    this.options = Object.assign({}, options)

    if (options != null && 'password' in options) {
      // "hiding" the password so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options, 'password', {
        configurable: true,
        enumerable: false,
        writable: true,
        value: options.password,
      })
    }
    if (options != null && options.ssl && options.ssl.key) {
      // "hiding" the ssl->key so it doesn't show up in stack traces
      // or if the client is console.logged
      Object.defineProperty(this.options.ssl, 'key', {
        enumerable: false,
      })
    }

    this.options.max = this.options.max || this.options.poolSize || 10
    this.options.min = this.options.min || 0
    this.options.maxUses = this.options.maxUses || Infinity
    this.options.allowExitOnIdle = this.options.allowExitOnIdle || false
    this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0
    this.log = this.options.log || function () {}
    this.Client = this.options.Client || Client || (__nccwpck_require__(3273).Client)
    this.Promise = this.options.Promise || global.Promise

    if (typeof this.options.idleTimeoutMillis === 'undefined') {
      this.options.idleTimeoutMillis = 10000
    }

    this._clients = []
    this._idle = []
    this._expired = new WeakSet()
    this._pendingQueue = []
    this._endCallback = undefined
    this.ending = false
    this.ended = false
  }

  _promiseTry(f) {
    const Promise = this.Promise
    if (typeof Promise.try === 'function') {
      return Promise.try(f)
    }
    return new Promise((resolve) => resolve(f()))
  }

  _isFull() {
    return this._clients.length >= this.options.max
  }

  _isAboveMin() {
    return this._clients.length > this.options.min
  }

  _pulseQueue() {
    this.log('pulse queue')
    if (this.ended) {
      this.log('pulse queue ended')
      return
    }
    if (this.ending) {
      this.log('pulse queue on ending')
      if (this._idle.length) {
        this._idle.slice().map((item) => {
          this._remove(item.client)
        })
      }
      if (!this._clients.length) {
        this.ended = true
        this._endCallback()
      }
      return
    }

    // if we don't have any waiting, do nothing
    if (!this._pendingQueue.length) {
      this.log('no queued requests')
      return
    }
    // if we don't have any idle clients and we have no more room do nothing
    if (!this._idle.length && this._isFull()) {
      return
    }
    const pendingItem = this._pendingQueue.shift()
    if (this._idle.length) {
      const idleItem = this._idle.pop()
      clearTimeout(idleItem.timeoutId)
      const client = idleItem.client
      client.ref && client.ref()
      const idleListener = idleItem.idleListener

      return this._acquireClient(client, pendingItem, idleListener, false)
    }
    if (!this._isFull()) {
      return this.newClient(pendingItem)
    }
    throw new Error('unexpected condition')
  }

  _remove(client, callback) {
    const removed = removeWhere(this._idle, (item) => item.client === client)

    if (removed !== undefined) {
      clearTimeout(removed.timeoutId)
    }

    this._clients = this._clients.filter((c) => c !== client)
    const context = this
    client.end(() => {
      context.emit('remove', client)

      if (typeof callback === 'function') {
        callback()
      }
    })
  }

  connect(cb) {
    if (this.ending) {
      const err = new Error('Cannot use a pool after calling end on the pool')
      return cb ? cb(err) : this.Promise.reject(err)
    }

    const response = promisify(this.Promise, cb)
    const result = response.result

    // if we don't have to connect a new client, don't do so
    if (this._isFull() || this._idle.length) {
      // if we have idle clients schedule a pulse immediately
      if (this._idle.length) {
        process.nextTick(() => this._pulseQueue())
      }

      if (!this.options.connectionTimeoutMillis) {
        this._pendingQueue.push(new PendingItem(response.callback))
        return result
      }

      const queueCallback = (err, res, done) => {
        clearTimeout(tid)
        response.callback(err, res, done)
      }

      const pendingItem = new PendingItem(queueCallback)

      // set connection timeout on checking out an existing client
      const tid = setTimeout(() => {
        // remove the callback from pending waiters because
        // we're going to call it with a timeout error
        removeWhere(this._pendingQueue, (i) => i.callback === queueCallback)
        pendingItem.timedOut = true
        response.callback(new Error('timeout exceeded when trying to connect'))
      }, this.options.connectionTimeoutMillis)

      if (tid.unref) {
        tid.unref()
      }

      this._pendingQueue.push(pendingItem)
      return result
    }

    this.newClient(new PendingItem(response.callback))

    return result
  }

  newClient(pendingItem) {
    const client = new this.Client(this.options)
    this._clients.push(client)
    const idleListener = makeIdleListener(this, client)

    this.log('checking client timeout')

    // connection timeout logic
    let tid
    let timeoutHit = false
    if (this.options.connectionTimeoutMillis) {
      tid = setTimeout(() => {
        if (client.connection) {
          this.log('ending client due to timeout')
          timeoutHit = true
          client.connection.stream.destroy()
        } else if (!client.isConnected()) {
          this.log('ending client due to timeout')
          timeoutHit = true
          // force kill the node driver, and let libpq do its teardown
          client.end()
        }
      }, this.options.connectionTimeoutMillis)
    }

    this.log('connecting new client')
    client.connect((err) => {
      if (tid) {
        clearTimeout(tid)
      }
      client.on('error', idleListener)
      if (err) {
        this.log('client failed to connect', err)
        // remove the dead client from our list of clients
        this._clients = this._clients.filter((c) => c !== client)
        if (timeoutHit) {
          err = new Error('Connection terminated due to connection timeout', { cause: err })
        }

        // this client won’t be released, so move on immediately
        this._pulseQueue()

        if (!pendingItem.timedOut) {
          pendingItem.callback(err, undefined, NOOP)
        }
      } else {
        this.log('new client connected')

        if (this.options.onConnect) {
          this._promiseTry(() => this.options.onConnect(client)).then(
            () => {
              this._afterConnect(client, pendingItem, idleListener)
            },
            (hookErr) => {
              this._clients = this._clients.filter((c) => c !== client)
              client.end(() => {
                this._pulseQueue()
                if (!pendingItem.timedOut) {
                  pendingItem.callback(hookErr, undefined, NOOP)
                }
              })
            }
          )
          return
        }

        return this._afterConnect(client, pendingItem, idleListener)
      }
    })
  }

  _afterConnect(client, pendingItem, idleListener) {
    if (this.options.maxLifetimeSeconds !== 0) {
      const maxLifetimeTimeout = setTimeout(() => {
        this.log('ending client due to expired lifetime')
        this._expired.add(client)
        const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client)
        if (idleIndex !== -1) {
          this._acquireClient(
            client,
            new PendingItem((err, client, clientRelease) => clientRelease()),
            idleListener,
            false
          )
        }
      }, this.options.maxLifetimeSeconds * 1000)

      maxLifetimeTimeout.unref()
      client.once('end', () => clearTimeout(maxLifetimeTimeout))
    }

    return this._acquireClient(client, pendingItem, idleListener, true)
  }

  // acquire a client for a pending work item
  _acquireClient(client, pendingItem, idleListener, isNew) {
    if (isNew) {
      this.emit('connect', client)
    }

    this.emit('acquire', client)

    client.release = this._releaseOnce(client, idleListener)

    client.removeListener('error', idleListener)

    if (!pendingItem.timedOut) {
      if (isNew && this.options.verify) {
        this.options.verify(client, (err) => {
          if (err) {
            client.release(err)
            return pendingItem.callback(err, undefined, NOOP)
          }

          pendingItem.callback(undefined, client, client.release)
        })
      } else {
        pendingItem.callback(undefined, client, client.release)
      }
    } else {
      if (isNew && this.options.verify) {
        this.options.verify(client, client.release)
      } else {
        client.release()
      }
    }
  }

  // returns a function that wraps _release and throws if called more than once
  _releaseOnce(client, idleListener) {
    let released = false

    return (err) => {
      if (released) {
        throwOnDoubleRelease()
      }

      released = true
      this._release(client, idleListener, err)
    }
  }

  // release a client back to the poll, include an error
  // to remove it from the pool
  _release(client, idleListener, err) {
    client.on('error', idleListener)

    client._poolUseCount = (client._poolUseCount || 0) + 1

    this.emit('release', err, client)

    // TODO(bmc): expose a proper, public interface _queryable and _ending
    if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
      if (client._poolUseCount >= this.options.maxUses) {
        this.log('remove expended client')
      }

      return this._remove(client, this._pulseQueue.bind(this))
    }

    const isExpired = this._expired.has(client)
    if (isExpired) {
      this.log('remove expired client')
      this._expired.delete(client)
      return this._remove(client, this._pulseQueue.bind(this))
    }

    // idle timeout
    let tid
    if (this.options.idleTimeoutMillis && this._isAboveMin()) {
      tid = setTimeout(() => {
        if (this._isAboveMin()) {
          this.log('remove idle client')
          this._remove(client, this._pulseQueue.bind(this))
        }
      }, this.options.idleTimeoutMillis)

      if (this.options.allowExitOnIdle) {
        // allow Node to exit if this is all that's left
        tid.unref()
      }
    }

    if (this.options.allowExitOnIdle) {
      client.unref()
    }

    this._idle.push(new IdleItem(client, idleListener, tid))
    this._pulseQueue()
  }

  query(text, values, cb) {
    // guard clause against passing a function as the first parameter
    if (typeof text === 'function') {
      const response = promisify(this.Promise, text)
      setImmediate(function () {
        return response.callback(new Error('Passing a function as the first parameter to pool.query is not supported'))
      })
      return response.result
    }

    // allow plain text query without values, but callback
    if (typeof values === 'function') {
      cb = values
      values = undefined
    }
    const response = promisify(this.Promise, cb)
    cb = response.callback

    this.connect((err, client) => {
      if (err) {
        return cb(err)
      }

      let clientReleased = false
      const onError = (err) => {
        if (clientReleased) {
          return
        }
        clientReleased = true
        client.release(err)
        cb(err)
      }

      client.once('error', onError)
      this.log('dispatching query')
      try {
        client.query(text, values, (err, res) => {
          this.log('query dispatched')
          client.removeListener('error', onError)
          if (clientReleased) {
            return
          }
          clientReleased = true
          client.release(err)
          if (err) {
            return cb(err)
          }
          return cb(undefined, res)
        })
      } catch (err) {
        client.release(err)
        return cb(err)
      }
    })
    return response.result
  }

  end(cb) {
    this.log('ending')
    if (this.ending) {
      const err = new Error('Called end on pool more than once')
      return cb ? cb(err) : this.Promise.reject(err)
    }
    this.ending = true
    const promised = promisify(this.Promise, cb)
    this._endCallback = promised.callback
    this._pulseQueue()
    return promised.result
  }

  get waitingCount() {
    return this._pendingQueue.length
  }

  get idleCount() {
    return this._idle.length
  }

  get expiredCount() {
    return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0)
  }

  get totalCount() {
    return this._clients.length
  }
}
module.exports = Pool


/***/ }),

/***/ 9971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferReader = void 0;
class BufferReader {
    constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        // TODO(bmc): support non-utf8 encoding?
        this.encoding = 'utf-8';
    }
    setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
    }
    int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
    }
    byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
    }
    int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
    }
    string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
    cstring() {
        const start = this.offset;
        let end = start;
        // eslint-disable-next-line no-empty
        while (this.buffer[end++]) { }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
    }
    bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
    }
}
exports.BufferReader = BufferReader;
//# sourceMappingURL=buffer-reader.js.map

/***/ }),

/***/ 9315:
/***/ ((__unused_webpack_module, exports) => {


//binary data writer tuned for encoding binary specific to the postgres binary protocol
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Writer = void 0;
class Writer {
    constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
    }
    ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
            const oldBuffer = this.buffer;
            // exponential growth factor of around ~ 1.5
            // https://stackoverflow.com/questions/2269063/buffer-growth-strategy
            const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
            this.buffer = Buffer.allocUnsafe(newSize);
            oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
    }
    addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = (num >>> 24) & 0xff;
        this.buffer[this.offset++] = (num >>> 16) & 0xff;
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = (num >>> 8) & 0xff;
        this.buffer[this.offset++] = (num >>> 0) & 0xff;
        return this;
    }
    addCString(string) {
        if (!string) {
            this.ensure(1);
        }
        else {
            const len = Buffer.byteLength(string);
            this.ensure(len + 1); // +1 for null terminator
            this.buffer.write(string, this.offset, 'utf-8');
            this.offset += len;
        }
        this.buffer[this.offset++] = 0; // null terminator
        return this;
    }
    addString(string = '') {
        const len = Buffer.byteLength(string);
        this.ensure(len);
        this.buffer.write(string, this.offset);
        this.offset += len;
        return this;
    }
    // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
    // bytes. Postgres' Bind wire format prefixes every parameter with its length,
    // and doing it in one method computes Buffer.byteLength ONCE — the previous
    // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
    // three times (byteLength for the prefix, byteLength again inside addString,
    // then the encode), which is costly for large text parameters.
    addInt32PrefixedString(string) {
        const len = Buffer.byteLength(string);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = (len >>> 24) & 0xff;
        buffer[offset++] = (len >>> 16) & 0xff;
        buffer[offset++] = (len >>> 8) & 0xff;
        buffer[offset++] = (len >>> 0) & 0xff;
        buffer.write(string, offset, 'utf-8');
        this.offset = offset + len;
        return this;
    }
    add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
    }
    /**
     * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
     */
    reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
    }
    join(code) {
        if (code) {
            this.buffer[this.headerPosition] = code;
            //length is everything in this packet minus the code
            const length = this.offset - (this.headerPosition + 1);
            this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code ? 0 : 5, this.offset);
    }
    flush(code) {
        const result = this.join(code);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
    }
    clear() {
        this.offset = 5;
        this.headerPosition = 0;
    }
}
exports.Writer = Writer;
//# sourceMappingURL=buffer-writer.js.map

/***/ }),

/***/ 4233:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DatabaseError = exports.serialize = void 0;
exports.parse = parse;
const messages_1 = __nccwpck_require__(5809);
Object.defineProperty(exports, "DatabaseError", ({ enumerable: true, get: function () { return messages_1.DatabaseError; } }));
const serializer_1 = __nccwpck_require__(6513);
Object.defineProperty(exports, "serialize", ({ enumerable: true, get: function () { return serializer_1.serialize; } }));
const parser_1 = __nccwpck_require__(3318);
function parse(stream, callback) {
    const parser = new parser_1.Parser();
    stream.on('data', (buffer) => parser.parse(buffer, callback));
    return new Promise((resolve) => stream.on('end', () => resolve()));
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5809:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
exports.parseComplete = {
    name: 'parseComplete',
    length: 5,
};
exports.bindComplete = {
    name: 'bindComplete',
    length: 5,
};
exports.closeComplete = {
    name: 'closeComplete',
    length: 5,
};
exports.noData = {
    name: 'noData',
    length: 5,
};
exports.portalSuspended = {
    name: 'portalSuspended',
    length: 5,
};
exports.replicationStart = {
    name: 'replicationStart',
    length: 4,
};
exports.emptyQuery = {
    name: 'emptyQuery',
    length: 4,
};
exports.copyDone = {
    name: 'copyDone',
    length: 4,
};
class DatabaseError extends Error {
    constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
    }
}
exports.DatabaseError = DatabaseError;
class CopyDataMessage {
    constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = 'copyData';
    }
}
exports.CopyDataMessage = CopyDataMessage;
class CopyResponse {
    constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
    }
}
exports.CopyResponse = CopyResponse;
class Field {
    constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
    }
}
exports.Field = Field;
class RowDescriptionMessage {
    constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = 'rowDescription';
        this.fields = new Array(this.fieldCount);
    }
}
exports.RowDescriptionMessage = RowDescriptionMessage;
class ParameterDescriptionMessage {
    constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = 'parameterDescription';
        this.dataTypeIDs = new Array(this.parameterCount);
    }
}
exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
class ParameterStatusMessage {
    constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = 'parameterStatus';
    }
}
exports.ParameterStatusMessage = ParameterStatusMessage;
class AuthenticationMD5Password {
    constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = 'authenticationMD5Password';
    }
}
exports.AuthenticationMD5Password = AuthenticationMD5Password;
class BackendKeyDataMessage {
    constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = 'backendKeyData';
    }
}
exports.BackendKeyDataMessage = BackendKeyDataMessage;
class NotificationResponseMessage {
    constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = 'notification';
    }
}
exports.NotificationResponseMessage = NotificationResponseMessage;
class ReadyForQueryMessage {
    constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = 'readyForQuery';
    }
}
exports.ReadyForQueryMessage = ReadyForQueryMessage;
class CommandCompleteMessage {
    constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = 'commandComplete';
    }
}
exports.CommandCompleteMessage = CommandCompleteMessage;
class DataRowMessage {
    constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = 'dataRow';
        this.fieldCount = fields.length;
    }
}
exports.DataRowMessage = DataRowMessage;
class NoticeMessage {
    constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = 'notice';
    }
}
exports.NoticeMessage = NoticeMessage;
//# sourceMappingURL=messages.js.map

/***/ }),

/***/ 3318:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const messages_1 = __nccwpck_require__(5809);
const buffer_reader_1 = __nccwpck_require__(9971);
// every message is prefixed with a single byte
const CODE_LENGTH = 1;
// every message has an int32 length which includes itself but does
// NOT include the code in the length
const LEN_LENGTH = 4;
const HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
// A placeholder for a `BackendMessage`’s length value that will be set after construction.
const LATEINIT_LENGTH = -1;
const emptyBuffer = Buffer.allocUnsafe(0);
class Parser {
    constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === 'binary') {
            throw new Error('Binary mode not supported yet');
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || 'text';
    }
    parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
            // code is 1 byte long - it identifies the message type
            const code = this.buffer[offset];
            // length is 1 Uint32BE - it is the length of the message EXCLUDING the code
            const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
            const fullMessageLength = CODE_LENGTH + length;
            if (fullMessageLength + offset <= bufferFullLength) {
                const message = this.handlePacket(offset + HEADER_LENGTH, code, length, this.buffer);
                callback(message);
                offset += fullMessageLength;
            }
            else {
                break;
            }
        }
        if (offset === bufferFullLength) {
            // No more use for the buffer
            this.buffer = emptyBuffer;
            this.bufferLength = 0;
            this.bufferOffset = 0;
        }
        else {
            // Adjust the cursors of remainingBuffer
            this.bufferLength = bufferFullLength - offset;
            this.bufferOffset = offset;
        }
    }
    mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
            const newLength = this.bufferLength + buffer.byteLength;
            const newFullLength = newLength + this.bufferOffset;
            if (newFullLength > this.buffer.byteLength) {
                // We can't concat the new buffer with the remaining one
                let newBuffer;
                if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
                    // We can move the relevant part to the beginning of the buffer instead of allocating a new buffer
                    newBuffer = this.buffer;
                }
                else {
                    // Allocate a new larger buffer
                    let newBufferLength = this.buffer.byteLength * 2;
                    while (newLength >= newBufferLength) {
                        newBufferLength *= 2;
                    }
                    newBuffer = Buffer.allocUnsafe(newBufferLength);
                }
                // Move the remaining buffer to the new one
                this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
                this.buffer = newBuffer;
                this.bufferOffset = 0;
            }
            // Concat the new buffer with the remaining one
            buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
            this.bufferLength = newLength;
        }
        else {
            this.buffer = buffer;
            this.bufferOffset = 0;
            this.bufferLength = buffer.byteLength;
        }
    }
    handlePacket(offset, code, length, bytes) {
        const { reader } = this;
        // NOTE: This undesirably retains the buffer in `this.reader` if the `parse*Message` calls below throw. However, those should only throw in the case of a protocol error, which normally results in the reader being discarded.
        reader.setBuffer(offset, bytes);
        let message;
        switch (code) {
            case 50 /* MessageCodes.BindComplete */:
                message = messages_1.bindComplete;
                break;
            case 49 /* MessageCodes.ParseComplete */:
                message = messages_1.parseComplete;
                break;
            case 51 /* MessageCodes.CloseComplete */:
                message = messages_1.closeComplete;
                break;
            case 110 /* MessageCodes.NoData */:
                message = messages_1.noData;
                break;
            case 115 /* MessageCodes.PortalSuspended */:
                message = messages_1.portalSuspended;
                break;
            case 99 /* MessageCodes.CopyDone */:
                message = messages_1.copyDone;
                break;
            case 87 /* MessageCodes.ReplicationStart */:
                message = messages_1.replicationStart;
                break;
            case 73 /* MessageCodes.EmptyQuery */:
                message = messages_1.emptyQuery;
                break;
            case 68 /* MessageCodes.DataRow */:
                message = parseDataRowMessage(reader);
                break;
            case 67 /* MessageCodes.CommandComplete */:
                message = parseCommandCompleteMessage(reader);
                break;
            case 90 /* MessageCodes.ReadyForQuery */:
                message = parseReadyForQueryMessage(reader);
                break;
            case 65 /* MessageCodes.NotificationResponse */:
                message = parseNotificationMessage(reader);
                break;
            case 82 /* MessageCodes.AuthenticationResponse */:
                message = parseAuthenticationResponse(reader, length);
                break;
            case 83 /* MessageCodes.ParameterStatus */:
                message = parseParameterStatusMessage(reader);
                break;
            case 75 /* MessageCodes.BackendKeyData */:
                message = parseBackendKeyData(reader);
                break;
            case 69 /* MessageCodes.ErrorMessage */:
                message = parseErrorMessage(reader, 'error');
                break;
            case 78 /* MessageCodes.NoticeMessage */:
                message = parseErrorMessage(reader, 'notice');
                break;
            case 84 /* MessageCodes.RowDescriptionMessage */:
                message = parseRowDescriptionMessage(reader);
                break;
            case 116 /* MessageCodes.ParameterDescriptionMessage */:
                message = parseParameterDescriptionMessage(reader);
                break;
            case 71 /* MessageCodes.CopyIn */:
                message = parseCopyInMessage(reader);
                break;
            case 72 /* MessageCodes.CopyOut */:
                message = parseCopyOutMessage(reader);
                break;
            case 100 /* MessageCodes.CopyData */:
                message = parseCopyData(reader, length);
                break;
            default:
                return new messages_1.DatabaseError('received invalid response: ' + code.toString(16), length, 'error');
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
    }
}
exports.Parser = Parser;
const parseReadyForQueryMessage = (reader) => {
    const status = reader.string(1);
    return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
};
const parseCommandCompleteMessage = (reader) => {
    const text = reader.cstring();
    return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
};
const parseCopyData = (reader, length) => {
    const chunk = reader.bytes(length - 4);
    return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
};
const parseCopyInMessage = (reader) => parseCopyMessage(reader, 'copyInResponse');
const parseCopyOutMessage = (reader) => parseCopyMessage(reader, 'copyOutResponse');
const parseCopyMessage = (reader, messageName) => {
    const isBinary = reader.byte() !== 0;
    const columnCount = reader.int16();
    const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
    for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
    }
    return message;
};
const parseNotificationMessage = (reader) => {
    const processId = reader.int32();
    const channel = reader.cstring();
    const payload = reader.cstring();
    return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
};
const parseRowDescriptionMessage = (reader) => {
    const fieldCount = reader.int16();
    const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
    }
    return message;
};
const parseField = (reader) => {
    const name = reader.cstring();
    const tableID = reader.uint32();
    const columnID = reader.int16();
    const dataTypeID = reader.uint32();
    const dataTypeSize = reader.int16();
    const dataTypeModifier = reader.int32();
    const mode = reader.int16() === 0 ? 'text' : 'binary';
    return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
};
const parseParameterDescriptionMessage = (reader) => {
    const parameterCount = reader.int16();
    const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
    for (let i = 0; i < parameterCount; i++) {
        // OIDs are unsigned, same as dataTypeID in parseField above
        message.dataTypeIDs[i] = reader.uint32();
    }
    return message;
};
const parseDataRowMessage = (reader) => {
    const fieldCount = reader.int16();
    const fields = new Array(fieldCount);
    for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        // a -1 for length means the value of the field is null
        fields[i] = len === -1 ? null : reader.string(len);
    }
    return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
};
const parseParameterStatusMessage = (reader) => {
    const name = reader.cstring();
    const value = reader.cstring();
    return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
};
const parseBackendKeyData = (reader) => {
    const processID = reader.int32();
    const secretKey = reader.int32();
    return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
};
const parseAuthenticationResponse = (reader, length) => {
    const code = reader.int32();
    // TODO(bmc): maybe better types here
    const message = {
        name: 'authenticationOk',
        length,
    };
    switch (code) {
        case 0: // AuthenticationOk
            break;
        case 3: // AuthenticationCleartextPassword
            if (message.length === 8) {
                message.name = 'authenticationCleartextPassword';
            }
            break;
        case 5: // AuthenticationMD5Password
            if (message.length === 12) {
                message.name = 'authenticationMD5Password';
                const salt = reader.bytes(4);
                return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
            }
            break;
        case 10: // AuthenticationSASL
            {
                message.name = 'authenticationSASL';
                message.mechanisms = [];
                let mechanism;
                do {
                    mechanism = reader.cstring();
                    if (mechanism) {
                        message.mechanisms.push(mechanism);
                    }
                } while (mechanism);
            }
            break;
        case 11: // AuthenticationSASLContinue
            message.name = 'authenticationSASLContinue';
            message.data = reader.string(length - 8);
            break;
        case 12: // AuthenticationSASLFinal
            message.name = 'authenticationSASLFinal';
            message.data = reader.string(length - 8);
            break;
        default:
            throw new Error('Unknown authenticationOk message type ' + code);
    }
    return message;
};
const parseErrorMessage = (reader, name) => {
    const fields = {};
    let fieldType = reader.string(1);
    while (fieldType !== '\0') {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
    }
    const messageValue = fields.M;
    const message = name === 'notice'
        ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue)
        : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
    message.severity = fields.S;
    message.code = fields.C;
    message.detail = fields.D;
    message.hint = fields.H;
    message.position = fields.P;
    message.internalPosition = fields.p;
    message.internalQuery = fields.q;
    message.where = fields.W;
    message.schema = fields.s;
    message.table = fields.t;
    message.column = fields.c;
    message.dataType = fields.d;
    message.constraint = fields.n;
    message.file = fields.F;
    message.line = fields.L;
    message.routine = fields.R;
    return message;
};
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 6513:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serialize = void 0;
const buffer_writer_1 = __nccwpck_require__(9315);
const writer = new buffer_writer_1.Writer();
const startup = (opts) => {
    // protocol version
    writer.addInt16(3).addInt16(0);
    for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
    }
    writer.addCString('client_encoding').addCString('UTF8');
    const bodyBuffer = writer.addCString('').flush();
    // this message is sent without a code
    const length = bodyBuffer.length + 4;
    return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
};
const requestSsl = () => {
    const response = Buffer.allocUnsafe(8);
    response.writeInt32BE(8, 0);
    response.writeInt32BE(80877103, 4);
    return response;
};
const password = (password) => {
    return writer.addCString(password).flush(112 /* code.startup */);
};
const sendSASLInitialResponseMessage = function (mechanism, initialResponse) {
    // 0x70 = 'p'
    writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
    return writer.flush(112 /* code.startup */);
};
const sendSCRAMClientFinalMessage = function (additionalData) {
    return writer.addString(additionalData).flush(112 /* code.startup */);
};
const query = (text) => {
    return writer.addCString(text).flush(81 /* code.query */);
};
const emptyArray = [];
const parse = (query) => {
    // expect something like this:
    // { name: 'queryName',
    //   text: 'select * from blah',
    //   types: ['int8', 'bool'] }
    // normalize missing query names to allow for null
    const name = query.name || '';
    if (name.length > 63) {
        console.error('Warning! Postgres only supports 63 characters for query names.');
        console.error('You supplied %s (%s)', name, name.length);
        console.error('This can cause conflicts and silent errors executing queries');
    }
    const types = query.types || emptyArray;
    const len = types.length;
    const buffer = writer
        .addCString(name) // name of query
        .addCString(query.text) // actual query text
        .addInt16(len);
    for (let i = 0; i < len; i++) {
        buffer.addInt32(types[i]);
    }
    return writer.flush(80 /* code.parse */);
};
const writeValues = function (values, valueMapper, formatsOffset) {
    const len = values.length;
    for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0 /* ParamType.STRING */;
        if (mappedVal == null) {
            // write -1 to indicate null
            writer.addInt32(-1);
        }
        else if (mappedVal instanceof Buffer) {
            formatByte = 1 /* ParamType.BINARY */;
            // add the buffer to the param writer
            writer.addInt32(mappedVal.length);
            writer.add(mappedVal);
        }
        else {
            // length prefix + UTF-8 bytes in one pass (Buffer.byteLength computed once)
            writer.addInt32PrefixedString(mappedVal);
        }
        // beware: `writer` operations can replace `writer.buffer` with a new buffer
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
    }
};
const bind = (config = {}) => {
    // normalize config
    const portal = config.portal || '';
    const statement = config.statement || '';
    const binary = config.binary || false;
    const values = config.values || emptyArray;
    const len = values.length;
    writer.addCString(portal).addCString(statement);
    // number of parameter format codes
    writer.addInt16(len);
    // space for those codes, filled by `writeValues`
    const formatsOffset = writer.reserveUnsafe(len * 2);
    // number of parameter values
    writer.addInt16(len);
    try {
        writeValues(values, config.valueMapper, formatsOffset);
    }
    catch (err) {
        writer.clear();
        throw err;
    }
    // all results use the same format code
    writer.addInt16(1);
    // format code
    writer.addInt16(binary ? 1 /* ParamType.BINARY */ : 0 /* ParamType.STRING */);
    return writer.flush(66 /* code.bind */);
};
const emptyExecute = Buffer.from([69 /* code.execute */, 0x00, 0x00, 0x00, 0x09, 0x00, 0x00, 0x00, 0x00, 0x00]);
const execute = (config) => {
    // this is the happy path for most queries
    if (!config || (!config.portal && !config.rows)) {
        return emptyExecute;
    }
    const portal = config.portal || '';
    const rows = config.rows || 0;
    const portalLength = Buffer.byteLength(portal);
    const len = 4 + portalLength + 1 + 4;
    // one extra bit for code
    const buff = Buffer.allocUnsafe(1 + len);
    buff[0] = 69 /* code.execute */;
    buff.writeInt32BE(len, 1);
    buff.write(portal, 5, 'utf-8');
    buff[portalLength + 5] = 0; // null terminate portal cString
    buff.writeUInt32BE(rows, buff.length - 4);
    return buff;
};
const cancel = (processID, secretKey) => {
    const buffer = Buffer.allocUnsafe(16);
    buffer.writeInt32BE(16, 0);
    buffer.writeInt16BE(1234, 4);
    buffer.writeInt16BE(5678, 6);
    buffer.writeInt32BE(processID, 8);
    buffer.writeInt32BE(secretKey, 12);
    return buffer;
};
const cstringMessage = (code, string) => {
    const stringLen = Buffer.byteLength(string);
    const len = 4 + stringLen + 1;
    // one extra bit for code
    const buffer = Buffer.allocUnsafe(1 + len);
    buffer[0] = code;
    buffer.writeInt32BE(len, 1);
    buffer.write(string, 5, 'utf-8');
    buffer[len] = 0; // null terminate cString
    return buffer;
};
const emptyDescribePortal = writer.addCString('P').flush(68 /* code.describe */);
const emptyDescribeStatement = writer.addCString('S').flush(68 /* code.describe */);
const describe = (msg) => {
    return msg.name
        ? cstringMessage(68 /* code.describe */, `${msg.type}${msg.name || ''}`)
        : msg.type === 'P'
            ? emptyDescribePortal
            : emptyDescribeStatement;
};
const close = (msg) => {
    const text = `${msg.type}${msg.name || ''}`;
    return cstringMessage(67 /* code.close */, text);
};
const copyData = (chunk) => {
    return writer.add(chunk).flush(100 /* code.copyFromChunk */);
};
const copyFail = (message) => {
    return cstringMessage(102 /* code.copyFail */, message);
};
const codeOnlyBuffer = (code) => Buffer.from([code, 0x00, 0x00, 0x00, 0x04]);
const flushBuffer = codeOnlyBuffer(72 /* code.flush */);
const syncBuffer = codeOnlyBuffer(83 /* code.sync */);
const endBuffer = codeOnlyBuffer(88 /* code.end */);
const copyDoneBuffer = codeOnlyBuffer(99 /* code.copyDone */);
const serialize = {
    startup,
    password,
    requestSsl,
    sendSASLInitialResponseMessage,
    sendSCRAMClientFinalMessage,
    query,
    parse,
    bind,
    execute,
    describe,
    close,
    flush: () => flushBuffer,
    sync: () => syncBuffer,
    end: () => endBuffer,
    copyData,
    copyDone: () => copyDoneBuffer,
    copyFail,
    cancel,
};
exports.serialize = serialize;
//# sourceMappingURL=serializer.js.map

/***/ }),

/***/ 1549:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var textParsers = __nccwpck_require__(4784);
var binaryParsers = __nccwpck_require__(7522);
var arrayParser = __nccwpck_require__(6471);
var builtinTypes = __nccwpck_require__(6345);

exports.getTypeParser = getTypeParser;
exports.setTypeParser = setTypeParser;
exports.arrayParser = arrayParser;
exports.builtins = builtinTypes;

var typeParsers = {
  text: {},
  binary: {}
};

//the empty parse function
function noParse (val) {
  return String(val);
};

//returns a function used to convert a specific type (specified by
//oid) into a result javascript type
//note: the oid can be obtained via the following sql query:
//SELECT oid FROM pg_type WHERE typname = 'TYPE_NAME_HERE';
function getTypeParser (oid, format) {
  format = format || 'text';
  if (!typeParsers[format]) {
    return noParse;
  }
  return typeParsers[format][oid] || noParse;
};

function setTypeParser (oid, format, parseFn) {
  if(typeof format == 'function') {
    parseFn = format;
    format = 'text';
  }
  typeParsers[format][oid] = parseFn;
};

textParsers.init(function(oid, converter) {
  typeParsers.text[oid] = converter;
});

binaryParsers.init(function(oid, converter) {
  typeParsers.binary[oid] = converter;
});


/***/ }),

/***/ 6471:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879);

module.exports = {
  create: function (source, transform) {
    return {
      parse: function() {
        return array.parse(source, transform);
      }
    };
  }
};


/***/ }),

/***/ 7522:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var parseInt64 = __nccwpck_require__(2299);

var parseBits = function(data, bits, offset, invert, callback) {
  offset = offset || 0;
  invert = invert || false;
  callback = callback || function(lastValue, newValue, bits) { return (lastValue * Math.pow(2, bits)) + newValue; };
  var offsetBytes = offset >> 3;

  var inv = function(value) {
    if (invert) {
      return ~value & 0xff;
    }

    return value;
  };

  // read first (maybe partial) byte
  var mask = 0xff;
  var firstBits = 8 - (offset % 8);
  if (bits < firstBits) {
    mask = (0xff << (8 - bits)) & 0xff;
    firstBits = bits;
  }

  if (offset) {
    mask = mask >> (offset % 8);
  }

  var result = 0;
  if ((offset % 8) + bits >= 8) {
    result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
  }

  // read bytes
  var bytes = (bits + offset) >> 3;
  for (var i = offsetBytes + 1; i < bytes; i++) {
    result = callback(result, inv(data[i]), 8);
  }

  // bits to read, that are not a complete byte
  var lastBits = (bits + offset) % 8;
  if (lastBits > 0) {
    result = callback(result, inv(data[bytes]) >> (8 - lastBits), lastBits);
  }

  return result;
};

var parseFloatFromBits = function(data, precisionBits, exponentBits) {
  var bias = Math.pow(2, exponentBits - 1) - 1;
  var sign = parseBits(data, 1);
  var exponent = parseBits(data, exponentBits, 1);

  if (exponent === 0) {
    return 0;
  }

  // parse mantissa
  var precisionBitsCounter = 1;
  var parsePrecisionBits = function(lastValue, newValue, bits) {
    if (lastValue === 0) {
      lastValue = 1;
    }

    for (var i = 1; i <= bits; i++) {
      precisionBitsCounter /= 2;
      if ((newValue & (0x1 << (bits - i))) > 0) {
        lastValue += precisionBitsCounter;
      }
    }

    return lastValue;
  };

  var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);

  // special cases
  if (exponent == (Math.pow(2, exponentBits + 1) - 1)) {
    if (mantissa === 0) {
      return (sign === 0) ? Infinity : -Infinity;
    }

    return NaN;
  }

  // normale number
  return ((sign === 0) ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
};

var parseInt16 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 15, 1, true) + 1);
  }

  return parseBits(value, 15, 1);
};

var parseInt32 = function(value) {
  if (parseBits(value, 1) == 1) {
    return -1 * (parseBits(value, 31, 1, true) + 1);
  }

  return parseBits(value, 31, 1);
};

var parseFloat32 = function(value) {
  return parseFloatFromBits(value, 23, 8);
};

var parseFloat64 = function(value) {
  return parseFloatFromBits(value, 52, 11);
};

var parseNumeric = function(value) {
  var sign = parseBits(value, 16, 32);
  if (sign == 0xc000) {
    return NaN;
  }

  var weight = Math.pow(10000, parseBits(value, 16, 16));
  var result = 0;

  var digits = [];
  var ndigits = parseBits(value, 16);
  for (var i = 0; i < ndigits; i++) {
    result += parseBits(value, 16, 64 + (16 * i)) * weight;
    weight /= 10000;
  }

  var scale = Math.pow(10, parseBits(value, 16, 48));
  return ((sign === 0) ? 1 : -1) * Math.round(result * scale) / scale;
};

var parseDate = function(isUTC, value) {
  var sign = parseBits(value, 1);
  var rawValue = parseBits(value, 63, 1);

  // discard usecs and shift from 2000 to 1970
  var result = new Date((((sign === 0) ? 1 : -1) * rawValue / 1000) + 946684800000);

  if (!isUTC) {
    result.setTime(result.getTime() + result.getTimezoneOffset() * 60000);
  }

  // add microseconds to the date
  result.usec = rawValue % 1000;
  result.getMicroSeconds = function() {
    return this.usec;
  };
  result.setMicroSeconds = function(value) {
    this.usec = value;
  };
  result.getUTCMicroSeconds = function() {
    return this.usec;
  };

  return result;
};

var parseArray = function(value) {
  var dim = parseBits(value, 32);

  var flags = parseBits(value, 32, 32);
  var elementType = parseBits(value, 32, 64);

  var offset = 96;
  var dims = [];
  for (var i = 0; i < dim; i++) {
    // parse dimension
    dims[i] = parseBits(value, 32, offset);
    offset += 32;

    // ignore lower bounds
    offset += 32;
  }

  var parseElement = function(elementType) {
    // parse content length
    var length = parseBits(value, 32, offset);
    offset += 32;

    // parse null values
    if (length == 0xffffffff) {
      return null;
    }

    var result;
    if ((elementType == 0x17) || (elementType == 0x14)) {
      // int/bigint
      result = parseBits(value, length * 8, offset);
      offset += length * 8;
      return result;
    }
    else if (elementType == 0x19) {
      // string
      result = value.toString(this.encoding, offset >> 3, (offset += (length << 3)) >> 3);
      return result;
    }
    else {
      console.log("ERROR: ElementType not implemented: " + elementType);
    }
  };

  var parse = function(dimension, elementType) {
    var array = [];
    var i;

    if (dimension.length > 1) {
      var count = dimension.shift();
      for (i = 0; i < count; i++) {
        array[i] = parse(dimension, elementType);
      }
      dimension.unshift(count);
    }
    else {
      for (i = 0; i < dimension[0]; i++) {
        array[i] = parseElement(elementType);
      }
    }

    return array;
  };

  return parse(dims, elementType);
};

var parseText = function(value) {
  return value.toString('utf8');
};

var parseBool = function(value) {
  if(value === null) return null;
  return (parseBits(value, 8) > 0);
};

var init = function(register) {
  register(20, parseInt64);
  register(21, parseInt16);
  register(23, parseInt32);
  register(26, parseInt32);
  register(1700, parseNumeric);
  register(700, parseFloat32);
  register(701, parseFloat64);
  register(16, parseBool);
  register(1114, parseDate.bind(null, false));
  register(1184, parseDate.bind(null, true));
  register(1000, parseArray);
  register(1007, parseArray);
  register(1016, parseArray);
  register(1008, parseArray);
  register(1009, parseArray);
  register(25, parseText);
};

module.exports = {
  init: init
};


/***/ }),

/***/ 6345:
/***/ ((module) => {

/**
 * Following query was used to generate this file:

 SELECT json_object_agg(UPPER(PT.typname), PT.oid::int4 ORDER BY pt.oid)
 FROM pg_type PT
 WHERE typnamespace = (SELECT pgn.oid FROM pg_namespace pgn WHERE nspname = 'pg_catalog') -- Take only builting Postgres types with stable OID (extension types are not guaranted to be stable)
 AND typtype = 'b' -- Only basic types
 AND typelem = 0 -- Ignore aliases
 AND typisdefined -- Ignore undefined types
 */

module.exports = {
    BOOL: 16,
    BYTEA: 17,
    CHAR: 18,
    INT8: 20,
    INT2: 21,
    INT4: 23,
    REGPROC: 24,
    TEXT: 25,
    OID: 26,
    TID: 27,
    XID: 28,
    CID: 29,
    JSON: 114,
    XML: 142,
    PG_NODE_TREE: 194,
    SMGR: 210,
    PATH: 602,
    POLYGON: 604,
    CIDR: 650,
    FLOAT4: 700,
    FLOAT8: 701,
    ABSTIME: 702,
    RELTIME: 703,
    TINTERVAL: 704,
    CIRCLE: 718,
    MACADDR8: 774,
    MONEY: 790,
    MACADDR: 829,
    INET: 869,
    ACLITEM: 1033,
    BPCHAR: 1042,
    VARCHAR: 1043,
    DATE: 1082,
    TIME: 1083,
    TIMESTAMP: 1114,
    TIMESTAMPTZ: 1184,
    INTERVAL: 1186,
    TIMETZ: 1266,
    BIT: 1560,
    VARBIT: 1562,
    NUMERIC: 1700,
    REFCURSOR: 1790,
    REGPROCEDURE: 2202,
    REGOPER: 2203,
    REGOPERATOR: 2204,
    REGCLASS: 2205,
    REGTYPE: 2206,
    UUID: 2950,
    TXID_SNAPSHOT: 2970,
    PG_LSN: 3220,
    PG_NDISTINCT: 3361,
    PG_DEPENDENCIES: 3402,
    TSVECTOR: 3614,
    TSQUERY: 3615,
    GTSVECTOR: 3642,
    REGCONFIG: 3734,
    REGDICTIONARY: 3769,
    JSONB: 3802,
    REGNAMESPACE: 4089,
    REGROLE: 4096
};


/***/ }),

/***/ 4784:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

var array = __nccwpck_require__(3879)
var arrayParser = __nccwpck_require__(6471);
var parseDate = __nccwpck_require__(2690);
var parseInterval = __nccwpck_require__(8755);
var parseByteA = __nccwpck_require__(463);

function allowNull (fn) {
  return function nullAllowed (value) {
    if (value === null) return value
    return fn(value)
  }
}

function parseBool (value) {
  if (value === null) return value
  return value === 'TRUE' ||
    value === 't' ||
    value === 'true' ||
    value === 'y' ||
    value === 'yes' ||
    value === 'on' ||
    value === '1';
}

function parseBoolArray (value) {
  if (!value) return null
  return array.parse(value, parseBool)
}

function parseBaseTenInt (string) {
  return parseInt(string, 10)
}

function parseIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(parseBaseTenInt))
}

function parseBigIntegerArray (value) {
  if (!value) return null
  return array.parse(value, allowNull(function (entry) {
    return parseBigInteger(entry).trim()
  }))
}

var parsePointArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parsePoint(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseFloatArray = function(value) {
  if(!value) { return null; }
  var p = arrayParser.create(value, function(entry) {
    if(entry !== null) {
      entry = parseFloat(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseStringArray = function(value) {
  if(!value) { return null; }

  var p = arrayParser.create(value);
  return p.parse();
};

var parseDateArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseDate(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseIntervalArray = function(value) {
  if (!value) { return null; }

  var p = arrayParser.create(value, function(entry) {
    if (entry !== null) {
      entry = parseInterval(entry);
    }
    return entry;
  });

  return p.parse();
};

var parseByteAArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(parseByteA));
};

var parseInteger = function(value) {
  return parseInt(value, 10);
};

var parseBigInteger = function(value) {
  var valStr = String(value);
  if (/^\d+$/.test(valStr)) { return valStr; }
  return value;
};

var parseJsonArray = function(value) {
  if (!value) { return null; }

  return array.parse(value, allowNull(JSON.parse));
};

var parsePoint = function(value) {
  if (value[0] !== '(') { return null; }

  value = value.substring( 1, value.length - 1 ).split(',');

  return {
    x: parseFloat(value[0])
  , y: parseFloat(value[1])
  };
};

var parseCircle = function(value) {
  if (value[0] !== '<' && value[1] !== '(') { return null; }

  var point = '(';
  var radius = '';
  var pointParsed = false;
  for (var i = 2; i < value.length - 1; i++){
    if (!pointParsed) {
      point += value[i];
    }

    if (value[i] === ')') {
      pointParsed = true;
      continue;
    } else if (!pointParsed) {
      continue;
    }

    if (value[i] === ','){
      continue;
    }

    radius += value[i];
  }
  var result = parsePoint(point);
  result.radius = parseFloat(radius);

  return result;
};

var init = function(register) {
  register(20, parseBigInteger); // int8
  register(21, parseInteger); // int2
  register(23, parseInteger); // int4
  register(26, parseInteger); // oid
  register(700, parseFloat); // float4/real
  register(701, parseFloat); // float8/double
  register(16, parseBool);
  register(1082, parseDate); // date
  register(1114, parseDate); // timestamp without timezone
  register(1184, parseDate); // timestamp
  register(600, parsePoint); // point
  register(651, parseStringArray); // cidr[]
  register(718, parseCircle); // circle
  register(1000, parseBoolArray);
  register(1001, parseByteAArray);
  register(1005, parseIntegerArray); // _int2
  register(1007, parseIntegerArray); // _int4
  register(1028, parseIntegerArray); // oid[]
  register(1016, parseBigIntegerArray); // _int8
  register(1017, parsePointArray); // point[]
  register(1021, parseFloatArray); // _float4
  register(1022, parseFloatArray); // _float8
  register(1231, parseFloatArray); // _numeric
  register(1014, parseStringArray); //char
  register(1015, parseStringArray); //varchar
  register(1008, parseStringArray);
  register(1009, parseStringArray);
  register(1040, parseStringArray); // macaddr[]
  register(1041, parseStringArray); // inet[]
  register(1115, parseDateArray); // timestamp without time zone[]
  register(1182, parseDateArray); // _date
  register(1185, parseDateArray); // timestamp with time zone[]
  register(1186, parseInterval);
  register(1187, parseIntervalArray);
  register(17, parseByteA);
  register(114, JSON.parse.bind(JSON)); // json
  register(3802, JSON.parse.bind(JSON)); // jsonb
  register(199, parseJsonArray); // json[]
  register(3807, parseJsonArray); // jsonb[]
  register(3907, parseStringArray); // numrange[]
  register(2951, parseStringArray); // uuid[]
  register(791, parseStringArray); // money[]
  register(1183, parseStringArray); // time[]
  register(1270, parseStringArray); // timetz[]
};

module.exports = {
  init: init
};


/***/ }),

/***/ 5042:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const utils = __nccwpck_require__(9652)
const nodeUtils = __nccwpck_require__(9023)
const sasl = __nccwpck_require__(948)
const TypeOverrides = __nccwpck_require__(365)

const ConnectionParameters = __nccwpck_require__(646)
const Query = __nccwpck_require__(4473)
const defaults = __nccwpck_require__(8995)
const Connection = __nccwpck_require__(9809)
const crypto = __nccwpck_require__(4150)

const activeQueryDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.activeQuery is deprecated and will be removed in pg@9.0'
)

const queryQueueDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Client.queryQueue is deprecated and will be removed in pg@9.0.'
)

const pgPassDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'pgpass support is deprecated and will be removed in pg@9.0. ' +
    'You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code.'
)

const byoPromiseDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0.'
)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

function coerceNumberOrDefault(value, defaultValue) {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : defaultValue
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value)
    return Number.isFinite(n) ? n : defaultValue
  }
  return defaultValue
}

class Client extends EventEmitter {
  constructor(config) {
    super()

    this.connectionParameters = new ConnectionParameters(config)
    this.user = this.connectionParameters.user
    this.database = this.connectionParameters.database
    this.port = this.connectionParameters.port
    this.host = this.connectionParameters.host

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: this.connectionParameters.password,
    })

    this.replication = this.connectionParameters.replication

    const c = config || {}

    if (c.Promise) {
      byoPromiseDeprecationNotice()
    }
    this._Promise = c.Promise || global.Promise
    this._types = new TypeOverrides(c.types)
    this._ending = false
    this._ended = false
    this._connecting = false
    this._connected = false
    this._connectionError = false
    this._queryable = true
    this._activeQuery = null
    this._txStatus = null

    this.enableChannelBinding = Boolean(c.enableChannelBinding) // set true to use SCRAM-SHA-256-PLUS when offered
    this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS)
    this.connection =
      c.connection ||
      new Connection({
        stream: c.stream,
        ssl: this.connectionParameters.ssl,
        sslNegotiation: this.connectionParameters.sslnegotiation,
        keepAlive: c.keepAlive || false,
        keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
        encoding: this.connectionParameters.client_encoding || 'utf8',
      })
    this._queryQueue = []
    this._sentQueryQueue = []
    this.pipeline = Boolean(c.pipeline)
    this.binary = c.binary || defaults.binary
    this.processID = null
    this.secretKey = null
    this.ssl = this.connectionParameters.ssl || false
    this.sslNegotiation = this.connectionParameters.sslnegotiation || 'postgres'
    // As with Password, make SSL->Key (the private key) non-enumerable.
    // It won't show up in stack traces
    // or if the client is console.logged
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0
  }

  get activeQuery() {
    activeQueryDeprecationNotice()
    return this._activeQuery
  }

  set activeQuery(val) {
    activeQueryDeprecationNotice()
    this._activeQuery = val
  }

  _getActiveQuery() {
    return this._activeQuery
  }

  _errorAllQueries(err) {
    const enqueueError = (query) => {
      process.nextTick(() => {
        query.handleError(err, this.connection)
      })
    }

    const activeQuery = this._getActiveQuery()
    if (activeQuery) {
      enqueueError(activeQuery)
      this._activeQuery = null
    }

    this._sentQueryQueue.forEach(enqueueError)
    this._sentQueryQueue.length = 0

    this._queryQueue.forEach(enqueueError)
    this._queryQueue.length = 0
  }

  _connect(callback) {
    const self = this
    const con = this.connection
    this._connectionCallback = callback

    if (this._connecting || this._connected) {
      const err = new Error('Client has already been connected. You cannot reuse a client.')
      process.nextTick(() => {
        callback(err)
      })
      return
    }
    this._connecting = true

    if (this._connectionTimeoutMillis > 0) {
      this.connectionTimeoutHandle = setTimeout(() => {
        con._ending = true
        con.stream.destroy(new Error('timeout expired'))
      }, this._connectionTimeoutMillis)

      if (this.connectionTimeoutHandle.unref) {
        this.connectionTimeoutHandle.unref()
      }
    }

    if (this.host && this.host.indexOf('/') === 0) {
      con.connect(this.host + '/.s.PGSQL.' + this.port)
    } else {
      con.connect(this.port, this.host)
    }

    // once connection is established send startup message
    con.on('connect', function () {
      if (self.ssl) {
        // With direct SSL negotiation the connection upgrades to TLS without an
        // SSLRequest packet, so the startup message is sent after 'sslconnect'.
        if (self.sslNegotiation !== 'direct') {
          con.requestSsl()
        }
      } else {
        con.startup(self.getStartupConf())
      }
    })

    con.on('sslconnect', function () {
      con.startup(self.getStartupConf())
    })

    this._attachListeners(con)

    con.once('end', () => {
      const error = this._ending ? new Error('Connection terminated') : new Error('Connection terminated unexpectedly')

      clearTimeout(this.connectionTimeoutHandle)
      this._errorAllQueries(error)
      this._ended = true

      if (!this._ending) {
        // if the connection is ended without us calling .end()
        // on this client then we have an unexpected disconnection
        // treat this as an error unless we've already emitted an error
        // during connection.
        if (this._connecting && !this._connectionError) {
          if (this._connectionCallback) {
            this._connectionCallback(error)
          } else {
            this._handleErrorEvent(error)
          }
        } else if (!this._connectionError) {
          this._handleErrorEvent(error)
        }
      }

      process.nextTick(() => {
        this.emit('end')
      })
    })
  }

  connect(callback) {
    if (callback) {
      this._connect(callback)
      return
    }

    return new this._Promise((resolve, reject) => {
      this._connect((error) => {
        if (error) {
          reject(error)
        } else {
          resolve(this)
        }
      })
    })
  }

  _attachListeners(con) {
    // password request handling
    con.on('authenticationCleartextPassword', this._handleAuthCleartextPassword.bind(this))
    // password request handling
    con.on('authenticationMD5Password', this._handleAuthMD5Password.bind(this))
    // password request handling (SASL)
    con.on('authenticationSASL', this._handleAuthSASL.bind(this))
    con.on('authenticationSASLContinue', this._handleAuthSASLContinue.bind(this))
    con.on('authenticationSASLFinal', this._handleAuthSASLFinal.bind(this))
    con.on('backendKeyData', this._handleBackendKeyData.bind(this))
    con.on('error', this._handleErrorEvent.bind(this))
    con.on('errorMessage', this._handleErrorMessage.bind(this))
    con.on('readyForQuery', this._handleReadyForQuery.bind(this))
    con.on('notice', this._handleNotice.bind(this))
    con.on('rowDescription', this._handleRowDescription.bind(this))
    con.on('dataRow', this._handleDataRow.bind(this))
    con.on('portalSuspended', this._handlePortalSuspended.bind(this))
    con.on('emptyQuery', this._handleEmptyQuery.bind(this))
    con.on('commandComplete', this._handleCommandComplete.bind(this))
    con.on('parseComplete', this._handleParseComplete.bind(this))
    con.on('copyInResponse', this._handleCopyInResponse.bind(this))
    con.on('copyData', this._handleCopyData.bind(this))
    con.on('notification', this._handleNotification.bind(this))
  }

  _getPassword(cb) {
    const con = this.connection
    if (typeof this.password === 'function') {
      this._Promise
        .resolve()
        .then(() => this.password(this.connectionParameters))
        .then((pass) => {
          if (pass !== undefined) {
            if (typeof pass !== 'string') {
              con.emit('error', new TypeError('Password must be a string'))
              return
            }
            this.connectionParameters.password = this.password = pass
          } else {
            this.connectionParameters.password = this.password = null
          }
          cb()
        })
        .catch((err) => {
          con.emit('error', err)
        })
    } else if (this.password !== null) {
      cb()
    } else {
      try {
        const pgPass = __nccwpck_require__(3272)
        pgPass(this.connectionParameters, (pass) => {
          if (undefined !== pass) {
            pgPassDeprecationNotice()
            this.connectionParameters.password = this.password = pass
          }
          cb()
        })
      } catch (e) {
        this.emit('error', e)
      }
    }
  }

  _handleAuthCleartextPassword(msg) {
    this._getPassword(() => {
      this.connection.password(this.password)
    })
  }

  _handleAuthMD5Password(msg) {
    this._getPassword(async () => {
      try {
        const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt)
        this.connection.password(hashedPassword)
      } catch (e) {
        this.emit('error', e)
      }
    })
  }

  _handleAuthSASL(msg) {
    this._getPassword(() => {
      try {
        this.saslSession = sasl.startSession(
          msg.mechanisms,
          this.enableChannelBinding && this.connection.stream,
          this.scramMaxIterations
        )
        this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response)
      } catch (err) {
        this.connection.emit('error', err)
      }
    })
  }

  async _handleAuthSASLContinue(msg) {
    try {
      await sasl.continueSession(
        this.saslSession,
        this.password,
        msg.data,
        this.enableChannelBinding && this.connection.stream
      )
      this.connection.sendSCRAMClientFinalMessage(this.saslSession.response)
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleAuthSASLFinal(msg) {
    try {
      sasl.finalizeSession(this.saslSession, msg.data)
      this.saslSession = null
    } catch (err) {
      this.connection.emit('error', err)
    }
  }

  _handleBackendKeyData(msg) {
    this.processID = msg.processID
    this.secretKey = msg.secretKey
  }

  _handleReadyForQuery(msg) {
    if (this._connecting) {
      this._connecting = false
      this._connected = true
      clearTimeout(this.connectionTimeoutHandle)

      // process possible callback argument to Client#connect
      if (this._connectionCallback) {
        this._connectionCallback(null, this)
        // remove callback for proper error handling
        // after the connect event
        this._connectionCallback = null
      }
      this.emit('connect')
    }
    const activeQuery = this._getActiveQuery()
    this._activeQuery = null
    this._txStatus = msg?.status ?? null
    this.readyForQuery = true
    if (activeQuery) {
      activeQuery.handleReadyForQuery(this.connection)
    }
    this._pulseQueryQueue()
  }

  // if we receive an error event or error message
  // during the connection process we handle it here
  _handleErrorWhileConnecting(err) {
    if (this._connectionError) {
      // TODO(bmc): this is swallowing errors - we shouldn't do this
      return
    }
    this._connectionError = true
    clearTimeout(this.connectionTimeoutHandle)
    if (this._connectionCallback) {
      return this._connectionCallback(err)
    }
    this.emit('error', err)
  }

  // if we're connected and we receive an error event from the connection
  // this means the socket is dead - do a hard abort of all queries and emit
  // the socket error on the client as well
  _handleErrorEvent(err) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(err)
    }
    this._queryable = false
    this._errorAllQueries(err)
    this.emit('error', err)
  }

  // handle error messages from the postgres backend
  _handleErrorMessage(msg) {
    if (this._connecting) {
      return this._handleErrorWhileConnecting(msg)
    }
    const activeQuery = this._getActiveQuery()

    if (!activeQuery) {
      this._handleErrorEvent(msg)
      return
    }

    this._activeQuery = null
    if (activeQuery.name) {
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
    activeQuery.handleError(msg, this.connection)
  }

  _handleRowDescription(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected rowDescription message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate rowDescription to active query
    activeQuery.handleRowDescription(msg)
  }

  _handleDataRow(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected dataRow message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate dataRow to active query
    activeQuery.handleDataRow(msg)
  }

  _handlePortalSuspended(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected portalSuspended message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate portalSuspended to active query
    activeQuery.handlePortalSuspended(this.connection)
  }

  _handleEmptyQuery(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected emptyQuery message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate emptyQuery to active query
    activeQuery.handleEmptyQuery(this.connection)
  }

  _handleCommandComplete(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected commandComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // delegate commandComplete to active query
    activeQuery.handleCommandComplete(msg, this.connection)
  }

  _handleParseComplete() {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected parseComplete message from backend.')
      this._handleErrorEvent(error)
      return
    }
    // if a prepared statement has a name and properly parses
    // we track that its already been executed so we don't parse
    // it again on the same client
    if (activeQuery.name) {
      this.connection.parsedStatements[activeQuery.name] = activeQuery.text
      delete this.connection.submittedNamedStatements[activeQuery.name]
    }
  }

  _handleCopyInResponse(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyInResponse message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyInResponse(this.connection)
  }

  _handleCopyData(msg) {
    const activeQuery = this._getActiveQuery()
    if (activeQuery == null) {
      const error = new Error('Received unexpected copyData message from backend.')
      this._handleErrorEvent(error)
      return
    }
    activeQuery.handleCopyData(msg, this.connection)
  }

  _handleNotification(msg) {
    this.emit('notification', msg)
  }

  _handleNotice(msg) {
    this.emit('notice', msg)
  }

  getStartupConf() {
    const params = this.connectionParameters

    const data = {
      user: params.user,
      database: params.database,
    }

    const appName = params.application_name || params.fallback_application_name
    if (appName) {
      data.application_name = appName
    }
    if (params.replication) {
      data.replication = '' + params.replication
    }
    if (params.statement_timeout) {
      data.statement_timeout = String(parseInt(params.statement_timeout, 10))
    }
    if (params.lock_timeout) {
      data.lock_timeout = String(parseInt(params.lock_timeout, 10))
    }
    if (params.idle_in_transaction_session_timeout) {
      data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10))
    }
    if (params.options) {
      data.options = params.options
    }

    return data
  }

  cancel(client, query) {
    if (client.activeQuery === query) {
      const con = this.connection

      if (this.host && this.host.indexOf('/') === 0) {
        con.connect(this.host + '/.s.PGSQL.' + this.port)
      } else {
        con.connect(this.port, this.host)
      }

      // once connection is established send cancel message
      con.on('connect', function () {
        con.cancel(client.processID, client.secretKey)
      })
    } else if (client._queryQueue.indexOf(query) !== -1) {
      client._queryQueue.splice(client._queryQueue.indexOf(query), 1)
    } else if (client._sentQueryQueue.indexOf(query) !== -1) {
      // Query already sent on wire — can't remove it without corrupting the
      // pipeline. No-op the callback so the result is silently discarded.
      query.callback = () => {}
    }
  }

  setTypeParser(oid, format, parseFn) {
    return this._types.setTypeParser(oid, format, parseFn)
  }

  getTypeParser(oid, format) {
    return this._types.getTypeParser(oid, format)
  }

  // escapeIdentifier and escapeLiteral moved to utility functions & exported
  // on PG
  // re-exported here for backwards compatibility
  escapeIdentifier(str) {
    return utils.escapeIdentifier(str)
  }

  escapeLiteral(str) {
    return utils.escapeLiteral(str)
  }

  _pulseQueryQueue() {
    if (this.pipeline) {
      this._pulsePipelinedQueryQueue()
      return
    }
    if (this.readyForQuery === true) {
      this._activeQuery = this._queryQueue.shift()
      const activeQuery = this._getActiveQuery()
      if (activeQuery) {
        this.readyForQuery = false
        this.hasExecuted = true

        const queryError = activeQuery.submit(this.connection)
        if (queryError) {
          process.nextTick(() => {
            activeQuery.handleError(queryError, this.connection)
            this.readyForQuery = true
            this._pulseQueryQueue()
          })
        }
      } else if (this.hasExecuted) {
        this._activeQuery = null
        this.emit('drain')
      }
    }
  }

  _pulsePipelinedQueryQueue() {
    if (!this._connected || !this._queryable) {
      return
    }
    while (this._queryQueue.length > 0) {
      const query = this._queryQueue.shift()
      this.hasExecuted = true
      const queryError = query.submit(this.connection)
      if (queryError) {
        process.nextTick(() => {
          query.handleError(queryError, this.connection)
        })
        continue
      }
      this._sentQueryQueue.push(query)
    }
    if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
      this._activeQuery = this._sentQueryQueue.shift()
      this.readyForQuery = false
    }
    if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
      this.emit('drain')
    }
  }

  query(config, values, callback) {
    // can take in strings, config object or query object
    let query
    let result

    if (config == null) {
      throw new TypeError('Client was passed a null or undefined query')
    }

    if (typeof config.submit === 'function') {
      result = query = config
      if (!query.callback) {
        if (typeof values === 'function') {
          query.callback = values
        } else if (callback) {
          query.callback = callback
        }
      }
    } else {
      query = new Query(config, values, callback)
      if (!query.callback) {
        result = new this._Promise((resolve, reject) => {
          query.callback = (err, res) => (err ? reject(err) : resolve(res))
        }).catch((err) => {
          // replace the stack trace that leads to `TCP.onStreamRead` with one that leads back to the
          // application that created the query
          Error.captureStackTrace(err)
          throw err
        })
      } else if (typeof query.callback !== 'function') {
        throw new TypeError('callback is not a function')
      }
    }

    const readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    if (readTimeout) {
      const queryCallback = query.callback || (() => {})

      const readTimeoutTimer = setTimeout(() => {
        const error = new Error('Query read timeout')

        process.nextTick(() => {
          query.handleError(error, this.connection)
        })

        queryCallback(error)

        // we already returned an error,
        // just do nothing if query completes
        query.callback = () => {}

        // Remove from queue (only safe if not yet sent)
        const index = this._queryQueue.indexOf(query)
        if (index > -1) {
          this._queryQueue.splice(index, 1)
        } else if (this.pipeline) {
          // Query already sent — the pipeline is blocked until it completes.
          // Destroy the connection to unblock all remaining pipelined queries.
          this.connection.stream.destroy()
          return
        }

        this._pulseQueryQueue()
      }, readTimeout)

      query.callback = (err, res) => {
        clearTimeout(readTimeoutTimer)
        queryCallback(err, res)
      }
    }

    if (this.binary && !query.binary) {
      query.binary = true
    }

    if (query._result && !query._result._types) {
      query._result._types = this._types
    }

    // A query that keeps a portal open across round trips cannot share a pipelined connection: the
    // queries written behind it are answered out of its portal, so rows land on the wrong query and
    // the reads that follow fail with 'portal does not exist'. Refuse it instead of corrupting.
    if (this.pipeline) {
      const portalQuery =
        typeof config.submit === 'function' && !(query instanceof Query)
          ? 'Custom query classes such as pg-cursor and pg-query-stream are'
          : query.rows
          ? 'The `rows` option is'
          : null
      if (portalQuery) {
        process.nextTick(() => {
          query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection)
        })
        return result
      }
    }

    if (!this._queryable) {
      process.nextTick(() => {
        query.handleError(new Error('Client has encountered a connection error and is not queryable'), this.connection)
      })
      return result
    }

    if (this._ending) {
      process.nextTick(() => {
        query.handleError(new Error('Client was closed and is not queryable'), this.connection)
      })
      return result
    }

    if (this._queryQueue.length > 0 && !this.pipeline) {
      queryQueueLengthDeprecationNotice()
    }
    this._queryQueue.push(query)
    this._pulseQueryQueue()
    return result
  }

  ref() {
    this.connection.ref()
  }

  unref() {
    this.connection.unref()
  }

  getTransactionStatus() {
    return this._txStatus
  }

  end(cb) {
    this._ending = true

    // if we have never connected, then end is a noop, callback immediately
    if (!this.connection._connecting || this._ended) {
      if (cb) {
        cb()
        return
      } else {
        return this._Promise.resolve()
      }
    }

    if (!this._queryable) {
      // socket is dead — force close
      this.connection.stream.destroy()
    } else if (
      this.pipeline &&
      (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)
    ) {
      // pipelined queries are already on the wire (or queued to send) and will
      // complete normally; wait for drain then do a graceful goodbye
      this.once('drain', () => this.connection.end())
    } else if (this._getActiveQuery()) {
      // non-pipeline: a hung query could block end forever — force disconnect
      this.connection.stream.destroy()
    } else {
      this.connection.end()
    }

    if (cb) {
      this.connection.once('end', cb)
    } else {
      return new this._Promise((resolve) => {
        this.connection.once('end', resolve)
      })
    }
  }
  get queryQueue() {
    queryQueueDeprecationNotice()
    return this._queryQueue
  }
}

// expose a Query constructor
Client.Query = Query

module.exports = Client


/***/ }),

/***/ 646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const dns = __nccwpck_require__(2250)

const defaults = __nccwpck_require__(8995)

const parse = (__nccwpck_require__(6122).parse) // parses a connection string

const val = function (key, config, envVar) {
  if (config[key]) {
    return config[key]
  }

  if (envVar === undefined) {
    envVar = process.env['PG' + key.toUpperCase()]
  } else if (envVar === false) {
    // do nothing ... use false
  } else {
    envVar = process.env[envVar]
  }

  return envVar || defaults[key]
}

const readSSLConfigFromEnvironment = function () {
  switch (process.env.PGSSLMODE) {
    case 'disable':
      return false
    case 'prefer':
    case 'require':
    case 'verify-ca':
    case 'verify-full':
      return true
    case 'no-verify':
      return { rejectUnauthorized: false }
  }
  return defaults.ssl
}

// Convert arg to a string, surround in single quotes, and escape single quotes and backslashes
const quoteParamValue = function (value) {
  return "'" + ('' + value).replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

const add = function (params, config, paramName) {
  const value = config[paramName]
  if (value !== undefined && value !== null) {
    params.push(paramName + '=' + quoteParamValue(value))
  }
}

class ConnectionParameters {
  constructor(config) {
    // if a string is passed, it is a raw connection string so we parse it into a config
    config = typeof config === 'string' ? parse(config) : config || {}

    // if the config has a connectionString defined, parse IT into the config we use
    // this will override other default values with what is stored in connectionString
    if (config.connectionString) {
      config = Object.assign({}, config, parse(config.connectionString))
    }

    this.user = val('user', config)
    this.database = val('database', config)

    if (this.database === undefined) {
      this.database = this.user
    }

    this.port = parseInt(val('port', config), 10)
    this.host = val('host', config)

    // "hiding" the password so it doesn't show up in stack traces
    // or if the client is console.logged
    Object.defineProperty(this, 'password', {
      configurable: true,
      enumerable: false,
      writable: true,
      value: val('password', config),
    })

    this.binary = val('binary', config)
    this.options = val('options', config)

    this.ssl = typeof config.ssl === 'undefined' ? readSSLConfigFromEnvironment() : config.ssl

    if (typeof this.ssl === 'string') {
      if (this.ssl === 'true') {
        this.ssl = true
      }
    }
    // support passing in ssl=no-verify via connection string
    if (this.ssl === 'no-verify') {
      this.ssl = { rejectUnauthorized: false }
    }
    if (this.ssl && this.ssl.key) {
      Object.defineProperty(this.ssl, 'key', {
        enumerable: false,
      })
    }

    // How to negotiate SSL: 'postgres' (default, the traditional SSLRequest
    // handshake) or 'direct' (start the TLS handshake immediately on connect).
    this.sslnegotiation = val('sslnegotiation', config, 'PGSSLNEGOTIATION')
    if (this.sslnegotiation !== undefined && this.sslnegotiation !== 'postgres' && this.sslnegotiation !== 'direct') {
      throw new Error(
        `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
      )
    }
    if (this.sslnegotiation === 'direct' && !this.ssl) {
      throw new Error('sslnegotiation=direct requires SSL to be enabled')
    }

    this.client_encoding = val('client_encoding', config)
    this.replication = val('replication', config)
    // a domain socket begins with '/'
    this.isDomainSocket = !(this.host || '').indexOf('/')

    this.application_name = val('application_name', config, 'PGAPPNAME')
    this.fallback_application_name = val('fallback_application_name', config, false)
    this.statement_timeout = val('statement_timeout', config, false)
    this.lock_timeout = val('lock_timeout', config, false)
    this.idle_in_transaction_session_timeout = val('idle_in_transaction_session_timeout', config, false)
    this.query_timeout = val('query_timeout', config, false)

    if (config.connectionTimeoutMillis === undefined) {
      this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0
    } else {
      this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1000)
    }

    if (config.keepAlive === false) {
      this.keepalives = 0
    } else if (config.keepAlive === true) {
      this.keepalives = 1
    }

    if (typeof config.keepAliveInitialDelayMillis === 'number') {
      this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1000)
    }
  }

  getLibpqConnectionString(cb) {
    const params = []
    add(params, this, 'user')
    add(params, this, 'password')
    add(params, this, 'port')
    add(params, this, 'application_name')
    add(params, this, 'fallback_application_name')
    add(params, this, 'connect_timeout')
    add(params, this, 'options')

    const ssl = typeof this.ssl === 'object' ? this.ssl : this.ssl ? { sslmode: this.ssl } : {}
    add(params, ssl, 'sslmode')
    add(params, ssl, 'sslca')
    add(params, ssl, 'sslkey')
    add(params, ssl, 'sslcert')
    add(params, ssl, 'sslrootcert')
    add(params, this, 'sslnegotiation')

    if (this.database) {
      params.push('dbname=' + quoteParamValue(this.database))
    }
    if (this.replication) {
      params.push('replication=' + quoteParamValue(this.replication))
    }
    if (this.host) {
      params.push('host=' + quoteParamValue(this.host))
    }
    if (this.isDomainSocket) {
      return cb(null, params.join(' '))
    }
    if (this.client_encoding) {
      params.push('client_encoding=' + quoteParamValue(this.client_encoding))
    }
    dns.lookup(this.host, function (err, address) {
      if (err) return cb(err, null)
      params.push('hostaddr=' + quoteParamValue(address))
      return cb(null, params.join(' '))
    })
  }
}

module.exports = ConnectionParameters


/***/ }),

/***/ 9809:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(4434).EventEmitter)

const { parse, serialize } = __nccwpck_require__(4233)
const stream = __nccwpck_require__(829)
const { getStream } = stream

const flushBuffer = serialize.flush()
const syncBuffer = serialize.sync()
const endBuffer = serialize.end()

// TODO(bmc) support binary mode at some point
class Connection extends EventEmitter {
  constructor(config) {
    super()
    config = config || {}

    this.stream = config.stream || getStream(config.ssl)
    if (typeof this.stream === 'function') {
      this.stream = this.stream(config)
    }

    this._keepAlive = config.keepAlive
    this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis
    this.parsedStatements = {}
    this.submittedNamedStatements = {}
    this.ssl = config.ssl || false
    this.sslNegotiation = config.sslNegotiation || 'postgres'
    this._ending = false
    this._emitMessage = false
    const self = this
    this.on('newListener', function (eventName) {
      if (eventName === 'message') {
        self._emitMessage = true
      }
    })
  }

  connect(port, host) {
    const self = this

    this._connecting = true
    this.stream.setNoDelay(true)
    this.stream.connect(port, host)

    this.stream.once('connect', function () {
      if (self._keepAlive) {
        self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis)
      }
      self.emit('connect')
    })

    const reportStreamError = function (error) {
      // errors about disconnections should be ignored during disconnect
      if (self._ending && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return
      }
      self.emit('error', error)
    }
    this.stream.on('error', reportStreamError)

    this.stream.on('close', function () {
      self.emit('end')
    })

    if (!this.ssl) {
      return this.attachListeners(this.stream)
    }

    // With direct SSL negotiation the TLS handshake starts immediately on the
    // raw socket, skipping the SSLRequest packet and the server's 'S'/'N' reply.
    if (this.sslNegotiation === 'direct') {
      return this.stream.once('connect', function () {
        self.upgradeToSSL(host, reportStreamError)
      })
    }

    this.stream.once('data', function (buffer) {
      const responseCode = buffer.toString('utf8')
      switch (responseCode) {
        case 'S': // Server supports SSL connections, continue with a secure connection
          break
        case 'N': // Server does not support SSL connections
          self.stream.end()
          return self.emit('error', new Error('The server does not support SSL connections'))
        default:
          // Any other response byte, including 'E' (ErrorResponse) indicating a server error
          self.stream.end()
          return self.emit('error', new Error('There was an error establishing an SSL connection'))
      }
      self.upgradeToSSL(host, reportStreamError)
    })
  }

  upgradeToSSL(host, reportStreamError) {
    const self = this
    const options = {
      socket: self.stream,
      // tls.connect checks the server identity against `servername`, falling
      // back to `host` and then to 'localhost'. `servername` must stay unset
      // for IP addresses (see below), so `host` is needed to keep certificate
      // validation working when connecting to an IP address.
      host,
    }

    if (self.ssl !== true) {
      Object.assign(options, self.ssl)

      if ('key' in self.ssl) {
        options.key = self.ssl.key
      }
    }

    // Direct SSL negotiation requires ALPN so the server can confirm it is
    // speaking the PostgreSQL protocol over the TLS connection.
    if (self.sslNegotiation === 'direct') {
      options.ALPNProtocols = ['postgresql']
    }

    // SNI must not be set to an IP address (RFC 6066 section 3)
    const net = __nccwpck_require__(9278)
    if (net.isIP && net.isIP(host) === 0) {
      options.servername = host
    }
    try {
      self.stream = stream.getSecureStream(options)
    } catch (err) {
      return self.emit('error', err)
    }
    self.attachListeners(self.stream)
    self.stream.on('error', reportStreamError)

    self.emit('sslconnect')
  }

  attachListeners(stream) {
    parse(stream, (msg) => {
      const eventName = msg.name === 'error' ? 'errorMessage' : msg.name
      if (this._emitMessage) {
        this.emit('message', msg)
      }
      this.emit(eventName, msg)
    })
  }

  requestSsl() {
    this.stream.write(serialize.requestSsl())
  }

  startup(config) {
    this.stream.write(serialize.startup(config))
  }

  cancel(processID, secretKey) {
    this._send(serialize.cancel(processID, secretKey))
  }

  password(password) {
    this._send(serialize.password(password))
  }

  sendSASLInitialResponseMessage(mechanism, initialResponse) {
    this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse))
  }

  sendSCRAMClientFinalMessage(additionalData) {
    this._send(serialize.sendSCRAMClientFinalMessage(additionalData))
  }

  _send(buffer) {
    if (!this.stream.writable) {
      return false
    }
    return this.stream.write(buffer)
  }

  query(text) {
    this._send(serialize.query(text))
  }

  // send parse message
  parse(query) {
    this._send(serialize.parse(query))
  }

  // send bind message
  bind(config) {
    this._send(serialize.bind(config))
  }

  // send execute message
  execute(config) {
    this._send(serialize.execute(config))
  }

  flush() {
    if (this.stream.writable) {
      this.stream.write(flushBuffer)
    }
  }

  sync() {
    // Sync is the extended-query protocol barrier, not a disconnect.
    // Only end()/Terminate (and connect-timeout teardown) should set _ending.
    this._send(syncBuffer)
  }

  ref() {
    this.stream.ref()
  }

  unref() {
    this.stream.unref()
  }

  end() {
    // 0x58 = 'X'
    this._ending = true
    if (!this._connecting || !this.stream.writable) {
      this.stream.end()
      return
    }
    return this.stream.write(endBuffer, () => {
      this.stream.end()
    })
  }

  close(msg) {
    this._send(serialize.close(msg))
  }

  describe(msg) {
    this._send(serialize.describe(msg))
  }

  sendCopyFromChunk(chunk) {
    this._send(serialize.copyData(chunk))
  }

  endCopyFrom() {
    this._send(serialize.copyDone())
  }

  sendCopyFail(msg) {
    this._send(serialize.copyFail(msg))
  }
}

module.exports = Connection


/***/ }),

/***/ 9765:
/***/ ((module) => {

function x509Error(msg, cert) {
  return new Error('SASL channel binding: ' + msg + ' when parsing public certificate ' + cert.toString('base64'))
}

function readASN1Length(data, index) {
  let length = data[index++]
  if (length < 0x80) return { length, index }

  const lengthBytes = length & 0x7f
  if (lengthBytes > 4) throw x509Error('bad length', data)

  length = 0
  for (let i = 0; i < lengthBytes; i++) {
    length = (length << 8) | data[index++]
  }

  return { length, index }
}

function readASN1OID(data, index) {
  if (data[index++] !== 0x6) throw x509Error('non-OID data', data) // 6 = OID

  const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index)
  index = indexAfterOIDLength
  const lastIndex = index + OIDLength

  const byte1 = data[index++]
  let oid = ((byte1 / 40) >> 0) + '.' + (byte1 % 40)

  while (index < lastIndex) {
    // loop over numbers in OID
    let value = 0
    while (index < lastIndex) {
      // loop over bytes in number
      const nextByte = data[index++]
      value = (value << 7) | (nextByte & 0x7f)
      if (nextByte < 0x80) break
    }
    oid += '.' + value
  }

  return { oid, index }
}

function expectASN1Seq(data, index) {
  if (data[index++] !== 0x30) throw x509Error('non-sequence data', data) // 30 = Sequence
  return readASN1Length(data, index)
}

function signatureAlgorithmHashFromCertificate(data, index) {
  // read this thread: https://www.postgresql.org/message-id/17760-b6c61e752ec07060%40postgresql.org
  if (index === undefined) index = 0
  index = expectASN1Seq(data, index).index
  const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index)
  index = indexAfterCertInfoLength + certInfoLength // skip over certificate info
  index = expectASN1Seq(data, index).index // skip over signature length field
  const { oid, index: indexAfterOID } = readASN1OID(data, index)
  switch (oid) {
    // RSA
    case '1.2.840.113549.1.1.4':
      return 'MD5'
    case '1.2.840.113549.1.1.5':
      return 'SHA-1'
    case '1.2.840.113549.1.1.11':
      return 'SHA-256'
    case '1.2.840.113549.1.1.12':
      return 'SHA-384'
    case '1.2.840.113549.1.1.13':
      return 'SHA-512'
    case '1.2.840.113549.1.1.14':
      return 'SHA-224'
    case '1.2.840.113549.1.1.15':
      return 'SHA512-224'
    case '1.2.840.113549.1.1.16':
      return 'SHA512-256'
    // ECDSA
    case '1.2.840.10045.4.1':
      return 'SHA-1'
    case '1.2.840.10045.4.3.1':
      return 'SHA-224'
    case '1.2.840.10045.4.3.2':
      return 'SHA-256'
    case '1.2.840.10045.4.3.3':
      return 'SHA-384'
    case '1.2.840.10045.4.3.4':
      return 'SHA-512'
    // RSASSA-PSS: hash is indicated separately
    case '1.2.840.113549.1.1.10': {
      index = indexAfterOID
      index = expectASN1Seq(data, index).index
      if (data[index++] !== 0xa0) throw x509Error('non-tag data', data) // a0 = constructed tag 0
      index = readASN1Length(data, index).index // skip over tag length field
      index = expectASN1Seq(data, index).index // skip over sequence length field
      const { oid: hashOID } = readASN1OID(data, index)
      switch (hashOID) {
        // standalone hash OIDs
        case '1.2.840.113549.2.5':
          return 'MD5'
        case '1.3.14.3.2.26':
          return 'SHA-1'
        case '2.16.840.1.101.3.4.2.1':
          return 'SHA-256'
        case '2.16.840.1.101.3.4.2.2':
          return 'SHA-384'
        case '2.16.840.1.101.3.4.2.3':
          return 'SHA-512'
      }
      throw x509Error('unknown hash OID ' + hashOID, data)
    }
    // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
    case '1.3.101.110':
    case '1.3.101.112': // ph
      return 'SHA-512'
    // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
    case '1.3.101.111':
    case '1.3.101.113': // ph
      throw x509Error('Ed448 certificate channel binding is not currently supported by Postgres')
  }
  throw x509Error('unknown OID ' + oid, data)
}

module.exports = { signatureAlgorithmHashFromCertificate }


/***/ }),

/***/ 948:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const crypto = __nccwpck_require__(4150)
const { signatureAlgorithmHashFromCertificate } = __nccwpck_require__(9765)

// SASLprep (RFC 4013) — minimal in-tree implementation.
//
// Per RFC 5802 §2.2, the SCRAM-SHA-256 client must normalize the password via
// SASLprep before feeding it into PBKDF2. PostgreSQL's server applies the same
// SASLprep when computing the stored verifier, and libpq does the same client
// side, so passwords whose NFKC form differs from the raw form
// would otherwise authenticate against psql/libpq but fail against pg with `28P01`.
//
// We deliberately implement only the three steps that change the byte content:
//   1. RFC 3454 Table C.1.2 (non-ASCII space) → U+0020 SPACE.
//   2. RFC 3454 Table B.1 (commonly mapped to nothing) → empty.
//   3. NFKC normalization.
// We skip the prohibition (RFC 4013 §2.3) and bidi (RFC 3454 §6) checks.
// libpq is forgiving on those paths and Postgres's own SASLprep matches that
// leniency for legacy roles, so omitting the rejection logic keeps existing
// roles working without adding complexity.
function saslprep(password) {
  // RFC 3454 Table C.1.2 — non-ASCII space characters, mapped to U+0020.
  const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g
  // RFC 3454 Table B.1 — "commonly mapped to nothing". The set intentionally
  // contains zero-width joiners and variation selectors — the very characters
  // ESLint's no-misleading-character-class warns about — because they combine
  // with their neighbors and the RFC strips them for that reason.
  // eslint-disable-next-line no-misleading-character-class
  const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g
  return password.replace(nonAsciiSpace, ' ').replace(mappedToNothing, '').normalize('NFKC')
}

const DEFAULT_MAX_SCRAM_ITERATIONS = 100000

function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
  const candidates = ['SCRAM-SHA-256']
  if (stream) candidates.unshift('SCRAM-SHA-256-PLUS') // higher-priority, so placed first

  const mechanism = candidates.find((candidate) => mechanisms.includes(candidate))

  if (!mechanism) {
    throw new Error('SASL: Only mechanism(s) ' + candidates.join(' and ') + ' are supported')
  }

  if (mechanism === 'SCRAM-SHA-256-PLUS' && typeof stream.getPeerCertificate !== 'function') {
    // this should never happen if we are really talking to a Postgres server
    throw new Error('SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate')
  }

  const clientNonce = crypto.randomBytes(18).toString('base64')
  const gs2Header = mechanism === 'SCRAM-SHA-256-PLUS' ? 'p=tls-server-end-point' : stream ? 'y' : 'n'

  return {
    mechanism,
    clientNonce,
    response: gs2Header + ',,n=*,r=' + clientNonce,
    message: 'SASLInitialResponse',
    scramMaxIterations,
  }
}

async function continueSession(session, password, serverData, stream) {
  if (session.message !== 'SASLInitialResponse') {
    throw new Error('SASL: Last message was not SASLInitialResponse')
  }
  if (typeof password !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')
  }
  if (password === '') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string')
  }

  const sv = parseServerFirstMessage(serverData)

  if (!sv.nonce.startsWith(session.clientNonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce')
  } else if (sv.nonce.length === session.clientNonce.length) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short')
  }

  const scramMaxIterations =
    typeof session.scramMaxIterations === 'number' ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS
  // a value of 0 disables the iteration count check
  if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
    throw new Error(
      'SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count ' +
        sv.iteration +
        ' exceeds scramMaxIterations of ' +
        scramMaxIterations
    )
  }

  const clientFirstMessageBare = 'n=*,r=' + session.clientNonce
  const serverFirstMessage = 'r=' + sv.nonce + ',s=' + sv.salt + ',i=' + sv.iteration

  // without channel binding:
  let channelBinding = stream ? 'eSws' : 'biws' // 'y,,' or 'n,,', base64-encoded

  // override if channel binding is in use:
  if (session.mechanism === 'SCRAM-SHA-256-PLUS') {
    const peerCert = stream.getPeerCertificate().raw
    let hashName = signatureAlgorithmHashFromCertificate(peerCert)
    if (hashName === 'MD5' || hashName === 'SHA-1') hashName = 'SHA-256'
    const certHash = await crypto.hashByName(hashName, peerCert)
    const bindingData = Buffer.concat([Buffer.from('p=tls-server-end-point,,'), Buffer.from(certHash)])
    channelBinding = bindingData.toString('base64')
  }

  const clientFinalMessageWithoutProof = 'c=' + channelBinding + ',r=' + sv.nonce
  const authMessage = clientFirstMessageBare + ',' + serverFirstMessage + ',' + clientFinalMessageWithoutProof

  const saltBytes = Buffer.from(sv.salt, 'base64')
  const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration)
  const clientKey = await crypto.hmacSha256(saltedPassword, 'Client Key')
  const storedKey = await crypto.sha256(clientKey)
  const clientSignature = await crypto.hmacSha256(storedKey, authMessage)
  const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString('base64')
  const serverKey = await crypto.hmacSha256(saltedPassword, 'Server Key')
  const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage)

  session.message = 'SASLResponse'
  session.serverSignature = Buffer.from(serverSignatureBytes).toString('base64')
  session.response = clientFinalMessageWithoutProof + ',p=' + clientProof
}

function finalizeSession(session, serverData) {
  if (session.message !== 'SASLResponse') {
    throw new Error('SASL: Last message was not SASLResponse')
  }
  if (typeof serverData !== 'string') {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string')
  }

  const { serverSignature } = parseServerFinalMessage(serverData)

  if (serverSignature !== session.serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match')
  }
}

/**
 * printable       = %x21-2B / %x2D-7E
 *                   ;; Printable ASCII except ",".
 *                   ;; Note that any "printable" is also
 *                   ;; a valid "value".
 */
function isPrintableChars(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: text must be a string')
  }
  return text
    .split('')
    .map((_, i) => text.charCodeAt(i))
    .every((c) => (c >= 0x21 && c <= 0x2b) || (c >= 0x2d && c <= 0x7e))
}

/**
 * base64-char     = ALPHA / DIGIT / "/" / "+"
 *
 * base64-4        = 4base64-char
 *
 * base64-3        = 3base64-char "="
 *
 * base64-2        = 2base64-char "=="
 *
 * base64          = *base64-4 [base64-3 / base64-2]
 */
function isBase64(text) {
  return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text)
}

function parseAttributePairs(text) {
  if (typeof text !== 'string') {
    throw new TypeError('SASL: attribute pairs text must be a string')
  }

  return new Map(
    text.split(',').map((attrValue) => {
      if (!/^.=/.test(attrValue)) {
        throw new Error('SASL: Invalid attribute pair entry')
      }
      const name = attrValue[0]
      const value = attrValue.substring(2)
      return [name, value]
    })
  )
}

function parseServerFirstMessage(data) {
  const attrPairs = parseAttributePairs(data)

  const nonce = attrPairs.get('r')
  if (!nonce) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing')
  } else if (!isPrintableChars(nonce)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters')
  }
  const salt = attrPairs.get('s')
  if (!salt) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing')
  } else if (!isBase64(salt)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64')
  }
  const iterationText = attrPairs.get('i')
  if (!iterationText) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing')
  } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
    throw new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count')
  }
  const iteration = parseInt(iterationText, 10)

  return {
    nonce,
    salt,
    iteration,
  }
}

function parseServerFinalMessage(serverData) {
  const attrPairs = parseAttributePairs(serverData)
  const error = attrPairs.get('e')
  const serverSignature = attrPairs.get('v')

  if (error) {
    throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`)
  }

  if (!serverSignature) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing')
  } else if (!isBase64(serverSignature)) {
    throw new Error('SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64')
  }
  return {
    serverSignature,
  }
}

function xorBuffers(a, b) {
  if (!Buffer.isBuffer(a)) {
    throw new TypeError('first argument must be a Buffer')
  }
  if (!Buffer.isBuffer(b)) {
    throw new TypeError('second argument must be a Buffer')
  }
  if (a.length !== b.length) {
    throw new Error('Buffer lengths must match')
  }
  if (a.length === 0) {
    throw new Error('Buffers cannot be empty')
  }
  return Buffer.from(a.map((_, i) => a[i] ^ b[i]))
}

module.exports = {
  startSession,
  continueSession,
  finalizeSession,
  DEFAULT_MAX_SCRAM_ITERATIONS,
}


/***/ }),

/***/ 4150:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeCrypto = __nccwpck_require__(6982)

module.exports = {
  postgresMd5PasswordHash,
  randomBytes,
  deriveKey,
  sha256,
  hashByName,
  hmacSha256,
  md5,
}

/**
 * The Web Crypto API - grabbed from the Node.js library or the global
 * @type Crypto
 */
// eslint-disable-next-line no-undef
const webCrypto = nodeCrypto.webcrypto || globalThis.crypto
/**
 * The SubtleCrypto API for low level crypto operations.
 * @type SubtleCrypto
 */
const subtleCrypto = webCrypto.subtle
const textEncoder = new TextEncoder()

/**
 *
 * @param {*} length
 * @returns
 */
function randomBytes(length) {
  return webCrypto.getRandomValues(Buffer.alloc(length))
}

async function md5(string) {
  try {
    return nodeCrypto.createHash('md5').update(string, 'utf-8').digest('hex')
  } catch (e) {
    // `createHash()` failed so we are probably not in Node.js, use the WebCrypto API instead.
    // Note that the MD5 algorithm on WebCrypto is not available in Node.js.
    // This is why we cannot just use WebCrypto in all environments.
    const data = typeof string === 'string' ? textEncoder.encode(string) : string
    const hash = await subtleCrypto.digest('MD5', data)
    return Array.from(new Uint8Array(hash))
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
  }
}

// See AuthenticationMD5Password at https://www.postgresql.org/docs/current/static/protocol-flow.html
async function postgresMd5PasswordHash(user, password, salt) {
  const inner = await md5(password + user)
  const outer = await md5(Buffer.concat([Buffer.from(inner), salt]))
  return 'md5' + outer
}

/**
 * Create a SHA-256 digest of the given data
 * @param {Buffer} data
 */
async function sha256(text) {
  return await subtleCrypto.digest('SHA-256', text)
}

async function hashByName(hashName, text) {
  return await subtleCrypto.digest(hashName, text)
}

/**
 * Sign the message with the given key
 * @param {ArrayBuffer} keyBuffer
 * @param {string} msg
 */
async function hmacSha256(keyBuffer, msg) {
  const key = await subtleCrypto.importKey('raw', keyBuffer, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return await subtleCrypto.sign('HMAC', key, textEncoder.encode(msg))
}

/**
 * Derive a key from the password and salt
 * @param {string} password
 * @param {Uint8Array} salt
 * @param {number} iterations
 */
async function deriveKey(password, salt, iterations) {
  const key = await subtleCrypto.importKey('raw', textEncoder.encode(password), 'PBKDF2', false, ['deriveBits'])
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: salt, iterations: iterations }
  return await subtleCrypto.deriveBits(params, key, 32 * 8, ['deriveBits'])
}


/***/ }),

/***/ 8995:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



let user
try {
  user = process.platform === 'win32' ? process.env.USERNAME : process.env.USER
} catch {
  // ignore, e.g., Deno without --allow-env
}

module.exports = {
  // database host. defaults to localhost
  host: 'localhost',

  // database user's name
  user,

  // name of database to connect
  database: undefined,

  // database user's password
  password: null,

  // a Postgres connection string to be used instead of setting individual connection items
  // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
  // in the defaults object.
  connectionString: undefined,

  // database port
  port: 5432,

  // number of rows to return at a time from a prepared statement's
  // portal. 0 will return all rows at once
  rows: 0,

  // binary result mode
  binary: false,

  // Connection pool options - see https://github.com/brianc/node-pg-pool

  // number of connections to use in connection pool
  // 0 will disable connection pooling
  max: 10,

  // max milliseconds a client can go unused before it is removed
  // from the pool and destroyed
  idleTimeoutMillis: 30000,

  client_encoding: '',

  ssl: false,

  // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
  sslnegotiation: undefined,

  application_name: undefined,

  fallback_application_name: undefined,

  options: undefined,

  parseInputDatesAsUTC: false,

  // max milliseconds any query using this connection will execute for before timing out in error.
  // false=unlimited
  statement_timeout: false,

  // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
  // false=unlimited
  lock_timeout: false,

  // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
  // false=unlimited
  idle_in_transaction_session_timeout: false,

  // max milliseconds to wait for query to complete (client side)
  query_timeout: false,

  connect_timeout: 0,

  keepalives: 1,

  keepalives_idle: 0,
}

const pgTypes = __nccwpck_require__(1549)
// save default parsers
const parseBigInteger = pgTypes.getTypeParser(20, 'text')
const parseBigIntegerArray = pgTypes.getTypeParser(1016, 'text')

// parse int8 so you can get your count values as actual numbers
module.exports.__defineSetter__('parseInt8', function (val) {
  pgTypes.setTypeParser(20, 'text', val ? pgTypes.getTypeParser(23, 'text') : parseBigInteger)
  pgTypes.setTypeParser(1016, 'text', val ? pgTypes.getTypeParser(1007, 'text') : parseBigIntegerArray)
})


/***/ }),

/***/ 3273:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Client = __nccwpck_require__(5042)
const defaults = __nccwpck_require__(8995)
const Connection = __nccwpck_require__(9809)
const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)
const Pool = __nccwpck_require__(7558)
const TypeOverrides = __nccwpck_require__(365)
const { DatabaseError } = __nccwpck_require__(4233)
const { escapeIdentifier, escapeLiteral } = __nccwpck_require__(9652)

const poolFactory = (Client) => {
  return class BoundPool extends Pool {
    constructor(options) {
      super(options, Client)
    }
  }
}

const PG = function (clientConstructor) {
  this.defaults = defaults
  this.Client = clientConstructor
  this.Query = this.Client.Query
  this.Pool = poolFactory(this.Client)
  this._pools = []
  this.Connection = Connection
  this.types = __nccwpck_require__(1549)
  this.DatabaseError = DatabaseError
  this.TypeOverrides = TypeOverrides
  this.escapeIdentifier = escapeIdentifier
  this.escapeLiteral = escapeLiteral
  this.Result = Result
  this.utils = utils
}

let clientConstructor = Client

let forceNative = false
try {
  forceNative = !!process.env.NODE_PG_FORCE_NATIVE
} catch {
  // ignore, e.g., Deno without --allow-env
}

if (forceNative) {
  clientConstructor = __nccwpck_require__(5301)
}

module.exports = new PG(clientConstructor)

// lazy require native module...the native module may not have installed
Object.defineProperty(module.exports, "native", ({
  configurable: true,
  enumerable: false,
  get() {
    let native = null
    try {
      native = new PG(__nccwpck_require__(5301))
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND') {
        throw err
      }
    }

    // overwrite module.exports.native so that getter is never called again
    Object.defineProperty(module.exports, "native", ({
      value: native,
    }))

    return native
  },
}))


/***/ }),

/***/ 8942:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const nodeUtils = __nccwpck_require__(9023)
// eslint-disable-next-line
var Native
// eslint-disable-next-line no-useless-catch
try {
  // Wrap this `require()` in a try-catch to avoid upstream bundlers from complaining that this might not be available since it is an optional import
  Native = __nccwpck_require__(4390)
} catch (e) {
  throw e
}
const TypeOverrides = __nccwpck_require__(365)
const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const ConnectionParameters = __nccwpck_require__(646)

const NativeQuery = __nccwpck_require__(7581)

const queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead.'
)

const Client = (module.exports = function (config) {
  EventEmitter.call(this)
  config = config || {}

  this._Promise = config.Promise || global.Promise
  this._types = new TypeOverrides(config.types)

  this.native = new Native({
    types: this._types,
  })

  this._queryQueue = []
  this._ending = false
  this._connecting = false
  this._connected = false
  this._queryable = true
  this.pipeline = Boolean(config.pipeline)
  this._pipelineInFlight = false

  // keep these on the object for legacy reasons
  // for the time being. TODO: deprecate all this jazz
  const cp = (this.connectionParameters = new ConnectionParameters(config))
  if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString
  this.user = cp.user

  // "hiding" the password so it doesn't show up in stack traces
  // or if the client is console.logged
  Object.defineProperty(this, 'password', {
    configurable: true,
    enumerable: false,
    writable: true,
    value: cp.password,
  })
  this.database = cp.database
  this.host = cp.host
  this.port = cp.port

  // a hash to hold named queries
  this.namedQueries = {}
})

Client.Query = NativeQuery

util.inherits(Client, EventEmitter)

Client.prototype._errorAllQueries = function (err) {
  const enqueueError = (query) => {
    process.nextTick(() => {
      query.native = this.native
      query.handleError(err)
    })
  }

  if (this._hasActiveQuery()) {
    enqueueError(this._activeQuery)
    this._activeQuery = null
  }

  this._queryQueue.forEach(enqueueError)
  this._queryQueue.length = 0
}

// connect to the backend
// pass an optional callback to be called once connected
// or with an error if there was a connection error
Client.prototype._connect = function (cb) {
  const self = this

  if (this._connecting) {
    process.nextTick(() => cb(new Error('Client has already been connected. You cannot reuse a client.')))
    return
  }

  this._connecting = true

  this.connectionParameters.getLibpqConnectionString(function (err, conString) {
    if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString
    if (err) return cb(err)
    self.native.connect(conString, function (err) {
      if (err) {
        self.native.end()
        return cb(err)
      }

      // set internal states to connected
      self._connected = true

      // handle connection errors from the native layer
      self.native.on('error', function (err) {
        self._queryable = false
        self._errorAllQueries(err)
        self.emit('error', err)
      })

      self.native.on('notification', function (msg) {
        self.emit('notification', {
          channel: msg.relname,
          payload: msg.extra,
        })
      })

      // signal we are connected now
      self.emit('connect')
      self._pulseQueryQueue(true)

      cb(null, this)
    })
  })
}

Client.prototype.connect = function (callback) {
  if (callback) {
    this._connect(callback)
    return
  }

  return new this._Promise((resolve, reject) => {
    this._connect((error) => {
      if (error) {
        reject(error)
      } else {
        resolve(this)
      }
    })
  })
}

// send a query to the server
// this method is highly overloaded to take
// 1) string query, optional array of parameters, optional function callback
// 2) object query with {
//    string query
//    optional array values,
//    optional function callback instead of as a separate parameter
//    optional string name to name & cache the query plan
//    optional string rowMode = 'array' for an array of results
//  }
Client.prototype.query = function (config, values, callback) {
  let query
  let result
  let readTimeout
  let readTimeoutTimer
  let queryCallback

  if (config === null || config === undefined) {
    throw new TypeError('Client was passed a null or undefined query')
  } else if (typeof config.submit === 'function') {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    result = query = config
    // accept query(new Query(...), (err, res) => { }) style
    if (typeof values === 'function') {
      config.callback = values
    }
  } else {
    readTimeout = config.query_timeout || this.connectionParameters.query_timeout
    query = new NativeQuery(config, values, callback)
    if (!query.callback) {
      let resolveOut, rejectOut
      result = new this._Promise((resolve, reject) => {
        resolveOut = resolve
        rejectOut = reject
      }).catch((err) => {
        Error.captureStackTrace(err)
        throw err
      })
      query.callback = (err, res) => (err ? rejectOut(err) : resolveOut(res))
    }
  }

  if (readTimeout) {
    queryCallback = query.callback || (() => {})

    readTimeoutTimer = setTimeout(() => {
      const error = new Error('Query read timeout')

      process.nextTick(() => {
        query.handleError(error, this.connection)
      })

      queryCallback(error)

      // we already returned an error,
      // just do nothing if query completes
      query.callback = () => {}

      // Remove from queue
      const index = this._queryQueue.indexOf(query)
      if (index > -1) {
        this._queryQueue.splice(index, 1)
      }

      this._pulseQueryQueue()
    }, readTimeout)

    query.callback = (err, res) => {
      clearTimeout(readTimeoutTimer)
      queryCallback(err, res)
    }
  }

  if (!this._queryable) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client has encountered a connection error and is not queryable'))
    })
    return result
  }

  if (this._ending) {
    query.native = this.native
    process.nextTick(() => {
      query.handleError(new Error('Client was closed and is not queryable'))
    })
    return result
  }

  if (this._queryQueue.length > 0 && !this.pipeline) {
    queryQueueLengthDeprecationNotice()
  }

  this._queryQueue.push(query)
  this._pulseQueryQueue()
  return result
}

// disconnect from the backend server
Client.prototype.end = function (cb) {
  const self = this

  this._ending = true

  if (this._connecting && !this._connected) {
    this.once('connect', () => {
      this.end(() => {})
    })
  }
  let result
  if (!cb) {
    result = new this._Promise(function (resolve, reject) {
      cb = (err) => (err ? reject(err) : resolve())
    })
  }

  const doEnd = function () {
    self.native.end(function () {
      self._connected = false

      self._errorAllQueries(new Error('Connection terminated'))

      process.nextTick(() => {
        self.emit('end')
        if (cb) cb()
      })
    })
  }

  // If pipeline has in-flight or queued queries, wait for them to drain before closing
  if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
    this.once('drain', doEnd)
  } else {
    doEnd()
  }
  return result
}

Client.prototype._hasActiveQuery = function () {
  return this._activeQuery && this._activeQuery.state !== 'error' && this._activeQuery.state !== 'end'
}

Client.prototype._pulseQueryQueue = function (initialConnection) {
  if (!this._connected) {
    return
  }
  if (this.pipeline && !initialConnection) {
    return this._pulsePipelinedQueryQueue()
  }
  if (this._hasActiveQuery()) {
    return
  }
  const query = this._queryQueue.shift()
  if (!query) {
    if (!initialConnection) {
      this.emit('drain')
    }
    return
  }
  this._activeQuery = query
  query.submit(this)
  const self = this
  query.once('_done', function () {
    self._pulseQueryQueue()
  })
}

Client.prototype._pulsePipelinedQueryQueue = function () {
  if (!this._connected || this._pipelineInFlight) {
    return
  }
  if (this._queryQueue.length === 0) {
    if (this.hasExecuted) {
      this.emit('drain')
    }
    return
  }

  this._pipelineInFlight = true
  const self = this
  const queries = []
  const nativeQueries = []
  const utils = __nccwpck_require__(9652)

  while (this._queryQueue.length > 0) {
    const query = this._queryQueue.shift()
    this.hasExecuted = true
    nativeQueries.push(query)

    const values = query.values ? query.values.map(utils.prepareValue) : null
    const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode }
    if (values) {
      pipelineEntry.values = values
    }
    if (query.name && this.namedQueries[query.name]) {
      pipelineEntry._alreadyPrepared = true
    }
    queries.push(pipelineEntry)
  }

  this.native.pipeline(queries, function (err, results) {
    self._pipelineInFlight = false

    if (err) {
      // Total pipeline failure. Per-query errors arrive on results[i].err, so reaching here means
      // the connection itself is gone: mark it unusable and say so, the way the JS client and the
      // non-pipelined native path both do. Without this the client looks healthy after losing its
      // backend, a Pool never discards it, and everything routed to it fails one query at a time
      // for the life of the process.
      self._connected = false
      self._queryable = false
      for (let i = 0; i < nativeQueries.length; i++) {
        const q = nativeQueries[i]
        q.native = self.native
        q.handleError(err)
      }
      self._errorAllQueries(err)
      self.emit('error', err)
      self.emit('end')
      return
    }

    // Deliver results to each query
    for (let i = 0; i < nativeQueries.length; i++) {
      const q = nativeQueries[i]
      const r = results[i]
      q.native = self.native

      if (r.err) {
        q.handleError(r.err)
      } else {
        // Track named queries on success
        if (q.name) {
          self.namedQueries[q.name] = q.text
        }
        q.state = 'end'
        q.emit('end', r.result)
        if (q.callback) {
          q.callback(null, r.result)
        }
      }

      setImmediate(function () {
        q.emit('_done')
      })
    }

    // Process any queries that arrived while we were reading
    self._pulsePipelinedQueryQueue()
  })
}

// attempt to cancel an in-progress query
Client.prototype.cancel = function (query) {
  if (this._activeQuery === query) {
    this.native.cancel(function () {})
  } else if (this._queryQueue.indexOf(query) !== -1) {
    this._queryQueue.splice(this._queryQueue.indexOf(query), 1)
  }
}

Client.prototype.ref = function () {}
Client.prototype.unref = function () {}

Client.prototype.setTypeParser = function (oid, format, parseFn) {
  return this._types.setTypeParser(oid, format, parseFn)
}

Client.prototype.getTypeParser = function (oid, format) {
  return this._types.getTypeParser(oid, format)
}

Client.prototype.isConnected = function () {
  return this._connected
}

Client.prototype.getTransactionStatus = function () {
  return this.native.getTransactionStatus()
}


/***/ }),

/***/ 5301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = __nccwpck_require__(8942)


/***/ }),

/***/ 7581:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const EventEmitter = (__nccwpck_require__(4434).EventEmitter)
const util = __nccwpck_require__(9023)
const utils = __nccwpck_require__(9652)

const NativeQuery = (module.exports = function (config, values, callback) {
  EventEmitter.call(this)
  config = utils.normalizeQueryConfig(config, values, callback)
  this.text = config.text
  this.values = config.values
  this.name = config.name
  this.queryMode = config.queryMode
  this.callback = config.callback
  this.state = 'new'
  this._arrayMode = config.rowMode === 'array'

  // if the 'row' event is listened for
  // then emit them as they come in
  // without setting singleRowMode to true
  // this has almost no meaning because libpq
  // reads all rows into memory before returning any
  this._emitRowEvents = false
  this.on(
    'newListener',
    function (event) {
      if (event === 'row') this._emitRowEvents = true
    }.bind(this)
  )
})

util.inherits(NativeQuery, EventEmitter)

const errorFieldMap = {
  sqlState: 'code',
  statementPosition: 'position',
  messagePrimary: 'message',
  messageDetail: 'detail',
  messageHint: 'hint',
  context: 'where',
  schemaName: 'schema',
  tableName: 'table',
  columnName: 'column',
  dataTypeName: 'dataType',
  constraintName: 'constraint',
  sourceFile: 'file',
  sourceLine: 'line',
  sourceFunction: 'routine',
}

NativeQuery.prototype.handleError = function (err) {
  // copy pq error fields into the error object
  const fields = this.native && this.native.pq.resultErrorFields()
  if (fields) {
    for (const key in fields) {
      const normalizedFieldName = errorFieldMap[key] || key
      err[normalizedFieldName] = fields[key]
    }
  }
  if (this.callback) {
    this.callback(err)
  } else {
    this.emit('error', err)
  }
  this.state = 'error'
}

NativeQuery.prototype.then = function (onSuccess, onFailure) {
  return this._getPromise().then(onSuccess, onFailure)
}

NativeQuery.prototype.catch = function (callback) {
  return this._getPromise().catch(callback)
}

NativeQuery.prototype._getPromise = function () {
  if (this._promise) return this._promise
  this._promise = new Promise(
    function (resolve, reject) {
      this._once('end', resolve)
      this._once('error', reject)
    }.bind(this)
  )
  return this._promise
}

NativeQuery.prototype.submit = function (client) {
  this.state = 'running'
  const self = this
  this.native = client.native
  client.native.arrayMode = this._arrayMode

  let after = function (err, rows, results) {
    client.native.arrayMode = false
    setImmediate(function () {
      self.emit('_done')
    })

    // handle possible query error
    if (err) {
      return self.handleError(err)
    }

    // emit row events for each row in the result
    if (self._emitRowEvents) {
      if (results.length > 1) {
        rows.forEach((rowOfRows, i) => {
          rowOfRows.forEach((row) => {
            self.emit('row', row, results[i])
          })
        })
      } else {
        rows.forEach(function (row) {
          self.emit('row', row, results)
        })
      }
    }

    // handle successful result
    self.state = 'end'
    self.emit('end', results)
    if (self.callback) {
      self.callback(null, results)
    }
  }

  if (process.domain) {
    after = process.domain.bind(after)
  }

  // named query
  if (this.name) {
    if (this.name.length > 63) {
      console.error('Warning! Postgres only supports 63 characters for query names.')
      console.error('You supplied %s (%s)', this.name, this.name.length)
      console.error('This can cause conflicts and silent errors executing queries')
    }
    const values = (this.values || []).map(utils.prepareValue)

    // check if the client has already executed this named query
    // if so...just execute it again - skip the planning phase
    if (client.namedQueries[this.name] !== undefined) {
      if (this.text && client.namedQueries[this.name] !== this.text) {
        const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
        return after(err)
      }
      return client.native.execute(this.name, values, after)
    }
    // plan the named query the first time, then execute it
    return client.native.prepare(this.name, this.text, values.length, function (err) {
      if (err) return after(err)
      client.namedQueries[self.name] = self.text
      return self.native.execute(self.name, values, after)
    })
  } else if (this.values) {
    if (!Array.isArray(this.values)) {
      const err = new Error('Query values must be an array')
      return after(err)
    }
    const vals = this.values.map(utils.prepareValue)
    client.native.query(this.text, vals, after)
  } else if (this.queryMode === 'extended') {
    client.native.query(this.text, [], after)
  } else {
    client.native.query(this.text, after)
  }
}


/***/ }),

/***/ 4473:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { EventEmitter } = __nccwpck_require__(4434)

const Result = __nccwpck_require__(6424)
const utils = __nccwpck_require__(9652)

class Query extends EventEmitter {
  constructor(config, values, callback) {
    super()

    config = utils.normalizeQueryConfig(config, values, callback)

    this.text = config.text
    this.values = config.values
    this.rows = config.rows
    this.types = config.types
    this.name = config.name
    this.queryMode = config.queryMode
    this.binary = config.binary
    // use unique portal name each time
    this.portal = config.portal || ''
    this.callback = config.callback
    this._rowMode = config.rowMode
    if (process.domain && config.callback) {
      this.callback = process.domain.bind(config.callback)
    }
    this._result = new Result(this._rowMode, this.types)

    // potential for multiple results
    this._results = this._result
    this._canceledDueToError = false
  }

  requiresPreparation() {
    if (this.queryMode === 'extended') {
      return true
    }

    // named queries must always be prepared
    if (this.name) {
      return true
    }
    // always prepare if there are max number of rows expected per
    // portal execution
    if (this.rows) {
      return true
    }
    // don't prepare empty text queries
    if (!this.text) {
      return false
    }
    // prepare if there are values
    if (!this.values) {
      return false
    }
    return this.values.length > 0
  }

  _checkForMultirow() {
    // if we already have a result with a command property
    // then we've already executed one query in a multi-statement simple query
    // turn our results into an array of results
    if (this._result.command) {
      if (!Array.isArray(this._results)) {
        this._results = [this._result]
      }
      this._result = new Result(this._rowMode, this._result._types)
      this._results.push(this._result)
    }
  }

  // associates row metadata from the supplied
  // message with this query object
  // metadata used when parsing row results
  handleRowDescription(msg) {
    this._checkForMultirow()
    this._result.addFields(msg.fields)
    this._accumulateRows = this.callback || !this.listeners('row').length
  }

  handleDataRow(msg) {
    let row

    if (this._canceledDueToError) {
      return
    }

    try {
      row = this._result.parseRow(msg.fields)
    } catch (err) {
      this._canceledDueToError = err
      return
    }

    this.emit('row', row, this._result)
    if (this._accumulateRows) {
      this._result.addRow(row)
    }
  }

  handleCommandComplete(msg, connection) {
    this._checkForMultirow()
    this._result.addCommandComplete(msg)
    // need to sync after each command complete of a prepared statement
    // if we were using a row count which results in multiple calls to _getRows
    if (this.rows) {
      connection.sync()
    }
  }

  // if a named prepared statement is created with empty query text
  // the backend will send an emptyQuery message but *not* a command complete message
  // since we pipeline sync immediately after execute we don't need to do anything here
  // unless we have rows specified, in which case we did not pipeline the initial sync call
  handleEmptyQuery(connection) {
    if (this.rows) {
      connection.sync()
    }
  }

  handleError(err, connection) {
    // need to sync after error during a prepared statement
    if (this._canceledDueToError) {
      err = this._canceledDueToError
      this._canceledDueToError = false
    }
    // if callback supplied do not emit error event as uncaught error
    // events will bubble up to node process
    if (this.callback) {
      return this.callback(err)
    }
    this.emit('error', err)
  }

  handleReadyForQuery(con) {
    if (this._canceledDueToError) {
      return this.handleError(this._canceledDueToError, con)
    }
    if (this.callback) {
      try {
        this.callback(null, this._results)
      } catch (err) {
        process.nextTick(() => {
          throw err
        })
      }
    }
    this.emit('end', this._results)
  }

  submit(connection) {
    if (typeof this.text !== 'string' && typeof this.name !== 'string') {
      return new Error('A query must have either text or a name. Supplying neither is unsupported.')
    }
    const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name]
    if (this.text && previous && this.text !== previous) {
      return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`)
    }
    if (this.values && !Array.isArray(this.values)) {
      return new Error('Query values must be an array')
    }
    if (this.requiresPreparation()) {
      // If we're using the extended query protocol we fire off several separate commands
      // to the backend. On some versions of node & some operating system versions
      // the network stack writes each message separately instead of buffering them together
      // causing the client & network to send more slowly. Corking & uncorking the stream
      // allows node to buffer up the messages internally before sending them all off at once.
      // note: we're checking for existence of cork/uncork because some versions of streams
      // might not have this (cloudflare?)
      connection.stream.cork && connection.stream.cork()
      try {
        this.prepare(connection)
      } finally {
        // while unlikely for this.prepare to throw, if it does & we don't uncork this stream
        // this client becomes unresponsive, so put in finally block "just in case"
        connection.stream.uncork && connection.stream.uncork()
      }
    } else {
      connection.query(this.text)
    }
    return null
  }

  hasBeenParsed(connection) {
    return (
      this.name &&
      (connection.parsedStatements[this.name] !== undefined ||
        connection.submittedNamedStatements[this.name] !== undefined)
    )
  }

  handlePortalSuspended(connection) {
    this._getRows(connection, this.rows)
  }

  _getRows(connection, rows) {
    connection.execute({
      portal: this.portal,
      rows: rows,
    })
    // if we're not reading pages of rows send the sync command
    // to indicate the pipeline is finished
    if (!rows) {
      connection.sync()
    } else {
      // otherwise flush the call out to read more rows
      connection.flush()
    }
  }

  // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
  prepare(connection) {
    // TODO refactor this poor encapsulation
    if (!this.hasBeenParsed(connection)) {
      connection.parse({
        text: this.text,
        name: this.name,
        types: this.types,
      })
      if (this.name) {
        connection.submittedNamedStatements[this.name] = this.text
      }
    }

    // because we're mapping user supplied values to
    // postgres wire protocol compatible values it could
    // throw an exception, so try/catch this section
    try {
      connection.bind({
        portal: this.portal,
        statement: this.name,
        values: this.values,
        binary: this.binary,
        valueMapper: utils.prepareValue,
      })
    } catch (err) {
      // we should close parse to avoid leaking connections
      connection.close({ type: 'S', name: this.name })
      connection.sync()

      this.handleError(err, connection)
      return
    }

    connection.describe({
      type: 'P',
      name: this.portal || '',
    })

    this._getRows(connection, this.rows)
  }

  handleCopyInResponse(connection) {
    connection.sendCopyFail('No source stream defined')
  }

  handleCopyData(msg, connection) {
    // noop
  }
}

module.exports = Query


/***/ }),

/***/ 6424:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(1549)

const matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/

// result object returned from query
// in the 'end' event and also
// passed as second argument to provided callback
class Result {
  constructor(rowMode, types) {
    this.command = null
    this.rowCount = null
    this.oid = null
    this.rows = []
    this.fields = []
    this._parsers = undefined
    this._types = types
    this.RowCtor = null
    this.rowAsArray = rowMode === 'array'
    if (this.rowAsArray) {
      this.parseRow = this._parseRowAsArray
    }
    this._prebuiltEmptyResultObject = null
  }

  // adds a command complete message
  addCommandComplete(msg) {
    let match
    if (msg.text) {
      // pure javascript
      match = matchRegexp.exec(msg.text)
    } else {
      // native bindings
      match = matchRegexp.exec(msg.command)
    }
    if (match) {
      this.command = match[1]
      if (match[3]) {
        // COMMAND OID ROWS
        this.oid = parseInt(match[2], 10)
        this.rowCount = parseInt(match[3], 10)
      } else if (match[2]) {
        // COMMAND ROWS
        this.rowCount = parseInt(match[2], 10)
      }
    }
  }

  _parseRowAsArray(rowData) {
    const row = new Array(rowData.length)
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      if (rawValue !== null) {
        row[i] = this._parsers[i](rawValue)
      } else {
        row[i] = null
      }
    }
    return row
  }

  parseRow(rowData) {
    const row = { ...this._prebuiltEmptyResultObject }
    for (let i = 0, len = rowData.length; i < len; i++) {
      const rawValue = rowData[i]
      const field = this.fields[i].name
      if (rawValue !== null) {
        const v = this.fields[i].format === 'binary' ? Buffer.from(rawValue) : rawValue
        row[field] = this._parsers[i](v)
      } else {
        row[field] = null
      }
    }
    return row
  }

  addRow(row) {
    this.rows.push(row)
  }

  addFields(fieldDescriptions) {
    // clears field definitions
    // multiple query statements in 1 action can result in multiple sets
    // of rowDescriptions...eg: 'select NOW(); select 1::int;'
    // you need to reset the fields
    this.fields = fieldDescriptions
    if (this.fields.length) {
      this._parsers = new Array(fieldDescriptions.length)
    }

    const row = Object.create(null)

    for (let i = 0; i < fieldDescriptions.length; i++) {
      const desc = fieldDescriptions[i]
      row[desc.name] = null

      if (this._types) {
        this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      } else {
        this._parsers[i] = types.getTypeParser(desc.dataTypeID, desc.format || 'text')
      }
    }

    this._prebuiltEmptyResultObject = { ...row }
  }
}

module.exports = Result


/***/ }),

/***/ 829:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

const { getStream, getSecureStream } = getStreamFuncs()

module.exports = {
  /**
   * Get a socket stream compatible with the current runtime environment.
   * @returns {Duplex}
   */
  getStream,
  /**
   * Get a TLS secured socket, compatible with the current environment,
   * using the socket and other settings given in `options`.
   * @returns {Duplex}
   */
  getSecureStream,
}

/**
 * The stream functions that work in Node.js
 */
function getNodejsStreamFuncs() {
  function getStream(ssl) {
    const net = __nccwpck_require__(9278)
    return new net.Socket()
  }

  function getSecureStream(options) {
    const tls = __nccwpck_require__(4756)
    return tls.connect(options)
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * The stream functions that work in Cloudflare Workers
 */
function getCloudflareStreamFuncs() {
  function getStream(ssl) {
    const { CloudflareSocket } = __nccwpck_require__(785)
    return new CloudflareSocket(ssl)
  }

  function getSecureStream(options) {
    options.socket.startTls(options)
    return options.socket
  }
  return {
    getStream,
    getSecureStream,
  }
}

/**
 * Are we running in a Cloudflare Worker?
 *
 * @returns true if the code is currently running inside a Cloudflare Worker.
 */
function isCloudflareRuntime() {
  // Since 2022-03-21 the `global_navigator` compatibility flag is on for Cloudflare Workers
  // which means that `navigator.userAgent` will be defined.
  // eslint-disable-next-line no-undef
  if (typeof navigator === 'object' && navigator !== null && typeof navigator.userAgent === 'string') {
    // eslint-disable-next-line no-undef
    return navigator.userAgent === 'Cloudflare-Workers'
  }
  // In case `navigator` or `navigator.userAgent` is not defined then try a more sneaky approach
  if (typeof Response === 'function') {
    const resp = new Response(null, { cf: { thing: true } })
    if (typeof resp.cf === 'object' && resp.cf !== null && resp.cf.thing) {
      return true
    }
  }
  return false
}

function getStreamFuncs() {
  if (isCloudflareRuntime()) {
    return getCloudflareStreamFuncs()
  }
  return getNodejsStreamFuncs()
}


/***/ }),

/***/ 365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const types = __nccwpck_require__(1549)

function TypeOverrides(userTypes) {
  this._types = userTypes || types
  this.text = {}
  this.binary = {}
}

TypeOverrides.prototype.getOverrides = function (format) {
  switch (format) {
    case 'text':
      return this.text
    case 'binary':
      return this.binary
    default:
      return {}
  }
}

TypeOverrides.prototype.setTypeParser = function (oid, format, parseFn) {
  if (typeof format === 'function') {
    parseFn = format
    format = 'text'
  }
  this.getOverrides(format)[oid] = parseFn
}

TypeOverrides.prototype.getTypeParser = function (oid, format) {
  format = format || 'text'
  return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format)
}

module.exports = TypeOverrides


/***/ }),

/***/ 9652:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const defaults = __nccwpck_require__(8995)
const nodeUtils = __nccwpck_require__(9023)

const { isDate } = __nccwpck_require__(8253)

const invalidDateDeprecationNotice = nodeUtils.deprecate(
  () => {},
  'Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.',
  'PG_INVALID_DATE'
)

function escapeElement(elementRepresentation) {
  const escaped = elementRepresentation.replace(/\\/g, '\\\\').replace(/"/g, '\\"')

  return '"' + escaped + '"'
}

// convert a JS array to a postgres array literal
// uses comma separator so won't work for types like box that use
// a different array separator.
function arrayString(val) {
  let result = '{'
  for (let i = 0; i < val.length; i++) {
    if (i > 0) {
      result += ','
    }
    let item = val[i]
    if (item == null) {
      result += 'NULL'
    } else if (Array.isArray(item)) {
      result += arrayString(item)
    } else if (ArrayBuffer.isView(item)) {
      if (!(item instanceof Buffer)) {
        item = Buffer.from(item.buffer, item.byteOffset, item.byteLength)
      }
      result += '\\\\x' + item.toString('hex')
    } else {
      result += escapeElement(prepareValue(item))
    }
  }
  result += '}'
  return result
}

// converts values from javascript types
// to their 'raw' counterparts for use as a postgres parameter
// note: you can override this function to provide your own conversion mechanism
// for complex types, etc...
const prepareValue = function (val, seen) {
  // null and undefined are both null for postgres
  if (val == null) {
    return null
  }
  if (typeof val === 'object') {
    if (val instanceof Buffer) {
      return val
    }
    if (ArrayBuffer.isView(val)) {
      return Buffer.from(val.buffer, val.byteOffset, val.byteLength)
    }
    if (isDate(val)) {
      if (isNaN(val.getTime())) {
        invalidDateDeprecationNotice()
      }
      if (defaults.parseInputDatesAsUTC) {
        return dateToStringUTC(val)
      } else {
        return dateToString(val)
      }
    }
    if (Array.isArray(val)) {
      return arrayString(val)
    }

    return prepareObject(val, seen)
  }
  return val.toString()
}

function prepareObject(val, seen) {
  if (val && typeof val.toPostgres === 'function') {
    seen = seen || []
    if (seen.indexOf(val) !== -1) {
      throw new Error('circular reference detected while preparing "' + val + '" for query')
    }
    seen.push(val)

    return prepareValue(val.toPostgres(prepareValue), seen)
  }
  return JSON.stringify(val)
}

function dateToString(date) {
  let offset = -date.getTimezoneOffset()

  let year = date.getFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getDate()).padStart(2, '0') +
    'T' +
    String(date.getHours()).padStart(2, '0') +
    ':' +
    String(date.getMinutes()).padStart(2, '0') +
    ':' +
    String(date.getSeconds()).padStart(2, '0') +
    '.' +
    String(date.getMilliseconds()).padStart(3, '0')

  if (offset < 0) {
    ret += '-'
    offset *= -1
  } else {
    ret += '+'
  }

  ret += String(Math.floor(offset / 60)).padStart(2, '0') + ':' + String(offset % 60).padStart(2, '0')
  if (isBCYear) ret += ' BC'
  return ret
}

function dateToStringUTC(date) {
  let year = date.getUTCFullYear()
  const isBCYear = year < 1
  if (isBCYear) year = Math.abs(year) + 1 // negative years are 1 off their BC representation

  let ret =
    String(year).padStart(4, '0') +
    '-' +
    String(date.getUTCMonth() + 1).padStart(2, '0') +
    '-' +
    String(date.getUTCDate()).padStart(2, '0') +
    'T' +
    String(date.getUTCHours()).padStart(2, '0') +
    ':' +
    String(date.getUTCMinutes()).padStart(2, '0') +
    ':' +
    String(date.getUTCSeconds()).padStart(2, '0') +
    '.' +
    String(date.getUTCMilliseconds()).padStart(3, '0')

  ret += '+00:00'
  if (isBCYear) ret += ' BC'
  return ret
}

function normalizeQueryConfig(config, values, callback) {
  // can take in strings or config objects
  // Copy config so normalization does not mutate the caller's object.
  config = typeof config === 'string' ? { text: config } : cloneQueryConfig(config)
  if (values) {
    if (typeof values === 'function') {
      config.callback = values
    } else {
      config.values = values
    }
  }
  if (callback) {
    config.callback = callback
  }
  return config
}

function cloneQueryConfig(config) {
  if (config == null) {
    return config
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config))
}

// Ported from PostgreSQL 9.2.4 source code in src/interfaces/libpq/fe-exec.c
const escapeIdentifier = function (str) {
  return '"' + str.replace(/"/g, '""') + '"'
}

const escapeLiteral = function (str) {
  let hasBackslash = false
  let escaped = "'"

  if (str == null) {
    return "''"
  }

  if (typeof str !== 'string') {
    return "''"
  }

  for (let i = 0; i < str.length; i++) {
    const c = str[i]
    if (c === "'") {
      escaped += c + c
    } else if (c === '\\') {
      escaped += c + c
      hasBackslash = true
    } else {
      escaped += c
    }
  }

  escaped += "'"

  if (hasBackslash === true) {
    escaped = ' E' + escaped
  }

  return escaped
}

module.exports = {
  prepareValue: function prepareValueWrapper(value) {
    // this ensures that extra arguments do not get passed into prepareValue
    // by accident, eg: from calling values.map(utils.prepareValue)
    return prepareValue(value)
  },
  normalizeQueryConfig,
  escapeIdentifier,
  escapeLiteral,
}


/***/ }),

/***/ 8702:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(6928)
  , Stream = (__nccwpck_require__(2203).Stream)
  , split = __nccwpck_require__(5286)
  , util = __nccwpck_require__(9023)
  , defaultPort = 5432
  , isWin = (process.platform === 'win32')
  , warnStream = process.stderr
;


var S_IRWXG = 56     //    00070(8)
  , S_IRWXO = 7      //    00007(8)
  , S_IFMT  = 61440  // 00170000(8)
  , S_IFREG = 32768  //  0100000(8)
;
function isRegFile(mode) {
    return ((mode & S_IFMT) == S_IFREG);
}

var fieldNames = [ 'host', 'port', 'database', 'user', 'password' ];
var nrOfFields = fieldNames.length;
var passKey = fieldNames[ nrOfFields -1 ];


function warn() {
    var isWritable = (
        warnStream instanceof Stream &&
          true === warnStream.writable
    );

    if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write( util.format.apply(util, args) );
    }
}


Object.defineProperty(module.exports, "isWin", ({
    get : function() {
        return isWin;
    } ,
    set : function(val) {
        isWin = val;
    }
}));


module.exports.warnTo = function(stream) {
    var old = warnStream;
    warnStream = stream;
    return old;
};

module.exports.getFileName = function(rawEnv){
    var env = rawEnv || process.env;
    var file = env.PGPASSFILE || (
        isWin ?
          path.join( env.APPDATA || './' , 'postgresql', 'pgpass.conf' ) :
          path.join( env.HOME || './', '.pgpass' )
    );
    return file;
};

module.exports.usePgPass = function(stats, fname) {
    if (Object.prototype.hasOwnProperty.call(process.env, 'PGPASSWORD')) {
        return false;
    }

    if (isWin) {
        return true;
    }

    fname = fname || '<unkn>';

    if (! isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
    }

    if (stats.mode & (S_IRWXG | S_IRWXO)) {
        /* If password file is insecure, alert the user and ignore it. */
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
    }

    return true;
};


var matcher = module.exports.match = function(connInfo, entry) {
    return fieldNames.slice(0, -1).reduce(function(prev, field, idx){
        if (idx == 1) {
            // the port
            if ( Number( connInfo[field] || defaultPort ) === Number( entry[field] ) ) {
                return prev && true;
            }
        }
        return prev && (
            entry[field] === '*' ||
              entry[field] === connInfo[field]
        );
    }, true);
};


module.exports.getPassword = function(connInfo, stream, cb) {
    var pass;
    var lineStream = stream.pipe(split());

    function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
            pass = entry[passKey];
            lineStream.end(); // -> calls onEnd(), but pass is set now
        }
    }

    var onEnd = function() {
        stream.destroy();
        cb(pass);
    };

    var onErr = function(err) {
        stream.destroy();
        warn('WARNING: error on reading file: %s', err);
        cb(undefined);
    };

    stream.on('error', onErr);
    lineStream
        .on('data', onLine)
        .on('end', onEnd)
        .on('error', onErr)
    ;

};


var parseLine = module.exports.parseLine = function(line) {
    if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
    }

    var curChar = '';
    var prevChar = '';
    var fieldIdx = 0;
    var startIdx = 0;
    var endIdx = 0;
    var obj = {};
    var isLastField = false;
    var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);

        if (! Object.hasOwnProperty.call(process.env, 'PGPASS_NO_DEESCAPE')) {
            field = field.replace(/\\([:\\])/g, '$1');
        }

        obj[ fieldNames[idx] ] = field;
    };

    for (var i = 0 ; i < line.length-1 ; i += 1) {
        curChar = line.charAt(i+1);
        prevChar = line.charAt(i);

        isLastField = (fieldIdx == nrOfFields-1);

        if (isLastField) {
            addToObj(fieldIdx, startIdx);
            break;
        }

        if (i >= 0 && curChar == ':' && prevChar !== '\\') {
            addToObj(fieldIdx, startIdx, i+1);

            startIdx = i+2;
            fieldIdx += 1;
        }
    }

    obj = ( Object.keys(obj).length === nrOfFields ) ? obj : null;

    return obj;
};


var isValidEntry = module.exports.isValidEntry = function(entry){
    var rules = {
        // host
        0 : function(x){
            return x.length > 0;
        } ,
        // port
        1 : function(x){
            if (x === '*') {
                return true;
            }
            x = Number(x);
            return (
                isFinite(x) &&
                  x > 0 &&
                  x < 9007199254740992 &&
                  Math.floor(x) === x
            );
        } ,
        // database
        2 : function(x){
            return x.length > 0;
        } ,
        // username
        3 : function(x){
            return x.length > 0;
        } ,
        // password
        4 : function(x){
            return x.length > 0;
        }
    };

    for (var idx = 0 ; idx < fieldNames.length ; idx += 1) {
        var rule = rules[idx];
        var value = entry[ fieldNames[idx] ] || '';

        var res = rule(value);
        if (!res) {
            return false;
        }
    }

    return true;
};



/***/ }),

/***/ 3272:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var path = __nccwpck_require__(6928)
  , fs = __nccwpck_require__(9896)
  , helper = __nccwpck_require__(8702)
;


module.exports = function(connInfo, cb) {
    var file = helper.getFileName();
    
    fs.stat(file, function(err, stat){
        if (err || !helper.usePgPass(stat, file)) {
            return cb(undefined);
        }

        var st = fs.createReadStream(file);

        helper.getPassword(connInfo, st, cb);
    });
};

module.exports.warnTo = helper.warnTo;


/***/ }),

/***/ 3879:
/***/ ((__unused_webpack_module, exports) => {



exports.parse = function (source, transform) {
  return new ArrayParser(source, transform).parse()
}

class ArrayParser {
  constructor (source, transform) {
    this.source = source
    this.transform = transform || identity
    this.position = 0
    this.entries = []
    this.recorded = []
    this.dimension = 0
  }

  isEof () {
    return this.position >= this.source.length
  }

  nextCharacter () {
    var character = this.source[this.position++]
    if (character === '\\') {
      return {
        value: this.source[this.position++],
        escaped: true
      }
    }
    return {
      value: character,
      escaped: false
    }
  }

  record (character) {
    this.recorded.push(character)
  }

  newEntry (includeEmpty) {
    var entry
    if (this.recorded.length > 0 || includeEmpty) {
      entry = this.recorded.join('')
      if (entry === 'NULL' && !includeEmpty) {
        entry = null
      }
      if (entry !== null) entry = this.transform(entry)
      this.entries.push(entry)
      this.recorded = []
    }
  }

  consumeDimensions () {
    if (this.source[0] === '[') {
      while (!this.isEof()) {
        var char = this.nextCharacter()
        if (char.value === '=') break
      }
    }
  }

  parse (nested) {
    var character, parser, quote
    this.consumeDimensions()
    while (!this.isEof()) {
      character = this.nextCharacter()
      if (character.value === '{' && !quote) {
        this.dimension++
        if (this.dimension > 1) {
          parser = new ArrayParser(this.source.substr(this.position - 1), this.transform)
          this.entries.push(parser.parse(true))
          this.position += parser.position - 2
        }
      } else if (character.value === '}' && !quote) {
        this.dimension--
        if (!this.dimension) {
          this.newEntry()
          if (nested) return this.entries
        }
      } else if (character.value === '"' && !character.escaped) {
        if (quote) this.newEntry(true)
        quote = !quote
      } else if (character.value === ',' && !quote) {
        this.newEntry()
      } else {
        this.record(character.value)
      }
    }
    if (this.dimension !== 0) {
      throw new Error('array dimension not balanced')
    }
    return this.entries
  }
}

function identity (value) {
  return value
}


/***/ }),

/***/ 463:
/***/ ((module) => {



var bufferFrom = Buffer.from || Buffer

module.exports = function parseBytea (input) {
  if (/^\\x/.test(input)) {
    // new 'hex' style response (pg >9.0)
    return bufferFrom(input.substr(2), 'hex')
  }
  var output = ''
  var i = 0
  while (i < input.length) {
    if (input[i] !== '\\') {
      output += input[i]
      ++i
    } else {
      if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
        output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8))
        i += 4
      } else {
        var backslashes = 1
        while (i + backslashes < input.length && input[i + backslashes] === '\\') {
          backslashes++
        }
        for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
          output += '\\'
        }
        i += Math.floor(backslashes / 2) * 2
      }
    }
  }
  return bufferFrom(output, 'binary')
}


/***/ }),

/***/ 2690:
/***/ ((module) => {



var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/
var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/
var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/
var INFINITY = /^-?infinity$/

module.exports = function parseDate (isoDate) {
  if (INFINITY.test(isoDate)) {
    // Capitalize to Infinity before passing to Number
    return Number(isoDate.replace('i', 'I'))
  }
  var matches = DATE_TIME.exec(isoDate)

  if (!matches) {
    // Force YYYY-MM-DD dates to be parsed as local time
    return getDate(isoDate) || null
  }

  var isBC = !!matches[8]
  var year = parseInt(matches[1], 10)
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  var hour = parseInt(matches[4], 10)
  var minute = parseInt(matches[5], 10)
  var second = parseInt(matches[6], 10)

  var ms = matches[7]
  ms = ms ? 1000 * parseFloat(ms) : 0

  var date
  var offset = timeZoneOffset(isoDate)
  if (offset != null) {
    date = new Date(Date.UTC(year, month, day, hour, minute, second, ms))

    // Account for years from 0 to 99 being interpreted as 1900-1999
    // by Date.UTC / the multi-argument form of the Date constructor
    if (is0To99(year)) {
      date.setUTCFullYear(year)
    }

    if (offset !== 0) {
      date.setTime(date.getTime() - offset)
    }
  } else {
    date = new Date(year, month, day, hour, minute, second, ms)

    if (is0To99(year)) {
      date.setFullYear(year)
    }
  }

  return date
}

function getDate (isoDate) {
  var matches = DATE.exec(isoDate)
  if (!matches) {
    return
  }

  var year = parseInt(matches[1], 10)
  var isBC = !!matches[4]
  if (isBC) {
    year = bcYearToNegativeYear(year)
  }

  var month = parseInt(matches[2], 10) - 1
  var day = matches[3]
  // YYYY-MM-DD will be parsed as local time
  var date = new Date(year, month, day)

  if (is0To99(year)) {
    date.setFullYear(year)
  }

  return date
}

// match timezones:
// Z (UTC)
// -05
// +06:30
function timeZoneOffset (isoDate) {
  if (isoDate.endsWith('+00')) {
    return 0
  }

  var zone = TIME_ZONE.exec(isoDate.split(' ')[1])
  if (!zone) return
  var type = zone[1]

  if (type === 'Z') {
    return 0
  }
  var sign = type === '-' ? -1 : 1
  var offset = parseInt(zone[2], 10) * 3600 +
    parseInt(zone[3] || 0, 10) * 60 +
    parseInt(zone[4] || 0, 10)

  return offset * sign * 1000
}

function bcYearToNegativeYear (year) {
  // Account for numerical difference between representations of BC years
  // See: https://github.com/bendrucker/postgres-date/issues/5
  return -(year - 1)
}

function is0To99 (num) {
  return num >= 0 && num < 100
}


/***/ }),

/***/ 8755:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var extend = __nccwpck_require__(223)

module.exports = PostgresInterval

function PostgresInterval (raw) {
  if (!(this instanceof PostgresInterval)) {
    return new PostgresInterval(raw)
  }
  extend(this, parse(raw))
}
var properties = ['seconds', 'minutes', 'hours', 'days', 'months', 'years']
PostgresInterval.prototype.toPostgres = function () {
  var filtered = properties.filter(this.hasOwnProperty, this)

  // In addition to `properties`, we need to account for fractions of seconds.
  if (this.milliseconds && filtered.indexOf('seconds') < 0) {
    filtered.push('seconds')
  }

  if (filtered.length === 0) return '0'
  return filtered
    .map(function (property) {
      var value = this[property] || 0

      // Account for fractional part of seconds,
      // remove trailing zeroes.
      if (property === 'seconds' && this.milliseconds) {
        value = (value + this.milliseconds / 1000).toFixed(6).replace(/\.?0+$/, '')
      }

      return value + ' ' + property
    }, this)
    .join(' ')
}

var propertiesISOEquivalent = {
  years: 'Y',
  months: 'M',
  days: 'D',
  hours: 'H',
  minutes: 'M',
  seconds: 'S'
}
var dateProperties = ['years', 'months', 'days']
var timeProperties = ['hours', 'minutes', 'seconds']
// according to ISO 8601
PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function () {
  var datePart = dateProperties
    .map(buildProperty, this)
    .join('')

  var timePart = timeProperties
    .map(buildProperty, this)
    .join('')

  return 'P' + datePart + 'T' + timePart

  function buildProperty (property) {
    var value = this[property] || 0

    // Account for fractional part of seconds,
    // remove trailing zeroes.
    if (property === 'seconds' && this.milliseconds) {
      value = (value + this.milliseconds / 1000).toFixed(6).replace(/0+$/, '')
    }

    return value + propertiesISOEquivalent[property]
  }
}

var NUMBER = '([+-]?\\d+)'
var YEAR = NUMBER + '\\s+years?'
var MONTH = NUMBER + '\\s+mons?'
var DAY = NUMBER + '\\s+days?'
var TIME = '([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?'
var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function (regexString) {
  return '(' + regexString + ')?'
})
  .join('\\s*'))

// Positions of values in regex match
var positions = {
  years: 2,
  months: 4,
  days: 6,
  hours: 9,
  minutes: 10,
  seconds: 11,
  milliseconds: 12
}
// We can use negative time
var negatives = ['hours', 'minutes', 'seconds', 'milliseconds']

function parseMilliseconds (fraction) {
  // add omitted zeroes
  var microseconds = fraction + '000000'.slice(fraction.length)
  return parseInt(microseconds, 10) / 1000
}

function parse (interval) {
  if (!interval) return {}
  var matches = INTERVAL.exec(interval)
  var isNegative = matches[8] === '-'
  return Object.keys(positions)
    .reduce(function (parsed, property) {
      var position = positions[property]
      var value = matches[position]
      // no empty string
      if (!value) return parsed
      // milliseconds are actually microseconds (up to 6 digits)
      // with omitted trailing zeroes.
      value = property === 'milliseconds'
        ? parseMilliseconds(value)
        : parseInt(value, 10)
      // no zeros
      if (!value) return parsed
      if (isNegative && ~negatives.indexOf(property)) {
        value *= -1
      }
      parsed[property] = value
      return parsed
    }, {})
}


/***/ }),

/***/ 5286:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*
Copyright (c) 2014-2021, Matteo Collina <hello@matteocollina.com>

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
*/



const { Transform } = __nccwpck_require__(2203)
const { StringDecoder } = __nccwpck_require__(3193)
const kLast = Symbol('last')
const kDecoder = Symbol('decoder')

function transform (chunk, enc, cb) {
  let list
  if (this.overflow) { // Line buffer is full. Skip to start of next line.
    const buf = this[kDecoder].write(chunk)
    list = buf.split(this.matcher)

    if (list.length === 1) return cb() // Line ending not found. Discard entire chunk.

    // Line ending found. Discard trailing fragment of previous line and reset overflow state.
    list.shift()
    this.overflow = false
  } else {
    this[kLast] += this[kDecoder].write(chunk)
    list = this[kLast].split(this.matcher)
  }

  this[kLast] = list.pop()

  for (let i = 0; i < list.length; i++) {
    try {
      push(this, this.mapper(list[i]))
    } catch (error) {
      return cb(error)
    }
  }

  this.overflow = this[kLast].length > this.maxLength
  if (this.overflow && !this.skipOverflow) {
    cb(new Error('maximum buffer reached'))
    return
  }

  cb()
}

function flush (cb) {
  // forward any gibberish left in there
  this[kLast] += this[kDecoder].end()

  if (this[kLast]) {
    try {
      push(this, this.mapper(this[kLast]))
    } catch (error) {
      return cb(error)
    }
  }

  cb()
}

function push (self, val) {
  if (val !== undefined) {
    self.push(val)
  }
}

function noop (incoming) {
  return incoming
}

function split (matcher, mapper, options) {
  // Set defaults for any arguments not supplied.
  matcher = matcher || /\r?\n/
  mapper = mapper || noop
  options = options || {}

  // Test arguments explicitly.
  switch (arguments.length) {
    case 1:
      // If mapper is only argument.
      if (typeof matcher === 'function') {
        mapper = matcher
        matcher = /\r?\n/
      // If options is only argument.
      } else if (typeof matcher === 'object' && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
        options = matcher
        matcher = /\r?\n/
      }
      break

    case 2:
      // If mapper and options are arguments.
      if (typeof matcher === 'function') {
        options = mapper
        mapper = matcher
        matcher = /\r?\n/
      // If matcher and options are arguments.
      } else if (typeof mapper === 'object') {
        options = mapper
        mapper = noop
      }
  }

  options = Object.assign({}, options)
  options.autoDestroy = true
  options.transform = transform
  options.flush = flush
  options.readableObjectMode = true

  const stream = new Transform(options)

  stream[kLast] = ''
  stream[kDecoder] = new StringDecoder('utf8')
  stream.matcher = matcher
  stream.mapper = mapper
  stream.maxLength = options.maxLength
  stream.skipOverflow = options.skipOverflow || false
  stream.overflow = false
  stream._destroy = function (err, cb) {
    // Weird Node v12 bug that we need to work around
    this._writableState.errorEmitted = false
    cb(err)
  }

  return stream
}

module.exports = split


/***/ }),

/***/ 223:
/***/ ((module) => {

module.exports = extend

var hasOwnProperty = Object.prototype.hasOwnProperty;

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i]

        for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
                target[key] = source[key]
            }
        }
    }

    return target
}


/***/ }),

/***/ 455:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ quotedTable),
/* harmony export */   It: () => (/* binding */ TOOLS),
/* harmony export */   Wi: () => (/* binding */ parseHistoryTable),
/* harmony export */   n0: () => (/* binding */ numericKey),
/* harmony export */   q$: () => (/* binding */ hasColumns),
/* harmony export */   tP: () => (/* binding */ leadingVersion),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var pg__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3849);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2896);


/** The migration tools whose history tables pg-promote can take over. */
const TOOLS = ['flyway', 'golang-migrate', 'dbmate', 'goose', 'node-pg-migrate', 'diesel', 'prisma', 'supabase', 'sqitch'];
/** `--from`'s value: auto, or one of the tools, else a usage error listing them. */
function parseFrom(text) {
    if (text === 'auto' || TOOLS.includes(text))
        return text;
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--from must be auto or one of ${TOOLS.join(', ')} (got '${text}')`, { key: '--from' });
}
/** Numeric parts without leading zeros ("0010" and "10" are one version; "1.2" is not "12"). */
function numericKey(version) {
    return version
        .split('.')
        .map((part) => (/^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part))
        .join('.');
}
/** The leading version of a migration's name, as node-pg-migrate and Prisma name them (`<version>_<name>`). */
function leadingVersion(name) {
    return /^(\d+(?:\.\d+)*)(?:[_-]|$)/.exec(name)?.[1] ?? name;
}
/** The table's name quoted for SQL. */
const quotedTable = (t) => `${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.schema)}.${pg__WEBPACK_IMPORTED_MODULE_0__/* ["default"].escapeIdentifier */ .Ay.escapeIdentifier(t.name)}`;
const hasColumns = (t, ...columns) => columns.every((c) => t.columns.includes(c));
/** `[schema.]table`, names as the catalog keeps them (no quotes, case kept). */
function parseHistoryTable(text) {
    const match = /^(?:([^.\s]+)\.)?([^.\s]+)$/.exec(text);
    if (!match)
        throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .usageError */ .Wp)(`--history-table must be [schema.]table, as the catalog names it (got '${text}')`, { key: '--history-table' });
    return { ...(match[1] === undefined ? {} : { schema: match[1] }), name: match[2] };
}


/***/ }),

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(591);

// A reader that goes away (`pg-promote migrate | head -4`) ends the output, not the run: what
// would be printed after it is dropped quietly (no EPIPE stack trace), and a migration is
// never cut short because its log is no longer read.
let stdoutOpen = true;
let stderrOpen = true;
process.stdout.on('error', () => (stdoutOpen = false));
process.stderr.on('error', () => (stderrOpen = false));
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => stdoutOpen && process.stdout.write(text),
    stderr: (text) => stderrOpen && process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 591:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/index.ts
var engine = __nccwpck_require__(5970);
// EXTERNAL MODULE: ./src/errors/error-info.ts
var error_info = __nccwpck_require__(1570);
// EXTERNAL MODULE: ./src/errors/format.ts
var format = __nccwpck_require__(4532);
// EXTERNAL MODULE: ./src/errors/exit-codes.ts
var exit_codes = __nccwpck_require__(7288);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __nccwpck_require__(2896);
// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __nccwpck_require__(8768);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __nccwpck_require__(4200);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/commands/index.ts + 26 modules
var commands = __nccwpck_require__(2239);
// EXTERNAL MODULE: ./src/commands/shared.ts
var shared = __nccwpck_require__(9053);
;// CONCATENATED MODULE: ./src/cli/args.ts




/** Every flag of every command, once: a flag two commands share is declared alike in both. */
function allFlags() {
    const flags = new Map();
    for (const spec of [...Object.values(shared/* SHARED_OPTIONS */.TL), ...Object.values(shared/* CLI_OPTIONS */.EH), ...commands/* COMMAND_SPECS */.fH.flatMap((c) => Object.values(c.options))]) {
        if (!flags.has(spec.flag))
            flags.set(spec.flag, spec);
    }
    return flags;
}
const parseType = (spec) => ({ type: spec.type === 'boolean' ? 'boolean' : 'string', multiple: spec.type === 'list' });
function helpLines(specs) {
    return [...specs].map((s) => {
        const left = `  --${s.flag}${s.arg ? ` ${s.arg}` : ''}`;
        return `${left.padEnd(28)}${s.doc}`;
    });
}
const USAGE = [
    'Usage: pg-promote <command> [options]',
    '',
    'Commands:',
    ...commands/* COMMAND_SPECS */.fH.map((c) => `  ${(c.cli ?? c.name).padEnd(18)} ${c.summary}`),
    '',
    'Options:',
    ...helpLines(allFlags().values()),
    '  -h, --help                show this help',
    '  --version                 show the version',
    '',
    'GitHub commands read their token from $GITHUB_TOKEN and the API at $GITHUB_API_URL (default https://api.github.com).',
    '',
    'Exit codes: 0 success, 1 a migration or check failed (or drift, or lock busy), 2 bad usage, config or connection.',
].join('\n');
function parseCli(argv, env, cwd = process.cwd()) {
    const flags = allFlags();
    const options = {
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
    };
    for (const [flag, spec] of flags)
        options[flag] = parseType(spec);
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...argv], allowPositionals: true, strict: true, options });
    }
    catch (err) {
        // parseArgs names the option; it never echoes values, so a URL cannot leak through here.
        throw (0,promote_error/* usageError */.Wp)(`${err.message.split('\n')[0]} (see pg-promote --help)`);
    }
    const values = parsed.values;
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const [word, ...rest] = parsed.positionals;
    if (!word)
        throw (0,promote_error/* usageError */.Wp)(`no command given (${commands/* COMMANDS */.Lo.join(', ')}; see pg-promote --help)`);
    // A two-word spelling (`gates check`) names the command as well as its name (gates-check).
    const twoWords = (0,commands/* cliSpelling */.bK)(word, rest[0]);
    const spec = twoWords ?? (0,commands/* commandSpec */.Lx)(word);
    if (!spec) {
        const started = commands/* COMMAND_SPECS */.fH.find((c) => c.cli?.startsWith(`${word} `));
        if (started)
            throw (0,promote_error/* usageError */.Wp)(`${rest[0] ? `unknown command '${word} ${rest[0]}'` : `'${word}' needs a subcommand`} (expected: ${started.cli})`);
        throw (0,promote_error/* usageError */.Wp)(`unknown command '${word}' (expected one of: ${commands/* COMMANDS */.Lo.join(', ')})`);
    }
    const words = twoWords ? rest.slice(1) : rest;
    const spelledAs = twoWords ? twoWords.cli : spec.name;
    // Only `flags` takes words after the command: its action (off, list) and flag names.
    if (spec.name !== 'flags' && words.length > 0)
        throw (0,promote_error/* usageError */.Wp)(`unexpected argument '${words[0]}' (see pg-promote --help)`);
    const own = new Set([...(0,commands/* optionsOf */.cz)(spec), ...Object.entries(shared/* CLI_OPTIONS */.EH)].map(([, o]) => o.flag));
    for (const flag of flags.keys()) {
        if (values[flag] !== undefined && !own.has(flag))
            throw (0,commands/* notApplicable */.hH)(flag, spec, spelledAs);
    }
    const engine = (0,commands/* engineOptionsFor */._x)(spec, (option) => values[option.flag], { root: cwd, env, words, spelledAs, adapter: 'cli' });
    const urls = (0,commands/* optionsOf */.cz)(spec)
        .filter(([, o]) => o.type === 'url')
        .map(([, o]) => values[o.flag] ?? (o.env ? env[o.env] : undefined));
    return {
        kind: 'run',
        args: {
            command: spec.name,
            json: values.json === true,
            debug: values.debug === true,
            resultFile: values['result-file'],
            urls: [...urls, engine.databaseUrl].filter((u) => Boolean(u)),
            engine,
        },
    };
}

// EXTERNAL MODULE: ./src/report/bytes.ts
var bytes = __nccwpck_require__(2661);
;// CONCATENATED MODULE: ./src/report/backup-text.ts

/** Text lines for the backup and restore stages' results (CLI and action logs). */
function backupLines(result) {
    const lines = [];
    if (result.backup)
        lines.push(...backupSummaryLines(result.backup));
    if (result.restore)
        lines.push(...restoreLines(result.restore));
    return lines;
}
function backupSummaryLines(b) {
    const lines = [
        `backup: ${b.path} (${b.format}${b.encrypted ? ', encrypted AES-256-GCM' : ''}, ${(0,bytes/* formatBytes */.z)(b.sizeBytes)}, sha256 ${b.sha256})`,
        `  taken ${b.takenAt}${b.walLsn ? ` at WAL ${b.walLsn}` : ''} with pg_dump ${b.pgDump.version}`,
        `  verified: pg_restore --list holds ${count(b.toc.tables, 'table')}, ${count(b.toc.views, 'view')}, ${count(b.toc.policies, 'policy', 'policies')} (${b.toc.entries} entries)`,
    ];
    if (b.deep) {
        lines.push(`  verified: restored into a scratch database: ${count(b.deep.tables, 'table')} and ${b.deep.rows.toLocaleString('en-US')} rows match (${seconds(b.deep.durationMs)}; dropped)`);
    }
    lines.push(`  manifest: ${b.manifestPath}`);
    lines.push(`  ${pitrLine(b.pitr)}`);
    lines.push(`  took ${seconds(b.durationMs)}: dump ${seconds(b.timings.dumpMs)}, verification ${seconds(b.timings.verifyMs)}${b.timings.deepMs === undefined ? '' : `, deep verification ${seconds(b.timings.deepMs)}`}`);
    return lines;
}
/** Anything short of ready is also a warning of the result, printed once, below. */
function pitrLine(p) {
    if (p.status === 'ready')
        return `PITR: ready: ${p.message}`;
    return `PITR: ${p.status === 'unknown' ? 'cannot be confirmed' : 'NOT READY'} (see the warning below)`;
}
function restoreLines(r) {
    const versions = Object.entries(r.latestVersions).map(([phase, v]) => `${phase} ${v ?? '(none)'}`).join(', ');
    return [
        `restore: ${r.database} restored from ${r.backupPath} (taken ${r.takenAt}${r.walLsn ? ` at WAL ${r.walLsn}` : ''}) in ${seconds(r.durationMs)}`,
        `  latest version per phase (the runbook's "verify restoration"): ${versions || 'no history table in the backup'}`,
        ...(r.noticePath ? [`  rollback notice written to ${r.noticePath}:`] : ['  rollback notice:']),
        '',
        ...r.notice.trimEnd().split('\n'),
        '',
    ];
}
function stageProgressLine(event) {
    const size = event.bytes === undefined ? '' : `${(0,bytes/* formatBytes */.z)(event.bytes)}${event.totalBytes ? ` of ${(0,bytes/* formatBytes */.z)(event.totalBytes)}` : ''} ${event.done ? 'written' : 'so far'}, `;
    return `${event.step}: ${size}${seconds(event.elapsedMs)}${event.done ? '' : ' …'}`;
}
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

;// CONCATENATED MODULE: ./src/report/baseline-text.ts
const listed = (versions) => versions.length <= 12 ? versions.join(', ') : `${versions.slice(0, 10).join(', ')}, … ${versions.at(-1)} (${versions.length} in all)`;
/** What baseline marked (or would mark), the gaps it left pending, and the drift that stopped it. */
function baselineLines(result) {
    const b = result.baseline;
    if (!b)
        return [];
    const verb = b.recorded ? 'marked as applied (baselined, not run)' : b.drift.length > 0 ? 'would mark, but nothing was recorded' : 'would mark as applied (nothing recorded)';
    const lines = [`baseline of phase ${b.phase} from ${b.source}:`];
    lines.push(b.marked.length > 0 ? `  ${verb}: ${b.marked.length} version${b.marked.length === 1 ? '' : 's'}: ${listed(b.marked.map((m) => m.version))}` : '  nothing to mark');
    if (b.alreadyRecorded.length > 0)
        lines.push(`  already in pg-promote's history (left as they are): ${listed(b.alreadyRecorded)}`);
    if (b.gaps.length > 0)
        lines.push(`  gaps, left pending (never applied by ${b.source}; below a marked version, so migrate applies them with out_of_order: true): ${listed(b.gaps)}`);
    const after = b.pending.filter((v) => !b.gaps.includes(v));
    if (after.length > 0)
        lines.push(`  pending for migrate: ${listed(after)}`);
    for (const d of b.drift)
        lines.push(`  drift: ${d.file} (version ${d.version}): recorded checksum ${d.recorded}, the file now ${d.computed}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/event-text.ts

/** The engine's progress as plain text, line by line while it works (CLI and action logs); the summary is in text.ts. */
function renderEvent(event) {
    switch (event.type) {
        case 'connected':
            return `connected to ${event.target} (PostgreSQL ${event.serverVersion})`;
        case 'lock-wait':
            return `waiting for another pg-promote run to finish (${event.holder})`;
        case 'phase-start':
            return event.pending === 0 ? undefined : `phase ${event.phase}: ${event.pending} file${event.pending === 1 ? '' : 's'} to apply`;
        case 'retry':
            return `  ! ${event.file}: ${event.message} [${event.sqlstate}]; retry ${event.attempt}/${event.of} in ${event.waitMs} ms`;
        case 'file-done':
            return `  ${fileLine(event.result)}`;
        case 'stage-step':
            return `${event.stage}: ${event.message}`;
        case 'stage-progress':
            return `  ${stageProgressLine(event)}`;
        case 'progress':
            return `${event.stage}: ${event.message}`;
        default:
            return undefined;
    }
}
const MARK = {
    applied: '✓',
    reverted: '↶',
    failed: '✗',
    pending: '·',
    'would-revert': '↶?',
    'up-to-date': '=',
};
function fileLine(file) {
    const label = file.kind === 'migration' || file.kind === 'down' ? `${file.kind === 'down' ? 'down ' : ''}v${file.version}` : file.kind;
    // The whole milliseconds the history recorded, as recorded.
    const time = file.durationMs === undefined ? '' : `  ${Math.round(file.durationMs)} ms`;
    const retries = file.attempts && file.attempts > 1 ? ` (${file.attempts} attempts)` : '';
    const tx = file.transactional ? '' : ' [no transaction]';
    const note = file.baselined ? `  baselined (from ${file.baselined})` : file.lastFailure ? `  failed (last attempt ${file.lastFailure.at}: ${file.lastFailure.message})` : '';
    return `${MARK[file.status]} ${label.padEnd(8)} ${file.file}${tx}${time}${retries}${note}`;
}
function formatMs(ms) {
    return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

;// CONCATENATED MODULE: ./src/report/plural.ts
/** A count with its noun, singular for one: "1 file", "3 files". */
const plural_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/report/boundary-text.ts


/** Text lines for the boundary check's findings (CLI and action logs). */
function boundaryLines(result) {
    const report = result.boundary;
    if (!report)
        return [];
    const lines = [];
    for (const f of report.findings) {
        lines.push(`${f.file}:${f.line}:${f.column}: ${f.kind} writes to ${f.object} (rule ${f.rule}, ${f.via})`);
    }
    for (const a of report.accepted) {
        lines.push(`accepted (${a.source === 'inline' ? 'inline marker' : 'baseline'}): ${a.file}:${a.line}:${a.column}: ${a.kind} ${a.object} (rule ${a.rule}): ${a.reason}`);
    }
    const skipped = Object.entries(report.skipped);
    lines.push(`boundary-check: ${plural_plural(report.findings.length, 'finding')}, ${report.accepted.length} accepted; ` +
        `${plural_plural(report.filesScanned, 'file')} (${(0,bytes/* formatBytes */.z)(report.bytesScanned ?? 0)}) scanned, ${report.filesParsed ?? 0} looked at closely, in ${report.durationMs} ms`);
    if (skipped.length > 0)
        lines.push(`  skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
    if (report.sarifPath)
        lines.push(`  SARIF: ${report.sarifPath}`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/checks-text.ts
const checks_text_MARK = { pass: '✓', fail: '✗', warn: '!', 'not-checked': '·' };
/** A long list of findings is cut here in the log; --json and the report carry all of them. */
const MAX_FINDINGS = 20;
/** Text lines for the verification checks' results (CLI and action logs). */
function checkLines(result) {
    const checks = result.checks ?? [];
    const lines = [];
    if (checks.length > 0) {
        const width = Math.max(...checks.map((c) => c.id.length));
        for (const check of checks)
            lines.push(...checkBlock(check, width));
        lines.push(`checks: ${tally(checks)}`);
    }
    if (result.report)
        lines.push(`report: ${result.report.markdownPath} (JSON: ${result.report.jsonPath})`);
    return lines;
}
function checkBlock(check, width) {
    const phase = check.phase ? `[${check.phase}] ` : '';
    const lines = [`${checks_text_MARK[check.status]} ${check.id.padEnd(width)}  ${phase}${check.status === 'not-checked' ? 'not checked: ' : ''}${check.summary}`];
    const shown = check.findings.slice(0, MAX_FINDINGS);
    for (const f of shown) {
        const mark = check.status === 'fail' && f.level === 'warn' ? ' (warning)' : '';
        lines.push(`    ${f.object}: ${f.reason}${mark}`);
    }
    if (check.findings.length > shown.length)
        lines.push(`    … and ${check.findings.length - shown.length} more (see --json)`);
    return lines;
}
function tally(checks) {
    const n = (s) => checks.filter((c) => c.status === s).length;
    const parts = [`${n('pass')} passed`, `${n('fail')} failed`];
    if (n('warn') > 0)
        parts.push(`${n('warn')} with warnings`);
    if (n('not-checked') > 0)
        parts.push(`${n('not-checked')} not checked`);
    return parts.join(', ');
}

;// CONCATENATED MODULE: ./src/report/flags-text.ts
/** Summary lines for the CLI and the action's log. */
function flagsLines(result) {
    const f = result.flags;
    if (!f)
        return [];
    if (f.action === 'list') {
        return [`flags (${f.table}):`, ...f.flags.map((s) => `  ${s.name}: ${s.percentage}%${s.updatedAt ? ` (since ${s.updatedAt} by ${s.updatedBy})` : ''}${s.description ? `  ${s.description}` : ''}`)];
    }
    if (f.changes.length === 0)
        return ['flags off: nothing to turn off'];
    return [
        `flags off (${f.table})${f.reason ? `: ${f.reason}` : ''}`,
        ...f.changes.map((c) => `  ${c.name}: ${c.from}% -> ${c.to}%${c.from === 0 ? ' (was already off)' : ''}`),
        ...(f.eventId ? [`  recorded as flags.off (event ${f.eventId})`] : []),
    ];
}
/** Job-summary sections (markdown). */
function flagsMarkdown(result) {
    const f = result.flags;
    if (!f)
        return [];
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    if (f.action === 'list') {
        return [['### Flags', '', '| flag | rollout | description |', '| --- | --- | --- |', ...f.flags.map((s) => `| \`${s.name}\` | ${s.percentage}% | ${cell(s.description ?? '')} |`)].join('\n')];
    }
    return [
        [
            '### Flags turned off',
            '',
            ...(f.reason ? [`Reason: ${cell(f.reason)}`, ''] : []),
            '| flag | before | now |',
            '| --- | --- | --- |',
            ...f.changes.map((c) => `| \`${c.name}\` | ${c.from}% | ${c.to}% |`),
        ].join('\n'),
    ];
}

;// CONCATENATED MODULE: ./src/report/init-text.ts
/** What init recognised, the config (printed whole on a dry run) and what it could not recognise. */
function initLines(result) {
    const init = result.init;
    if (!init)
        return [];
    const lines = [];
    for (const p of init.phases)
        lines.push(`recognised: ${p.folder}: ${p.layout}, ${p.migrations} migration${p.migrations === 1 ? '' : 's'}`);
    if (init.phases.length === 0)
        lines.push('recognised: no migrations folder; the config has a phase to point at yours');
    for (const u of init.unrecognised)
        lines.push(`not recognised: ${u.path}: ${u.why}`);
    if (init.written)
        lines.push(`wrote ${init.path}: check each phase's schema before the first run`);
    else
        lines.push(`would write ${init.path} (--dry-run):`, '', ...init.config.trimEnd().split('\n'));
    return lines;
}

;// CONCATENATED MODULE: ./src/report/github-text.ts
/**
 * The GitHub commands for a person: what changed (or would), which gate is not ready and why,
 * whose sign-off does not hold, who signed off what. The error line itself is printed with the
 * others (src/report/text.ts).
 */
function githubLines(result) {
    if (result.command === 'environments-apply')
        return { lines: applyLines(result), errorLines: [] };
    if (result.command === 'gates-check')
        return gatesLines(result);
    if (result.command === 'signoffs-check')
        return signoffsLines(result);
    if (result.command === 'record-approvals')
        return { lines: approvalsLines(result), errorLines: [] };
    return { lines: [], errorLines: [] };
}
function applyLines(result) {
    if (!result.environments)
        return [];
    const lines = [`environments apply: ${result.repo} from ${result.file}${result.dryRun ? ' (dry run)' : ''}`];
    for (const env of result.environments) {
        lines.push(`  ${env.action.padEnd(9)} ${env.environment}`);
        for (const c of env.changes)
            lines.push(`      ${c.field}: ${c.from} -> ${c.to}`);
    }
    const total = result.environments.length;
    if (result.changed === 0)
        lines.push(`no changes: all ${total} environments match the file`);
    else if (result.dryRun)
        lines.push(`dry run: ${result.changed} of ${total} environments would change; nothing was sent`);
    else
        lines.push(`${result.changed} of ${total} environments changed`);
    return lines;
}
function gatesLines(result) {
    if (!result.gates)
        return { lines: [], errorLines: [] };
    const lines = [`gates check: ${result.repo}`];
    const errorLines = [];
    for (const gate of result.gates) {
        if (gate.ok) {
            const extras = [gate.preventSelfReview ? 'self-review prevented' : '', gate.waitTimer ? `wait ${gate.waitTimer} min` : ''].filter(Boolean);
            lines.push(`  ok    ${gate.environment}: ${gate.reviewers.join(', ')}${extras.length ? ` (${extras.join('; ')})` : ''}`);
        }
        else {
            lines.push(`  FAIL  ${gate.environment}`);
            errorLines.push(`gate: ${gate.problem}`);
        }
        gate.warnings.forEach((w) => errorLines.push(`warning: ${w}`));
    }
    return { lines, errorLines };
}
function signoffsLines(result) {
    if (!result.signoffs)
        return { lines: [], errorLines: [] };
    const lines = [`signoffs check: ${result.repo} run ${result.runId}, started by ${result.startedBy?.join(', ')}`];
    const errorLines = [];
    for (const s of result.signoffs) {
        if (s.ok)
            lines.push(`  ok    ${s.environment}: approved by ${s.approvers.join(', ')} at ${s.approvedAt}`);
        else {
            lines.push(`  FAIL  ${s.environment}`);
            errorLines.push(`sign-off: ${s.problem}`);
        }
    }
    return { lines, errorLines };
}
function approvalsLines(result) {
    if (!result.approvals)
        return [];
    const lines = [`approvals record: ${result.repo} run ${result.runId} (read ${result.recordedAt})`];
    if (result.approvals.length === 0)
        lines.push('  no reviews recorded for this run');
    for (const a of result.approvals) {
        lines.push(`  ${a.environment}: ${a.state} by ${a.user}${a.comment ? `: ${JSON.stringify(a.comment)}` : ''}`);
    }
    if (result.out)
        lines.push(`wrote ${result.out}`);
    if (result.recorded && result.database)
        lines.push(`recorded ${result.recorded.recorded} in ${result.recorded.table} on ${result.database.target}`);
    return lines;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
/** The job summary's sections for the GitHub commands. */
function githubMarkdown(result) {
    if (result.gates) {
        const verdict = result.gates.every((g) => g.ok) ? '✅ every gate can hold a sign-off' : '❌ not every gate can hold a sign-off';
        return [`### Gates: ${verdict}`, table(['environment', 'required reviewers', 'problem'], result.gates.map((g) => [g.environment, g.reviewers.join(', ') || '—', g.problem ?? '']))];
    }
    if (result.signoffs) {
        const verdict = result.signoffs.every((s) => s.ok) ? '✅ every sign-off holds' : '❌ not every sign-off holds: nothing was touched';
        const hours = (result.maxAgeMs ?? 0) / 3_600_000;
        return [
            `### Sign-offs: ${verdict}`,
            table(['environment', 'approved by', 'approved at', 'problem'], result.signoffs.map((s) => [s.environment, s.approvers.join(', ') || '—', s.approvedAt ?? '—', s.problem ?? ''])),
            `Run ${result.runId}, started by ${result.startedBy?.join(', ')}; sign-offs older than ${hours} h do not count.`,
        ];
    }
    if (result.approvals) {
        const recorded = result.recorded ? `; ${result.recorded.recorded} recorded in ${result.recorded.table}` : '';
        return ['### Sign-offs', table(['environment', 'reviewer', 'state', 'comment'], result.approvals.map((a) => [a.environment, a.user, a.state, a.comment])), `Read ${result.recordedAt}${recorded}.`];
    }
    return [];
}

// EXTERNAL MODULE: ./src/report/latency-text.ts
var latency_text = __nccwpck_require__(9618);
;// CONCATENATED MODULE: ./src/report/lint-text.ts


function headline(report) {
    const { error, warning, info } = report.counts;
    const parts = [plural_plural(report.filesLinted, 'file') + ' linted', plural_plural(error, 'error'), plural_plural(warning, 'warning')];
    if (info)
        parts.push(`${info} info`);
    if (report.exceptions.length)
        parts.push(`${plural_plural(report.exceptions.length, 'exception')} allowed in the files`);
    if (report.skipped.length)
        parts.push(`${plural_plural(report.skipped.length, 'file')} skipped`);
    if (report.history)
        parts.push(`${plural_plural(report.history, 'file')} of history (lint.since) not linted`);
    if (report.disabled)
        parts.push(`${plural_plural(report.disabled, 'finding')} switched off by lint.disable/overrides`);
    const against = report.database
        ? `against ${report.database.target}, tables from ${(0,bytes/* formatBytes */.z)(report.database.largeTableBytes)} count as large`
        : 'without a database: every file counts as pending, table sizes unknown';
    const version = report.postgresVersion;
    const assumes = version ? `; verdicts for PostgreSQL ${version.major} (${version.from === 'database' ? "the target's version" : 'lint.postgres_version'})` : '';
    return `lint: ${parts.join(', ')} (${against})${assumes}`;
}
const where = (f) => `${f.file}:${f.line}:${f.column}`;
/** Text lines for migration lint findings (CLI and action logs). */
function lintLines(result) {
    const report = result.lint;
    if (!report)
        return [];
    const lines = [headline(report)];
    for (const f of report.findings) {
        lines.push(`  ${f.severity.padEnd(7)} ${where(f)}  ${f.rule}${f.raised ? ' (large table)' : ''}`);
        lines.push(`          ${f.message}`);
        lines.push(`          fix: ${f.fix}`);
    }
    if (report.exceptions.length > 0) {
        lines.push('  allowed by exceptions in the files:');
        for (const e of report.exceptions)
            lines.push(`    ${where(e)}  ${e.rule}  reason: ${e.reason}`);
    }
    return lines;
}
const lint_text_cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/**
 * The lint section of the plan approvers read (job summary, PR comment): every finding with
 * its fix, and every exception with its reason, so nothing silenced goes unseen.
 */
function lint_text_lintMarkdown(report) {
    const out = [`### Migration lint`, '', headline(report).replace(/^lint: /, '')];
    if (report.findings.length > 0) {
        out.push('', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
        for (const f of report.findings) {
            out.push(`| ${f.severity}${f.raised ? ' (large table)' : ''} | \`${lint_text_cell(where(f))}\` | ${f.rule} | ${lint_text_cell(f.message)} | ${lint_text_cell(f.fix)} |`);
        }
    }
    if (report.exceptions.length > 0) {
        out.push('', '#### Allowed by exceptions in the files', '', '| where | rule | finding | reason |', '| --- | --- | --- | --- |');
        for (const e of report.exceptions)
            out.push(`| \`${lint_text_cell(where(e))}\` | ${e.rule} | ${lint_text_cell(e.message)} | ${lint_text_cell(e.reason)} |`);
    }
    if (report.skipped.length > 0) {
        out.push('', '#### Not linted', '');
        for (const s of report.skipped)
            out.push(`- \`${lint_text_cell(s.file)}\`: ${lint_text_cell(s.reason)}`);
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/notify-text.ts
function line(n) {
    const tries = `${n.attempts} attempt${n.attempts === 1 ? '' : 's'}`;
    return n.ok
        ? `${n.webhook} (${n.format}): sent (${tries}, HTTP ${n.httpStatus})`
        : `${n.webhook} (${n.format}): FAILED after ${tries}: ${n.error}${n.required ? ' (required)' : ' (not required)'}`;
}
/** Summary lines for the CLI and the action's log (webhook names only, never URLs). */
function notifyLines(result) {
    const sent = result.notifications;
    if (!sent?.length)
        return [];
    return [`notify ${sent[0].event}:`, ...sent.map((n) => `  ${line(n)}`)];
}
/** Job-summary sections (markdown). */
function notifyMarkdown(result) {
    const sent = result.notifications;
    if (!sent?.length)
        return [];
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return [
        [
            `### Notifications (${sent[0].event})`,
            '',
            '| webhook | format | status | attempts | required |',
            '| --- | --- | --- | --- | --- |',
            ...sent.map((n) => `| ${n.webhook} | ${n.format} | ${n.ok ? `✅ sent (HTTP ${n.httpStatus})` : `❌ ${cell(n.error ?? 'failed')}`} | ${n.attempts} | ${n.required ? 'yes' : 'no'} |`),
        ].join('\n'),
    ];
}

// EXTERNAL MODULE: ./src/report/ramp-text.ts
var ramp_text = __nccwpck_require__(7266);
;// CONCATENATED MODULE: ./src/report/review-text.ts


const review_text_short = (commit) => commit.slice(0, 12);
const review_text_cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const ICON = { ok: '✓', failed: '✗', skipped: '-' };
const MD_ICON = { ok: '✅', failed: '❌', skipped: '⏭️' };
/** The one line a pull request without database changes gets (summary and log alike). */
function nothingToReviewLine(review) {
    return `review: nothing to review: no migration, DOWN, view, policy or config file differs from ${review.base.ref} (${review_text_short(review.base.commit)})`;
}
function errorsOf(review) {
    return review.findings.filter((f) => f.severity === 'error');
}
/** A review stopped by an error (no server to review on, say) has not passed, findings or not. */
const stopped = (result) => !result.ok && errorsOf(result.review).length === 0;
function review_text_headline(result) {
    const review = result.review;
    const errors = errorsOf(review).length;
    const verdict = stopped(result) ? 'stopped before it finished' : errors === 0 ? 'passed' : `${plural_plural(errors, 'problem')} found`;
    return `review of ${review.head.ref}${review.head.commit ? ` (${review_text_short(review.head.commit)})` : ''} against ${review.base.ref} (${review_text_short(review.base.commit)}): ${verdict}`;
}
const review_text_where = (f) => (f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : f.phase ? `phase ${f.phase}` : '');
/** Summary lines for the CLI and the action's log. */
function reviewLines(result) {
    const review = result.review;
    if (!review)
        return [];
    if (review.nothingToReview)
        return [nothingToReviewLine(review)];
    const lines = [review_text_headline(result)];
    lines.push(`  ${plural_plural(review.changes.length, 'changed file')}, ${plural_plural(review.newMigrations.length, 'new migration')}${review.database ? `, on ${review.database}` : ''}`);
    for (const m of review.newMigrations)
        lines.push(`  new: ${m.file}${m.down ? `  (DOWN ${m.down})` : '  (no DOWN file)'}`);
    for (const s of review.steps) {
        lines.push(`  ${ICON[s.status]} ${s.title.padEnd(34)} ${s.status === 'skipped' ? '' : `${s.durationMs} ms  `}${s.detail}`);
    }
    for (const f of review.findings) {
        lines.push(`  ${f.severity.padEnd(5)} ${review_text_where(f) ? `${review_text_where(f)}: ` : ''}${f.rule}: ${f.message}`);
        if (f.fix)
            lines.push(`        fix: ${f.fix}`);
    }
    if (review.lint)
        lines.push(...lintLines({ ...result, lint: review.lint }));
    return lines;
}
/**
 * The review as markdown: the job summary's section and, with a hidden marker added by the
 * commenter, the pull request's comment. Same text in both places, so they never disagree.
 */
function reviewMarkdown(result) {
    const review = result.review;
    if (!review)
        return [];
    if (review.nothingToReview)
        return [nothingToReviewLine(review).replace(/^review: /, '**pg-promote review**: ')];
    const errors = errorsOf(review);
    const out = [];
    out.push(`### pg-promote review: ${stopped(result) ? '❌ stopped before it finished' : errors.length === 0 ? '✅ passed' : `❌ ${plural(errors.length, 'problem')}`}`);
    out.push('');
    out.push(`Base \`${review_text_cell(review.base.ref)}\` (\`${review_text_short(review.base.commit)}\`) · head ${review.head.commit ? `\`${review_text_cell(review.head.ref)}\` (\`${review_text_short(review.head.commit)}\`)` : review_text_cell(review.head.ref)}` +
        `${review.database ? ` · applied on ${review_text_cell(review.database)}` : ''}`);
    out.push('', '#### Plan', '');
    if (review.newMigrations.length === 0)
        out.push('No new migration.');
    else {
        out.push('| phase | version | migration | DOWN |', '| --- | --- | --- | --- |');
        for (const m of review.newMigrations)
            out.push(`| ${m.phase} | ${m.version} | \`${review_text_cell(m.file)}\` | ${m.down ? `\`${review_text_cell(m.down)}\`` : '**missing**'} |`);
    }
    out.push('', `<details><summary>${plural(review.changes.length, 'changed file')}</summary>`, '');
    for (const c of review.changes)
        out.push(`- ${c.change} ${c.kind}: \`${review_text_cell(c.file)}\``);
    out.push('', '</details>');
    if (review.steps.length > 0) {
        out.push('', '#### Steps', '', '| | step | time | result |', '| --- | --- | --- | --- |');
        for (const s of review.steps) {
            out.push(`| ${MD_ICON[s.status]} | ${s.title} | ${s.status === 'skipped' ? '' : `${s.durationMs} ms`} | ${review_text_cell(s.detail)} |`);
        }
    }
    if (review.findings.length > 0) {
        out.push('', '#### Findings', '', '| severity | where | rule | finding | fix |', '| --- | --- | --- | --- | --- |');
        for (const f of review.findings) {
            out.push(`| ${f.severity} | ${review_text_where(f) ? `\`${review_text_cell(review_text_where(f))}\`` : ''} | ${f.rule} | ${review_text_cell(f.message)} | ${review_text_cell(f.fix ?? '')} |`);
        }
    }
    if (review.lint)
        out.push('', lintMarkdown(review.lint).replace(/^### /, '#### '));
    return [out.join('\n')];
}

;// CONCATENATED MODULE: ./src/report/window-text.ts
function windowSentence(w) {
    if (w.inside)
        return `inside maintenance window '${w.name}' (${w.definition}; closes ${w.closesAt})`;
    const next = w.next ? `; next: '${w.next.name}' opens ${w.next.local}` : '; none opens within a week';
    const override = w.overridden ? `; run anyway: ${w.overridden.reason}` : '';
    return `outside every maintenance window at ${w.checkedAt}${next}${override}`;
}
/** Summary lines for the CLI and the action's log. */
function windowLines(result) {
    return result.window ? [`window: ${windowSentence(result.window)}`] : [];
}
/** Job-summary sections (markdown). */
function windowMarkdown(result) {
    const w = result.window;
    if (!w)
        return [];
    const icon = w.inside ? '✅' : w.overridden ? '⚠️' : w.production ? '⛔' : 'ℹ️';
    return [['### Maintenance window', '', `${icon} ${windowSentence(w).replace(/^./, (c) => c.toUpperCase())}`].join('\n')];
}

;// CONCATENATED MODULE: ./src/report/text.ts
















/** Summary lines for stdout, and the error (if any) for stderr. */
function renderSummary(result) {
    const lines = [];
    const errorLines = [];
    const listing = result.command === 'plan' || result.command === 'status' || result.dryRun;
    if (listing) {
        for (const phase of result.phases ?? []) {
            const current = phase.currentVersion ? `at version ${phase.currentVersion}` : 'nothing applied';
            lines.push(`phase ${phase.name} (schema ${phase.schema}): ${current}`);
            const shown = result.command === 'status' ? phase.files : phase.files.filter((f) => f.status !== 'up-to-date');
            if (shown.length === 0)
                lines.push('  nothing to do');
            for (const file of shown)
                lines.push(`  ${fileLine(file)}${file.status === 'pending' ? `  sha256 ${file.checksum.slice(0, 12)}` : ''}`);
        }
    }
    lines.push(...windowLines(result), ...baselineLines(result), ...backupLines(result), ...checkLines(result), ...boundaryLines(result), ...lintLines(result), ...(0,ramp_text/* rampLines */.MF)(result), ...(0,latency_text/* latencyLines */.ek)(result), ...flagsLines(result), ...reviewLines(result), ...notifyLines(result), ...initLines(result));
    const github = githubLines(result);
    lines.push(...github.lines);
    errorLines.push(...github.errorLines);
    for (const drift of result.drift ?? [])
        lines.push(`drift: ${drift.file}: ${drift.message}`);
    for (const warning of result.warnings)
        lines.push(`warning: ${warning}`);
    const took = formatMs(result.durationMs);
    if (result.error) {
        errorLines.push(...(0,format/* formatErrorLines */.HI)(result.error).map((l, i) => (i === 0 ? `error: ${l}` : l)));
        if (result.error.statement)
            errorLines.push(`  statement: ${result.error.statement.split('\n')[0]}`);
    }
    const outcome = result.ok ? 'done' : 'stopped';
    // A command's outcome is files applied, pending or reverted when its report counts files.
    if (!result.counts)
        lines.push(`${outcome} in ${took}`);
    else if (result.error?.kind === 'lock' && !(result.phases ?? []).some((p) => p.files.length > 0)) {
        // Blocked before it could plan: "0 pending" would claim it knew there was nothing to do.
        lines.push(`${outcome}: the migration lock was not acquired; nothing was read or run, in ${took}`);
    }
    else if (result.database || !result.error) {
        const { applied, pending, failed, reverted } = result.counts;
        const verb = result.command === 'down' ? `${reverted} reverted` : `${applied} applied`;
        lines.push(`${outcome}: ${verb}, ${pending} pending, ${failed} failed in ${took}`);
    }
    return { lines, errorLines };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/cli/main.ts












/** The CLI adapter: argv in, engine call, text or JSON out, exit code back. */
async function main(argv, io) {
    const redactor = new redact/* Redactor */.p();
    // Every secret this run holds is redacted from every line, whatever prints it.
    redactor.add(io.env.GITHUB_TOKEN?.trim());
    const out = (line) => io.stdout(`${redactor.redact(line)}\n`);
    const err = (line) => io.stderr(`${redactor.redact(line)}\n`);
    const json = argv.includes('--json');
    let parsed;
    try {
        parsed = parseCli(argv, io.env, io.cwd);
    }
    catch (e) {
        const error = (0,promote_error/* asPromoteError */.XO)(e);
        const info = (0,error_info/* errorInfo */.f)(error);
        if (json)
            out(JSON.stringify({ ok: false, exitCode: (0,exit_codes/* exitCodeFor */.R)(error.kind), error: info }, null, 2));
        else
            (0,format/* formatErrorLines */.HI)(info).forEach((l) => err(`error: ${l}`));
        return (0,exit_codes/* exitCodeFor */.R)(error.kind);
    }
    if (parsed.kind === 'help')
        return out(USAGE), 0;
    if (parsed.kind === 'version')
        return out(version/* VERSION */.x), 0;
    const { args } = parsed;
    for (const url of args.urls) {
        try {
            redactor.add((0,connection_url/* parseDatabaseUrl */.mx)(url, '--database-url', io.env).password);
        }
        catch {
            // the engine reports the malformed URL; nothing to learn a password from
        }
    }
    const result = await (0,engine.runEngine)({
        ...args.engine,
        command: args.command,
        root: io.cwd,
        env: io.env,
        onEvent: json
            ? undefined
            : (event) => {
                const line = renderEvent(event);
                if (line)
                    out(line);
            },
    });
    if (args.resultFile) {
        const file = external_node_path_default().resolve(io.cwd, args.resultFile);
        try {
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(file, `${redactor.redact(JSON.stringify(result, null, 2))}\n`);
        }
        catch (e) {
            err(`error: --result-file: cannot write ${args.resultFile}: ${e.message}`);
            return Math.max(result.exitCode, 2);
        }
    }
    if (json)
        out(JSON.stringify(result, null, 2));
    else {
        const { lines, errorLines } = renderSummary(result);
        lines.forEach(out);
        errorLines.forEach(err);
    }
    // A bug: its trace with --debug; the result file holds it either way.
    if (result.error?.stack) {
        if (args.debug)
            err(result.error.stack);
        else if (!json)
            err('  (a bug in pg-promote: run again with --debug for its stack trace, or see --result-file)');
    }
    return result.exitCode;
}


/***/ }),

/***/ 2239:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Lo: () => (/* binding */ COMMANDS),
  fH: () => (/* binding */ COMMAND_SPECS),
  bK: () => (/* binding */ cliSpelling),
  Lx: () => (/* binding */ commandSpec),
  _x: () => (/* binding */ engineOptionsFor),
  hH: () => (/* binding */ notApplicable),
  cz: () => (/* binding */ optionsOf)
});

// UNUSED EXPORTS: DRY_RUN_COMMANDS, commandsWithFlag, usesGithub

// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __nccwpck_require__(2896);
;// CONCATENATED MODULE: ./src/commands/command.ts
/** Typed declaration: the options' values are known from the table. */
const defineCommand = (spec) => spec;

;// CONCATENATED MODULE: ./src/commands/backup.ts

const JOBS = { flag: 'jobs', type: 'int', min: 1, max: 64, arg: 'N', doc: "backup and restore: parallel jobs (directory format only). Default: the config's backup.jobs; a custom-format backup restores with one." };
const SCRATCH_URL = { flag: 'scratch-url', type: 'url', arg: 'URL', secret: true, doc: 'backup with verify restore: where to restore (default: a scratch database on the same server). review: the empty database to review on (default: a throwaway cluster). Masked.' };
const backup = defineCommand({
    name: 'backup',
    summary: 'pg_dump the database, verify the archive, write its manifest, report PITR readiness',
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'none',
    actionNames: ['backup'],
    options: {
        dir: { flag: 'backup-dir', type: 'string', arg: 'DIR', doc: "backup: folder for the dump and its manifest. Default: the config's backup.dir, else backups/." },
        format: { flag: 'format', input: 'backup-format', type: 'choice', choices: ['custom', 'directory'], doc: 'backup: custom (one file) or directory (parallel with jobs).' },
        jobs: JOBS,
        verify: { flag: 'verify', type: 'choice', choices: ['list', 'restore'], doc: "backup: list (check the archive's table of contents) or restore (restore into a scratch database and compare)." },
        scratchUrl: SCRATCH_URL,
    },
    engine: (o, shared) => ({ ...shared, backup: { dir: o.dir, format: o.format, jobs: o.jobs, verify: o.verify, scratchUrl: o.scratchUrl } }),
    resolve: async (config, options) => (await __nccwpck_require__.e(/* import() */ 722).then(__nccwpck_require__.bind(__nccwpck_require__, 4722))).backupSettings(options, config),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(572), __nccwpck_require__.e(718)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7718))).backup(ctx);
    },
});

// EXTERNAL MODULE: ./src/adopt/foreign-history.ts
var foreign_history = __nccwpck_require__(455);
// EXTERNAL MODULE: ./src/result.ts
var result = __nccwpck_require__(1666);
// EXTERNAL MODULE: ./src/commands/shared.ts
var commands_shared = __nccwpck_require__(9053);
;// CONCATENATED MODULE: ./src/commands/plan.ts



const plan = defineCommand({
    name: 'plan',
    summary: 'show pending migrations and view/policy files that would be re-applied (changes nothing)',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'told',
    actionNames: ['plan'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        stagingUrl: { flag: 'staging-url', type: 'url', arg: 'URL', env: 'STAGING_DATABASE_URL', secret: true, doc: 'plan and migrate: refuse files staging has not applied with the same checksum. Masked. Default: $STAGING_DATABASE_URL.' },
    },
    engine: (o, shared) => ({ ...shared, to: o.to, stagingUrl: o.stagingUrl }),
    report: result/* emptyFilesReport */.j,
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(990), __nccwpck_require__.e(398)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4398))).inspect(ctx, (0,result/* emptyFilesReport */.j)());
    },
});

;// CONCATENATED MODULE: ./src/commands/migrate.ts




const DRY_RUN = { flag: 'dry-run', type: 'boolean', doc: 'migrate, down and baseline: show what would run (or be recorded), change nothing.', actionDefault: 'false' };
const OUTSIDE_WINDOW = { flag: 'outside-window', type: 'reason', arg: 'REASON', doc: 'migrate, down, restore and ramp on production outside a maintenance window: the reason, recorded in the audit trail.' };
const migrate = defineCommand({
    name: 'migrate',
    summary: 'apply pending migrations, then view and policy files, phase by phase',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'guarded',
    actionNames: ['migrate'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        dryRun: DRY_RUN,
        stagingUrl: plan.options.stagingUrl,
        backupManifest: { flag: 'backup-manifest', type: 'string', arg: 'FILE', doc: 'migrate on a production database: the manifest of the verified backup taken before it (the backup step\'s backup-manifest output).' },
        backupArtifact: { flag: 'backup-artifact', type: 'string', arg: 'NAME', doc: 'migrate with a backup manifest: the workflow artifact that holds the dump, when the job fetched only the manifest (the dump is then not looked for beside it).' },
        withoutBackup: { flag: 'without-backup', type: 'reason', arg: 'REASON', doc: 'migrate on a production database without a backup: the reason, recorded in the audit trail.' },
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => ({
        ...shared,
        to: o.to,
        dryRun: o.dryRun ?? false,
        stagingUrl: o.stagingUrl,
        backupManifest: o.backupManifest,
        backupStoredIn: o.backupArtifact,
        withoutBackupReason: o.withoutBackup,
        outsideWindowReason: o.outsideWindow,
    }),
    report: result/* emptyRunReport */.z,
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(179), __nccwpck_require__.e(990), __nccwpck_require__.e(340), __nccwpck_require__.e(943)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5943))).migrate(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/baseline.ts





const baseline = defineCommand({
    name: 'baseline',
    summary: 'take over a database another tool (or a hand) migrated: record its versions as applied without running them (one --phase)',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'none',
    actionNames: ['baseline'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        from: { flag: 'from', type: 'string', arg: 'TOOL', doc: `baseline: record exactly the versions another tool's history table says it applied: auto, ${foreign_history/* TOOLS */.It.join(', ')}.` },
        project: { flag: 'project', type: 'string', arg: 'NAME', doc: 'baseline --from sqitch: the Sqitch project, when the registry holds several.' },
        historyTable: {
            flag: 'history-table', type: 'string', arg: 'SCHEMA.TABLE',
            doc: "baseline --from: the other tool's history table when it was configured with a name of its own (Flyway's table, golang-migrate's x-migrations-table, dbmate's --migrations-table; for Sqitch, REGISTRY.changes).",
        },
        dryRun: DRY_RUN,
    },
    engine: (o, shared) => {
        if ((o.to === undefined) === (o.from === undefined)) {
            throw (0,promote_error/* usageError */.Wp)('baseline needs exactly one of --to VERSION or --from auto|TOOL', { key: o.to === undefined ? '--to' : '--from' });
        }
        if (o.from !== undefined)
            (0,foreign_history/* parseFrom */.uK)(o.from);
        if (o.project !== undefined && o.from === undefined)
            throw (0,promote_error/* usageError */.Wp)('--project goes with --from sqitch (or auto)', { key: '--project' });
        if (o.historyTable !== undefined && o.from === undefined)
            throw (0,promote_error/* usageError */.Wp)('--history-table goes with --from (auto or the tool)', { key: '--history-table' });
        if (o.historyTable !== undefined)
            (0,foreign_history/* parseHistoryTable */.Wi)(o.historyTable);
        return { ...shared, dryRun: o.dryRun ?? false, baseline: { to: o.to, from: o.from, project: o.project, historyTable: o.historyTable } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await __nccwpck_require__.e(/* import() */ 522).then(__nccwpck_require__.bind(__nccwpck_require__, 4522))).baseline(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/boundary-check.ts

const boundaryCheck = defineCommand({
    name: 'boundary-check',
    summary: "find code that writes into another app's schema (no database needed)",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    // The boundary check has its own action (boundary-check/action.yml).
    actionNames: [],
    options: {
        paths: { flag: 'paths', type: 'list', arg: 'GLOB', doc: "boundary-check: only these files (repeatable; default: every rule's paths)." },
        baseline: { flag: 'baseline', type: 'string', arg: 'FILE', doc: "boundary-check: accepted findings (default: the config's boundary_check.baseline)." },
        sarif: { flag: 'sarif', type: 'string', arg: 'FILE', doc: 'boundary-check: also write SARIF 2.1.0 for code scanning.' },
        rulesFile: {
            flag: 'rules-file',
            type: 'string',
            arg: 'FILE',
            doc: "boundary-check: a YAML or JSON file holding only a boundary_check block, used instead of the config's (then no promotion config is needed).",
        },
    },
    engine: (o, shared) => ({ ...shared, boundary: { paths: o.paths, baseline: o.baseline, sarif: o.sarif, rulesFile: o.rulesFile } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(581), __nccwpck_require__.e(594)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4594))).boundaryCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/down.ts





const down = defineCommand({
    name: 'down',
    summary: 'apply DOWN files, newest first, back to --to VERSION, or every one with --all (one --phase)',
    connects: true,
    writes: true,
    dryRun: true,
    windows: 'guarded',
    actionNames: ['down'],
    options: {
        to: commands_shared/* TO_VERSION */.z8,
        all: { flag: 'all', type: 'boolean', doc: 'down: revert every applied version of the phase, the lowest (v0) included.', actionDefault: 'false' },
        dryRun: DRY_RUN,
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => {
        if (o.all && o.to !== undefined)
            throw (0,promote_error/* usageError */.Wp)('down takes --to VERSION or --all, not both', { key: '--all' });
        return { ...shared, to: o.to, all: o.all ?? false, dryRun: o.dryRun ?? false, outsideWindowReason: o.outsideWindow };
    },
    report: result/* emptyRunReport */.z,
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(990), __nccwpck_require__.e(340), __nccwpck_require__.e(900)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7900))).down(ctx);
    },
});

;// CONCATENATED MODULE: ./src/github/parse.ts

function parseRepo(value) {
    if (!value)
        throw (0,promote_error/* usageError */.Wp)('--repo OWNER/NAME is required', { key: '--repo' });
    const match = /^([A-Za-z0-9](?:-?[A-Za-z0-9]){0,38})\/([A-Za-z0-9._-]{1,100})$/.exec(value);
    if (!match || match[2] === '.' || match[2] === '..') {
        throw (0,promote_error/* usageError */.Wp)(`--repo must be OWNER/NAME, not '${value}'`, { key: '--repo' });
    }
    return { owner: match[1], repo: match[2], full: value };
}
function parseRunId(value) {
    if (value === undefined)
        throw (0,promote_error/* usageError */.Wp)('--run-id N is required (in a workflow: ${{ github.run_id }})', { key: '--run-id' });
    const runId = Number(value);
    if (!/^[1-9][0-9]{0,18}$/.test(value) || !Number.isSafeInteger(runId)) {
        throw (0,promote_error/* usageError */.Wp)(`--run-id must be a workflow run id (a positive whole number), not '${value}'`, { key: '--run-id' });
    }
    return runId;
}
/** `--environments a,b --environments c`: the names in order; empty or repeated is bad usage. */
function parseEnvironmentList(values) {
    const names = values.flatMap((v) => v.split(',')).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0)
        throw (0,promote_error/* usageError */.Wp)('--environments needs at least one environment name', { key: '--environments' });
    const lower = names.map((n) => n.toLowerCase());
    const twice = names.find((_, i) => lower.indexOf(lower[i]) !== i);
    // Two gates on one environment would let one approval count as two sign-offs.
    if (twice)
        throw (0,promote_error/* usageError */.Wp)(`--environments names '${twice}' twice (names ignore case): each sign-off needs its own environment`, { key: '--environments' });
    const bad = names.find((n) => !/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/.test(n));
    if (bad)
        throw (0,promote_error/* usageError */.Wp)(`--environments: '${bad}' is not an environment name`, { key: '--environments' });
    return names;
}
const DEFAULT_SIGNOFF_MAX_AGE_MS = 24 * 3_600_000;
/** `24h`, `90min`: at least one minute, at most 30 days. */
function parseMaxAge(text, key) {
    if (!text?.trim())
        return DEFAULT_SIGNOFF_MAX_AGE_MS;
    const match = /^([0-9]+(?:\.[0-9]+)?)\s*(min|h)$/.exec(text.trim());
    const ms = match ? Math.round(Number(match[1]) * (match[2] === 'h' ? 3_600_000 : 60_000)) : NaN;
    if (!(ms >= 60_000 && ms <= 30 * 24 * 3_600_000)) {
        throw (0,promote_error/* usageError */.Wp)(`${key} is '${text}'; expected an age such as 24h or 90min (1min to 720h)`, { key });
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/commands/github-options.ts

/** Options the GitHub commands share (a name two commands share is declared once). */
const github_options_REPO = { flag: 'repo', input: 'repository', type: 'string', arg: 'OWNER/NAME', doc: 'gates-check, signoffs-check and record-approvals: OWNER/NAME. In the action, default: the repository the workflow runs in.' };
const RUN_ID = { flag: 'run-id', type: 'string', arg: 'N', doc: 'signoffs-check and record-approvals: the workflow run whose sign-offs to check or record. In the action, default: this run.' };
const ENVIRONMENTS = { flag: 'environments', type: 'list', arg: 'A,B', doc: 'gates-check and signoffs-check: the sign-off environments, comma or newline separated.' };
/** The repository: the action defaults to the one the workflow runs in. */
const repoOf = (given, ctx) => parseRepo(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_REPOSITORY || undefined : undefined));
/** The workflow run: the action defaults to its own. */
const runIdOf = (given, ctx) => parseRunId(given ?? (ctx.adapter === 'action' ? ctx.env.GITHUB_RUN_ID || undefined : undefined));

;// CONCATENATED MODULE: ./src/commands/environments-apply.ts


const environmentsApply = defineCommand({
    name: 'environments-apply',
    cli: 'environments apply',
    summary: 'create or update the environments in --file (default .github/pg-promote-environments.yml); --dry-run prints the difference and changes nothing',
    connects: false,
    writes: false,
    dryRun: true,
    windows: 'none',
    // A token that administers the repository is more than a workflow step should hold.
    actionNames: [],
    options: {
        repo: github_options_REPO,
        file: { flag: 'file', type: 'string', arg: 'FILE', doc: 'environments apply: the environments file. Default: .github/pg-promote-environments.yml.' },
        dryRun: { flag: 'dry-run', type: 'boolean', doc: 'environments apply: print the difference, send nothing.' },
    },
    engine: (o, shared, ctx) => ({ ...shared, dryRun: o.dryRun ?? false, github: { repo: repoOf(o.repo, ctx), file: o.file } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(413), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(732)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1933))).environmentsApply(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/flags.ts


const flags = defineCommand({
    name: 'flags',
    summary: "flags off [NAME...]: set flags to 0 (default: the config's rollback list); flags list: show them",
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'none',
    // An input holds one word: the action's flags-off is the CLI's `flags off`.
    actionNames: ['flags-off'],
    options: {
        names: { flag: 'flags', type: 'list', arg: 'NAME', doc: "flags off: the flags to set to 0, comma separated. Default: the config's flags.rollback_off." },
        reason: { flag: 'reason', type: 'string', arg: 'TEXT', doc: 'flags off: why, recorded in the audit trail.' },
    },
    engine: (o, shared, ctx) => {
        const [action, ...names] = ctx.spelledAs === 'flags-off' ? ['off'] : ctx.words;
        if (action !== 'off' && action !== 'list') {
            throw (0,promote_error/* usageError */.Wp)(`flags needs an action: 'flags off [NAME...]' or 'flags list'${action ? `, not '${action}'` : ''}`);
        }
        const named = [...names.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean), ...(o.names ?? [])];
        return { ...shared, flags: { action, names: named, reason: o.reason } };
    },
    resolve: (config, options) => {
        const given = options.flags?.names ?? [];
        return given.length > 0 ? { names: [...new Set(given)], from: 'flags off' } : { names: [...new Set(config.flags.rollbackOff)], from: 'flags.rollback_off' };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(640), __nccwpck_require__.e(515)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6349))).flags(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/init.ts


const init = defineCommand({
    name: 'init',
    summary: 'recognise the migration folders of a repository (any common tool\'s layout) and write db/promotion.yml for them',
    connects: false,
    config: 'none',
    writes: false,
    dryRun: true,
    windows: 'none',
    actionNames: [],
    options: { dryRun: DRY_RUN },
    engine: (o, shared) => ({ configPath: shared.configPath, dryRun: o.dryRun ?? false }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(141), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2357))).init(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/gates-check.ts



const gatesCheck = defineCommand({
    name: 'gates-check',
    cli: 'gates check',
    summary: 'check that every sign-off environment exists and has required reviewers, and every target environment a protection rule; exit 1 if not',
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['gates-check'],
    options: {
        repo: github_options_REPO,
        environments: ENVIRONMENTS,
        targets: { flag: 'target-environments', type: 'list', arg: 'A,B', doc: 'gates-check: environments holding database credentials, comma or newline separated; each must exist and have a protection rule (required reviewers or chosen branches).' },
    },
    engine: (o, shared, ctx) => ({ ...shared, github: { environments: parseEnvironmentList(o.environments ?? []), targets: o.targets ?? [], repo: repoOf(o.repo, ctx) } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(413), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(732)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1933))).gatesCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/latency.ts


const latency = defineCommand({
    name: 'latency',
    summary: 'time the probe queries: --baseline FILE before the promotion, --compare FILE after',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['latency'],
    options: {
        baseline: { flag: 'baseline', input: 'latency-baseline', type: 'string', arg: 'FILE', doc: 'latency: write the probe timings to this file (before the promotion).' },
        compare: { flag: 'compare', input: 'latency-compare', type: 'string', arg: 'FILE', doc: 'latency: compare with the baseline in this file (after the promotion); fails when a probe is slower beyond its noise.' },
        samples: { flag: 'samples', type: 'int', min: 1, max: 100_000, arg: 'N', doc: 'latency: timed executions per probe in each run.' },
    },
    engine: (o, shared) => {
        if ((o.baseline === undefined) === (o.compare === undefined)) {
            throw (0,promote_error/* usageError */.Wp)('latency needs exactly one of --baseline FILE (before the promotion) or --compare FILE (after it)', { key: '--baseline' });
        }
        return { ...shared, latency: { mode: o.baseline !== undefined ? 'baseline' : 'compare', file: o.baseline ?? o.compare, samples: o.samples } };
    },
    resolve: (config, options) => ({ samples: options.latency?.samples ?? config.latency.samples }),
    report: () => ({}),
    async run(ctx) {
        return (await __nccwpck_require__.e(/* import() */ 704).then(__nccwpck_require__.bind(__nccwpck_require__, 1704))).latency(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/lint.ts


const lint = defineCommand({
    name: 'lint',
    summary: 'find lock hazards and destructive changes in pending migrations (--database-url optional)',
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['lint'],
    options: commands_shared/* NO_OPTIONS */.lz,
    engine: (_o, shared) => ({ ...shared }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(581), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(179), __nccwpck_require__.e(141), __nccwpck_require__.e(990), __nccwpck_require__.e(299), __nccwpck_require__.e(773)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2773))).lint(ctx);
    },
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/commands/results.ts


const RESULTS = { flag: 'results', type: 'list', arg: 'FILE', doc: 'report and notify: result JSON files of earlier stages (a folder stands for the .json files in it), comma separated or repeated.' };
/** A folder among the results stands for the result JSON files in it (downloaded artifacts land as folders). */
function expandResults(root, entries) {
    return entries.flatMap((entry) => {
        const abs = external_node_path_default().resolve(root, entry);
        if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory())
            return [entry];
        return (0,external_node_fs_.readdirSync)(abs)
            .filter((f) => f.endsWith('.json'))
            .sort()
            .map((f) => external_node_path_default().join(abs, f));
    });
}

;// CONCATENATED MODULE: ./src/commands/notify.ts


const notify = defineCommand({
    name: 'notify',
    summary: "post a promotion message (--event start|gate|success|failure|rollback) to the config's webhooks",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['notify'],
    options: {
        event: { flag: 'event', type: 'string', arg: 'NAME', doc: 'notify: start, gate, success, failure or rollback.' },
        results: RESULTS,
        message: { flag: 'message', type: 'string', arg: 'TEXT', doc: 'notify: extra text for the message.' },
    },
    engine: (o, shared, ctx) => ({ ...shared, notify: { event: o.event, results: expandResults(ctx.root, o.results ?? []), message: o.message } }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(709)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7709))).notify(ctx);
    },
});

// EXTERNAL MODULE: ./src/db/connection-url.ts + 2 modules
var connection_url = __nccwpck_require__(8768);
;// CONCATENATED MODULE: ./src/commands/option.ts


const inputName = (spec) => (spec.input === false ? undefined : (spec.input ?? spec.flag));
/** Checks one option's raw value; every message names the option as `--flag`. */
function readOption(spec, raw, env) {
    const name = `--${spec.flag}`;
    if (raw === undefined && spec.env)
        raw = env[spec.env] || undefined;
    if (raw === undefined)
        return undefined;
    if (spec.type === 'boolean') {
        if (typeof raw === 'boolean')
            return raw;
        const text = String(raw).trim();
        if (text === '')
            return undefined;
        if (text !== 'true' && text !== 'false')
            throw (0,promote_error/* usageError */.Wp)(`${name} is '${text}'; expected one of: true, false`, { key: name });
        return text === 'true';
    }
    if (spec.type === 'list') {
        const parts = (Array.isArray(raw) ? raw : [String(raw)]).flatMap((p) => p.split(/[,\n]/)).map((p) => p.trim()).filter(Boolean);
        return parts.length > 0 ? parts : undefined;
    }
    const given = Array.isArray(raw) ? raw.at(-1) : String(raw);
    const text = given.trim();
    if (spec.type === 'reason') {
        // Given but blank is refused (not dropped): the reason is what the audit trail records.
        if (!text)
            throw (0,promote_error/* usageError */.Wp)(`${name} needs a reason (it goes into the audit trail)`, { key: name });
        return text;
    }
    if (!text)
        return undefined;
    switch (spec.type) {
        case 'choice':
            if (!spec.choices.includes(text))
                throw (0,promote_error/* usageError */.Wp)(`${name} is '${text}'; expected one of: ${spec.choices.join(', ')}`, { key: name });
            return text;
        case 'int': {
            const n = Number(text);
            if (!/^\d+$/.test(text) || n < spec.min || n > spec.max)
                throw (0,promote_error/* usageError */.Wp)(`${name} must be a whole number from ${spec.min} to ${spec.max}, not '${text}'`, { key: name });
            return n;
        }
        case 'percent':
            if (!/^\d+$/.test(text) || Number(text) > 100)
                throw (0,promote_error/* usageError */.Wp)(`${name} must be a percentage from 0 to 100, not '${text}'`, { key: name });
            return Number(text);
        case 'url':
            // Checked here, before anything runs; the error names the option, never the value.
            (0,connection_url/* parseDatabaseUrl */.mx)(text, name, env);
            return text;
        default:
            return text;
    }
}

// EXTERNAL MODULE: ./src/config/duration.ts
var duration = __nccwpck_require__(7840);
;// CONCATENATED MODULE: ./src/commands/ramp.ts




const ramp = defineCommand({
    name: 'ramp',
    summary: "set a flag's rollout (--flag NAME --to PERCENT), watch its health gates, revert on a breach; --resume or --revert finishes a step a killed ramp left unwatched",
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'guarded',
    actionNames: ['ramp'],
    options: {
        flag: { flag: 'flag', type: 'string', arg: 'NAME', doc: "ramp: the flag to move (one of the config's flags.known)." },
        to: { flag: 'to', input: 'percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: the rollout percentage to move the flag to (0-100).' },
        from: { flag: 'from', input: 'from-percentage', type: 'percent', arg: 'PERCENT', doc: 'ramp: refuse unless the flag is still at this percentage, where the step before left it (so a kill switch thrown in between is never ramped past).' },
        force: { flag: 'force', type: 'boolean', doc: 'ramp: allow a percentage not above the current one.', actionDefault: 'false' },
        resume: { flag: 'resume', type: 'boolean', doc: 'ramp: watch an unfinished step again (one a killed ramp left unwatched).' },
        revert: { flag: 'revert', type: 'boolean', doc: 'ramp: set an unfinished step\'s flag back to where the step found it.' },
        window: { flag: 'window', input: 'ramp-window', type: 'string', arg: 'DURATION', doc: "ramp: how long to watch the health gates (e.g. 30min). Default: the config's window for the step." },
        interval: { flag: 'interval', input: 'ramp-interval', type: 'string', arg: 'DURATION', doc: "ramp: how often to evaluate the gates while watching (e.g. 1min). Default: the config's ramp.interval (a resumed step: its own)." },
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => {
        if (o.resume && o.revert)
            throw (0,promote_error/* usageError */.Wp)('--resume and --revert cannot be given together', { key: '--revert' });
        return {
            ...shared,
            ramp: { flag: o.flag, to: o.to, from: o.from, force: o.force ?? false, window: o.window, interval: o.interval, resume: o.resume, revert: o.revert },
            outsideWindowReason: o.outsideWindow,
        };
    },
    resolve: (config, options) => ({
        windowMs: options.ramp?.window ? durationOption('--window', options.ramp.window) : undefined,
        interval: options.ramp?.interval
            ? { ms: durationOption('--interval', options.ramp.interval), from: '--interval' }
            : { ms: config.ramp.intervalMs, from: 'ramp.interval' },
    }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(640), __nccwpck_require__.e(514)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3008))).ramp(ctx);
    },
});
function durationOption(key, text) {
    const ms = (0,duration/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be a duration such as 500ms, 10s, 30min or 1h, not '${text}'`, { key });
    if (ms <= 0)
        throw (0,promote_error/* usageError */.Wp)(`${key} must be longer than zero (a window of zero would pass the step without watching it)`, { key });
    return ms;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/commands/record-approvals.ts




/**
 * Offline as far as the engine goes: the database is optional (with one, the sign-offs go to
 * its audit schema through a session of their own), and the GitHub API is read first.
 */
const recordApprovals = defineCommand({
    name: 'record-approvals',
    cli: 'approvals record',
    summary: "record who signed off a workflow run, with their comments, into a JSON file and, with a database, the audit schema",
    connects: false,
    writes: true,
    dryRun: false,
    windows: 'none',
    actionNames: ['record-approvals'],
    options: {
        repo: github_options_REPO,
        runId: RUN_ID,
        out: { flag: 'out', input: false, type: 'string', arg: 'FILE', doc: 'approvals record: also write the sign-offs to FILE (JSON, for report --results). The action writes it to its approvals-json output.' },
    },
    engine: (o, shared, ctx) => {
        const runId = runIdOf(o.runId, ctx);
        const out = o.out ?? (ctx.adapter === 'action' ? external_node_path_default().join(ctx.env.RUNNER_TEMP ?? external_node_os_default().tmpdir(), `pg-promote-approvals-${runId}.json`) : undefined);
        return { ...shared, github: { repo: repoOf(o.repo, ctx), runId, out } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(413), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(732)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1933))).recordApprovals(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/report.ts



const report = defineCommand({
    name: 'report',
    summary: "write the promotion report (markdown and JSON) from this run's stage results",
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['report'],
    options: {
        results: RESULTS,
        auditDir: { flag: 'audit-dir', type: 'string', arg: 'DIR', doc: "report: folder of the dated audit file. Default: the config's report.dir, else ops/audit." },
    },
    engine: (o, shared, ctx) => ({ ...shared, report: { results: expandResults(ctx.root, o.results ?? []), auditDir: o.auditDir } }),
    resolve: (config, options) => ({ auditDir: options.report?.auditDir ? external_node_path_default().resolve(options.root, options.report.auditDir) : config.reportDir }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(932), __nccwpck_require__.e(401)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9401))).report(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/restore.ts



const restore = defineCommand({
    name: 'restore',
    summary: 'restore a verified backup (--backup FILE --confirm DATABASE_NAME)',
    connects: true,
    writes: true,
    dryRun: false,
    windows: 'guarded',
    actionNames: ['restore'],
    options: {
        file: { flag: 'backup', input: 'backup-file', type: 'string', arg: 'FILE', doc: 'restore: the backup to restore; its manifest is read from beside it.' },
        confirm: { flag: 'confirm', type: 'string', arg: 'NAME', doc: "restore: must equal the target database's name." },
        jobs: JOBS,
        outsideWindow: OUTSIDE_WINDOW,
    },
    engine: (o, shared) => ({ ...shared, restore: { file: o.file, confirm: o.confirm, jobs: o.jobs }, outsideWindowReason: o.outsideWindow }),
    // The format is the backup's (read from its manifest later): the default for each is said here.
    resolve: (config, options) => {
        const given = options.restore?.jobs;
        return { jobs: given === undefined ? { directory: config.backup.jobs, custom: 1 } : { directory: given, custom: given } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(572), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3016))).restore(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/review.ts



const review = defineCommand({
    name: 'review',
    summary: "apply a pull request's migrations to a throwaway database, verify, prove DOWN files (--base REF)",
    // It brings its own throwaway database (or is given one as scratch): no session is opened for it.
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['review'],
    options: {
        base: { flag: 'base', input: 'base-ref', type: 'string', arg: 'REF', doc: "review: the base branch or commit the pull request goes into. Default: the pull request's base." },
        head: { flag: 'head', input: 'head-ref', type: 'string', arg: 'REF', doc: "review: the pull request's commit. Default: HEAD." },
        scratchUrl: SCRATCH_URL,
    },
    engine: (o, shared, ctx) => {
        // review runs DOWN files: it never takes a database it was not explicitly given as scratch.
        if (shared.databaseUrlGiven) {
            throw (0,promote_error/* usageError */.Wp)('--database-url does not apply to review: give an empty database with --scratch-url, or none for a throwaway cluster', { key: '--database-url' });
        }
        const base = o.base ?? (ctx.env.GITHUB_BASE_REF ? `origin/${ctx.env.GITHUB_BASE_REF}` : undefined);
        return { configPath: shared.configPath, phases: shared.phases, review: { base, head: o.head, scratchUrl: o.scratchUrl } };
    },
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(179), __nccwpck_require__.e(141), __nccwpck_require__.e(22)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4022))).review(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/signoffs-check.ts



const signoffsCheck = defineCommand({
    name: 'signoffs-check',
    summary: "check that this run's sign-offs hold: approved, by different people, none of them whoever started the run, recently enough; exit 1 if not",
    connects: false,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['signoffs-check'],
    options: {
        repo: github_options_REPO,
        runId: RUN_ID,
        environments: ENVIRONMENTS,
        maxAge: { flag: 'signoff-max-age', type: 'string', arg: 'AGE', doc: 'signoffs-check: how old a sign-off may be (e.g. 24h, 90min); older ones need a fresh approval.', actionDefault: '24h' },
    },
    engine: (o, shared, ctx) => ({
        ...shared,
        github: { environments: parseEnvironmentList(o.environments ?? []), maxAgeMs: parseMaxAge(o.maxAge, '--signoff-max-age'), repo: repoOf(o.repo, ctx), runId: runIdOf(o.runId, ctx) },
    }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(413), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(732)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1933))).signoffsCheck(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/status.ts



const status_status = defineCommand({
    name: 'status',
    summary: 'show applied, pending and drifted files per phase',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['status'],
    options: commands_shared/* NO_OPTIONS */.lz,
    engine: (_o, shared) => ({ ...shared }),
    report: result/* emptyFilesReport */.j,
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(179), __nccwpck_require__.e(990), __nccwpck_require__.e(398)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4398))).inspect(ctx, (0,result/* emptyFilesReport */.j)());
    },
});

;// CONCATENATED MODULE: ./src/commands/verify.ts


const verify = defineCommand({
    name: 'verify',
    summary: 'run the configured checks: RLS, role access, boundary grants, views, row counts, audit trail',
    connects: true,
    writes: false,
    dryRun: false,
    windows: 'none',
    actionNames: ['verify'],
    options: commands_shared/* NO_OPTIONS */.lz,
    engine: (_o, shared) => ({ ...shared }),
    report: () => ({}),
    async run(ctx) {
        return (await Promise.all(/* import() */[__nccwpck_require__.e(932), __nccwpck_require__.e(69)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69))).verify(ctx);
    },
});

;// CONCATENATED MODULE: ./src/commands/index.ts

























/**
 * Every command, declared once in its own module. Only the declarations load here (their
 * option tables); a command's code loads when it runs, which keeps the cold start short.
 */
const COMMAND_SPECS = [plan, migrate, down, status_status, backup, restore, verify, report, boundaryCheck, lint, ramp, latency, flags, notify, review, baseline, init, gatesCheck, recordApprovals, signoffsCheck, environmentsApply];
const _sameCommands = true;
void _sameCommands;
const COMMANDS = COMMAND_SPECS.map((c) => c.name);
function commandSpec(name) {
    return COMMAND_SPECS.find((c) => c.name === name);
}
/** The command a two-word command line names (`gates check`), if any. */
function cliSpelling(first, second) {
    return COMMAND_SPECS.find((c) => c.cli !== undefined && c.cli === `${first} ${second}`);
}
/** The database commands that honour a dry run (init's prints the config it would write; environments apply's is of GitHub's side). */
const DRY_RUN_COMMANDS = COMMAND_SPECS.filter((c) => c.dryRun && c.connects && c.writes).map((c) => c.name);
/** The option tables of a command: the shared ones first. */
const optionsOf = (spec) => [...Object.entries(commands_shared/* SHARED_OPTIONS */.TL), ...Object.entries(spec.options)];
/** The GitHub commands: they name a repository (and get the token). */
const usesGithub = (spec) => Object.values(spec.options).includes(REPO);
/** Which commands take an option (by its flag), for "does not apply" errors. */
function commandsWithFlag(flag) {
    return COMMAND_SPECS.filter((c) => Object.values(c.options).some((o) => o.flag === flag)).map((c) => c.name);
}
/**
 * A command's options as the engine's, checked once for both adapters. `raw` says what the
 * adapter found for each of the command's options (by flag); `given` lists the flags the user
 * gave that the command may not take.
 */
function engineOptionsFor(spec, raw, ctx) {
    const values = {};
    for (const [key, option] of Object.entries(spec.options))
        values[key] = readOption(option, raw(option), ctx.env);
    const databaseUrlRaw = raw(commands_shared/* SHARED_OPTIONS */.TL.databaseUrl);
    const databaseUrlGiven = typeof databaseUrlRaw === 'string' && databaseUrlRaw.trim() !== '';
    const shared = {
        databaseUrl: (databaseUrlGiven ? readOption(commands_shared/* SHARED_OPTIONS */.TL.databaseUrl, databaseUrlRaw, ctx.env) : ctx.env.DATABASE_URL || undefined),
        databaseUrlGiven,
        configPath: readOption(commands_shared/* SHARED_OPTIONS */.TL.configPath, raw(commands_shared/* SHARED_OPTIONS */.TL.configPath), ctx.env),
        phases: readOption(commands_shared/* SHARED_OPTIONS */.TL.phases, raw(commands_shared/* SHARED_OPTIONS */.TL.phases), ctx.env) ?? [],
    };
    const { databaseUrlGiven: _given, ...fields } = spec.engine(values, shared, ctx);
    return fields;
}
/** An option the command does not take, named with the commands that do. */
function notApplicable(flag, spec, spelledAs) {
    if (flag === 'dry-run') {
        const why = spec.writes ? `: ${spelledAs} would change the database anyway` : ` (${spelledAs} changes nothing)`;
        return (0,promote_error/* usageError */.Wp)(`--dry-run applies to ${DRY_RUN_COMMANDS.slice(0, -1).join(', ')} and ${DRY_RUN_COMMANDS.at(-1)} only, not ${spelledAs}${why}`, { key: '--dry-run' });
    }
    const takers = commandsWithFlag(flag);
    return (0,promote_error/* usageError */.Wp)(`--${flag} does not apply to ${spelledAs} (only to ${takers.join(', ')})`, { key: `--${flag}` });
}


/***/ }),

/***/ 9053:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ CLI_OPTIONS),
/* harmony export */   TL: () => (/* binding */ SHARED_OPTIONS),
/* harmony export */   lz: () => (/* binding */ NO_OPTIONS),
/* harmony export */   z8: () => (/* binding */ TO_VERSION)
/* harmony export */ });
/* unused harmony export ACTION_INPUTS */
/** Options every command takes. */
const SHARED_OPTIONS = {
    databaseUrl: { flag: 'database-url', type: 'url', arg: 'URL', env: 'DATABASE_URL', secret: true, doc: 'Target database URL (postgres://user:password@host:port/db); pass it from a secret, it is masked. Default: $DATABASE_URL.' },
    configPath: { flag: 'config', type: 'string', arg: 'FILE', doc: 'Promotion config. Default: db/promotion.yml (pg-promote init writes one).' },
    phases: { flag: 'phase', type: 'list', arg: 'NAME', doc: 'Only these phases, comma or newline separated (or the option repeated). Default: every phase, in config order.' },
    debug: { flag: 'debug', type: 'boolean', doc: "Print an internal error's stack trace (the result JSON always holds it). The action also honours the runner's debug logging." },
};
/** The CLI's own switches: what to print and where the result goes as well. */
const CLI_OPTIONS = {
    json: { flag: 'json', input: false, type: 'boolean', doc: 'Print exactly one JSON document on stdout.' },
    resultFile: { flag: 'result-file', input: false, type: 'string', arg: 'FILE', doc: 'Also write that JSON document to FILE (for report --results), whatever is printed.' },
};
/** The action's own inputs: which command, where, and the GitHub stages' inputs. */
const ACTION_INPUTS = {
    command: { description: '', required: true },
    'github-token': { description: 'gates-check, signoffs-check and record-approvals: a token that can read the repository\'s environments and runs (actions: read). review: a token that may comment on the pull request (pull-requests: write). Masked.', default: '${{ github.token }}' },
    'working-directory': { description: 'Repository folder the config and its paths are relative to. Default: the workspace.', default: '.' },
};
const TO_VERSION = {
    flag: 'to', type: 'string', arg: 'VERSION',
    doc: 'plan and migrate: pending migrations up to and including VERSION only (later ones stay pending); one phase. down: revert every applied version above VERSION (VERSION stays applied; --all reverts them all). baseline: record every migration up to and including VERSION as applied without running it.',
};
const NO_OPTIONS = {};


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   p5: () => (/* binding */ parseDurationExact)
/* harmony export */ });
/** Durations in promotion.yml are written as PostgreSQL writes them: 250ms, 5s, 10min, 1h. */
const DURATION_PATTERN = '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|min|h)$';
const UNIT_MS = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
function parseDuration(text) {
    const ms = parseDurationExact(text);
    return ms === undefined ? undefined : Math.round(ms);
}
/** Unrounded, for the few settings finer than a millisecond (the latency gate's floor). */
function parseDurationExact(text) {
    const match = new RegExp(DURATION_PATTERN).exec(text.trim());
    if (!match)
        return undefined;
    const unit = match[2];
    return Number.parseFloat(text) * (UNIT_MS[unit] ?? 0);
}


/***/ }),

/***/ 8768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HT: () => (/* binding */ CONNECTION_ENV),
  yC: () => (/* binding */ KEYWORD_ENV),
  aF: () => (/* binding */ hasConnectionSettings),
  mx: () => (/* binding */ parseDatabaseUrl),
  XC: () => (/* binding */ resolveConnection),
  kR: () => (/* binding */ withDatabase)
});

// UNUSED EXPORTS: defaultSocketDir

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors/promote-error.ts
var promote_error = __nccwpck_require__(2896);
// EXTERNAL MODULE: ./src/db/conninfo.ts
var conninfo = __nccwpck_require__(1818);
;// CONCATENATED MODULE: ./src/db/pgpass.ts

/**
 * libpq's password file: the first line whose host, port, database and user match (a `*`
 * matches anything; `\` escapes `:` and `\`). Like libpq, a file others can read is ignored
 * (with a warning), and a missing file is no error.
 */
function passwordFromFile(file, key, warn) {
    let text;
    try {
        const stat = (0,external_node_fs_.statSync)(file);
        if (!stat.isFile())
            return undefined;
        if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
            warn(`password file "${file}" has group or world access; permissions should be u=rw (0600) or less (ignored, as libpq does)`);
            return undefined;
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const wanted = [key.host, key.port, key.database, key.user];
    for (const line of text.split(/\r?\n/)) {
        if (!line || line.startsWith('#'))
            continue;
        const fields = splitFields(line);
        if (fields.length < 5)
            continue;
        if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w))
            return fields.slice(4).join(':');
    }
    return undefined;
}
function splitFields(line) {
    const fields = [];
    let current = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length)
            current += line[++i];
        else if (c === ':' && fields.length < 4) {
            fields.push(current);
            current = '';
        }
        else
            current += c;
    }
    fields.push(current);
    return fields;
}

;// CONCATENATED MODULE: ./src/db/service-file.ts




/**
 * libpq's connection service file: PGSERVICEFILE or ~/.pg_service.conf first, then
 * PGSYSCONFDIR/pg_service.conf. A service named but defined nowhere is an error, as in libpq.
 */
function serviceSettings(service, env, home) {
    const files = [env.PGSERVICEFILE || external_node_path_default().join(home, '.pg_service.conf')];
    if (env.PGSYSCONFDIR)
        files.push(external_node_path_default().join(env.PGSYSCONFDIR, 'pg_service.conf'));
    for (const file of files) {
        if (!(0,external_node_fs_.existsSync)(file))
            continue;
        const found = readService(file, service);
        if (found)
            return found;
    }
    throw (0,promote_error/* configError */.Fj)(`definition of service "${service}" not found (looked in ${files.join(', ')})`, { key: 'service' });
}
function readService(file, service) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw (0,promote_error/* configError */.Fj)(`cannot read the service file: ${err.message}`, { file, key: 'service' });
    }
    let inService = false;
    let found;
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (!line || line.startsWith('#'))
            return;
        if (line.startsWith('[')) {
            if (found)
                inService = false;
            const name = line.slice(1, line.indexOf(']'));
            inService = name === service;
            if (inService)
                found = {};
            return;
        }
        if (!inService)
            return;
        const eq = line.indexOf('=');
        if (eq < 0)
            throw (0,promote_error/* configError */.Fj)(`syntax error in service file: "${line}" has no "="`, { file, line: index + 1, key: 'service' });
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        if (key === 'service')
            throw (0,promote_error/* configError */.Fj)('nested service specifications are not supported', { file, line: index + 1, key: 'service' });
        if (!conninfo/* LIBPQ_KEYWORDS */._Q.has(key))
            throw (0,promote_error/* configError */.Fj)(`invalid connection option "${key}" in the service file`, { file, line: index + 1, key: 'service' });
        found[key] ??= value;
    });
    return found;
}

;// CONCATENATED MODULE: ./src/db/connection-url.ts








const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/** libpq's environment variable for each keyword. */
const KEYWORD_ENV = {
    host: 'PGHOST', hostaddr: 'PGHOSTADDR', port: 'PGPORT', dbname: 'PGDATABASE', user: 'PGUSER', password: 'PGPASSWORD',
    passfile: 'PGPASSFILE', service: 'PGSERVICE', options: 'PGOPTIONS', application_name: 'PGAPPNAME',
    connect_timeout: 'PGCONNECT_TIMEOUT', client_encoding: 'PGCLIENTENCODING', require_auth: 'PGREQUIREAUTH',
    channel_binding: 'PGCHANNELBINDING', sslmode: 'PGSSLMODE', sslnegotiation: 'PGSSLNEGOTIATION', requiressl: 'PGREQUIRESSL',
    sslcompression: 'PGSSLCOMPRESSION', sslcert: 'PGSSLCERT', sslkey: 'PGSSLKEY', sslcertmode: 'PGSSLCERTMODE',
    sslrootcert: 'PGSSLROOTCERT', sslcrl: 'PGSSLCRL', sslcrldir: 'PGSSLCRLDIR', sslsni: 'PGSSLSNI', requirepeer: 'PGREQUIREPEER',
    ssl_min_protocol_version: 'PGSSLMINPROTOCOLVERSION', ssl_max_protocol_version: 'PGSSLMAXPROTOCOLVERSION',
    gssencmode: 'PGGSSENCMODE', krbsrvname: 'PGKRBSRVNAME', gsslib: 'PGGSSLIB', gssdelegation: 'PGGSSDELEGATION',
    target_session_attrs: 'PGTARGETSESSIONATTRS', load_balance_hosts: 'PGLOADBALANCEHOSTS',
};
/** The variables that shape a libpq connection: a child gets ours and none of the caller's. */
const CONNECTION_ENV = new Set([...Object.values(KEYWORD_ENV), 'PGSERVICEFILE', 'PGSYSCONFDIR']);
const HANDLED = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'service', 'options', 'application_name',
    'connect_timeout', 'sslmode', 'requiressl', 'sslrootcert', 'sslcert', 'sslkey', 'sslcrl', 'sslpassword', 'fallback_application_name',
]);
/** libpq's compiled-in socket folder: Debian's and Red Hat's builds use /var/run/postgresql, upstream /tmp. */
function defaultSocketDir() {
    return (0,external_node_fs_.existsSync)('/var/run/postgresql') ? '/var/run/postgresql' : '/tmp';
}
/** Whether anything at all names a database: a string, or one of the variables libpq reads. */
function hasConnectionSettings(text, env) {
    return Boolean(text) || ['PGHOST', 'PGHOSTADDR', 'PGPORT', 'PGDATABASE', 'PGUSER', 'PGSERVICE'].some((v) => env[v]);
}
/**
 * Resolves a URI or keyword/value string (or none: the environment alone) into the one
 * target. Whatever libpq would refuse is refused here, exit 2, naming the part; the error never
 * repeats the string, which may hold a password.
 */
function resolveConnection(text, options = {}) {
    const option = options.option ?? '--database-url';
    const env = options.env ?? process.env;
    const home = env.HOME || external_node_os_default().homedir();
    const given = text ? (0,conninfo/* parseConninfo */.GL)(text.trim(), option) : {};
    const settings = {};
    const sources = {};
    for (const [k, v] of Object.entries(given)) {
        settings[k] = v;
        sources[k] = option;
    }
    const service = settings.service ?? env.PGSERVICE;
    if (service) {
        for (const [k, v] of Object.entries(serviceSettings(service, env, home))) {
            if (settings[k] !== undefined)
                continue;
            settings[k] = v;
            sources[k] = `service "${service}"`;
        }
    }
    for (const [k, variable] of Object.entries(KEYWORD_ENV)) {
        if (settings[k] !== undefined || !env[variable])
            continue;
        settings[k] = env[variable];
        sources[k] = variable;
    }
    const refuse = (k, what) => {
        throw (0,promote_error/* usageError */.Wp)(`${k}: ${what}`, { key: sources[k] ?? option });
    };
    for (const k of ['host', 'hostaddr', 'port']) {
        if (settings[k]?.includes(',')) {
            refuse(k, `names several servers; pg-promote connects to exactly one, so give one ${k}`);
        }
    }
    if (settings.hostaddr && external_node_net_default().isIP(settings.hostaddr) === 0)
        refuse('hostaddr', `"${settings.hostaddr}" is not a numeric IP address`);
    const host = settings.host || settings.hostaddr || defaultSocketDir();
    const portText = settings.port || '5432';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
        refuse('port', `invalid port number "${portText}"`);
    }
    const port = Number(portText);
    const user = settings.user || osUser();
    const database = settings.dbname || user;
    let sslmode = settings.sslmode;
    if (sslmode === undefined && settings.requiressl === '1')
        sslmode = 'require';
    if (sslmode !== undefined && !SSL_MODES.includes(sslmode)) {
        refuse('sslmode', `invalid value "${sslmode}" (libpq knows ${SSL_MODES.join(', ')})`);
    }
    if (settings.sslrootcert === 'system') {
        // libpq 16+: the system store means verifying the host too; anything weaker is refused.
        if (sslmode === undefined)
            sslmode = 'verify-full';
        else if (sslmode !== 'verify-full')
            refuse('sslmode', `"${sslmode}" may not be used with sslrootcert=system (use verify-full)`);
    }
    let connectTimeoutSeconds;
    if (settings.connect_timeout !== undefined && settings.connect_timeout !== '') {
        if (!/^-?\d+$/.test(settings.connect_timeout))
            refuse('connect_timeout', `invalid integer value "${settings.connect_timeout}"`);
        const seconds = Number(settings.connect_timeout);
        connectTimeoutSeconds = seconds <= 0 ? undefined : Math.max(2, seconds);
    }
    const isSocket = host.startsWith('/');
    let password = settings.password || undefined;
    let passfile;
    if (password === undefined) {
        passfile = settings.passfile || external_node_path_default().join(home, '.pgpass');
        const pgpassHost = isSocket && host === defaultSocketDir() ? 'localhost' : settings.host || settings.hostaddr || 'localhost';
        password = passwordFromFile(passfile, { host: pgpassHost, port: String(port), database, user }, options.warn ?? (() => undefined));
        if (password !== undefined)
            sources.password = 'the password file';
    }
    // libpq's default files, looked for once: whatever is found is part of the resolution.
    const dotDir = external_node_path_default().join(home, '.postgresql');
    for (const [k, file] of [['sslrootcert', 'root.crt'], ['sslcert', 'postgresql.crt'], ['sslkey', 'postgresql.key'], ['sslcrl', 'root.crl']]) {
        if (settings[k] || !(0,external_node_fs_.existsSync)(external_node_path_default().join(dotDir, file)))
            continue;
        settings[k] = external_node_path_default().join(dotDir, file);
        sources[k] = `libpq's default ${external_node_path_default().join(dotDir, file)}`;
    }
    const extra = {};
    for (const [k, v] of Object.entries(settings))
        if (!HANDLED.has(k))
            extra[k] = v;
    const shownHost = settings.hostaddr && settings.host ? `${settings.host} (${settings.hostaddr})` : host;
    return {
        host,
        hostaddr: settings.hostaddr || undefined,
        port,
        database,
        user,
        password,
        passfile,
        ssl: {
            mode: sslmode ?? 'prefer',
            rootcert: settings.sslrootcert || undefined,
            cert: settings.sslcert || undefined,
            key: settings.sslkey || undefined,
            crl: settings.sslcrl || undefined,
            keyPassword: settings.sslpassword || undefined,
        },
        options: settings.options || undefined,
        applicationName: settings.application_name || undefined,
        connectTimeoutSeconds,
        extra,
        sources,
        display: `${user}@${shownHost}:${port}/${database}`,
    };
}
/** The same target, another database on that server (a scratch copy). */
function withDatabase(target, database) {
    return { ...target, database, display: `${target.display.slice(0, target.display.length - target.database.length)}${database}` };
}
/** Kept for the adapters: a string resolved against the process's environment. */
function parseDatabaseUrl(url, option = '--database-url', env = process.env) {
    return resolveConnection(url, { option, env });
}
function osUser() {
    try {
        return external_node_os_default().userInfo().username;
    }
    catch {
        throw (0,promote_error/* usageError */.Wp)('no user name: set user in the connection string or PGUSER (the OS user has no name)', { key: 'PGUSER' });
    }
}


/***/ }),

/***/ 1818:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ quoteConninfoValue),
/* harmony export */   GL: () => (/* binding */ parseConninfo),
/* harmony export */   _Q: () => (/* binding */ LIBPQ_KEYWORDS)
/* harmony export */ });
/* unused harmony export isUri */
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2896);

/** Every keyword libpq 13 to 18 knows; anything else it refuses, and so do we. */
const LIBPQ_KEYWORDS = new Set([
    'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'require_auth', 'channel_binding',
    'connect_timeout', 'client_encoding', 'options', 'application_name', 'fallback_application_name',
    'keepalives', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
    'gssencmode', 'sslmode', 'sslnegotiation', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode',
    'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'ssl_min_protocol_version', 'ssl_max_protocol_version',
    'krbsrvname', 'gsslib', 'gssdelegation', 'service', 'target_session_attrs', 'load_balance_hosts', 'requiressl',
]);
const URI_PREFIX = /^postgres(?:ql)?:\/\//;
const isUri = (text) => URI_PREFIX.test(text);
function parseConninfo(text, option) {
    // libpq would read mysql://... as a keyword string and complain about "="; say what it is.
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
    if (scheme && !isUri(text))
        refuse(option, `${option} must start with postgres:// or postgresql:// (got ${scheme[1]}://)`);
    return isUri(text) ? parseUri(text, option) : parseKeywords(text, option);
}
function refuse(option, what) {
    throw (0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .usageError */ .Wp)(what, { key: option });
}
/** %XX only (libpq does not read '+' as a space), and never %00. */
function decode(value, option, part) {
    if (!value.includes('%'))
        return value;
    const bytes = [];
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c !== '%') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const hex = value.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(hex))
            refuse(option, `invalid percent-encoded token in the ${part} (a % must be followed by two hex digits)`);
        if (hex === '00')
            refuse(option, `forbidden value %00 in the ${part}`);
        bytes.push(parseInt(hex, 16));
        i += 2;
    }
    return Buffer.from(bytes).toString('utf8');
}
function setKeyword(info, key, value, option, where) {
    if (!LIBPQ_KEYWORDS.has(key))
        refuse(option, `invalid ${where} "${key}"`);
    info[key] = value;
}
/** libpq's conninfo_uri_parse_options, step by step. */
function parseUri(text, option) {
    const info = {};
    let rest = text.replace(URI_PREFIX, '');
    // user[:password]@ ends at the first '@' before any '/' or '?'
    const at = rest.search(/[@/?]/);
    if (at >= 0 && rest[at] === '@') {
        const credentials = rest.slice(0, at);
        const colon = credentials.indexOf(':');
        const user = colon >= 0 ? credentials.slice(0, colon) : credentials;
        if (user)
            info.user = decode(user, option, 'user name');
        if (colon >= 0) {
            const password = credentials.slice(colon + 1);
            if (password)
                info.password = decode(password, option, 'password');
        }
        rest = rest.slice(at + 1);
    }
    // host[:port] (or [ipv6][:port]), several separated by commas, up to '/' or '?'
    const netEnd = rest.search(/[/?]/);
    const netloc = netEnd >= 0 ? rest.slice(0, netEnd) : rest;
    rest = netEnd >= 0 ? rest.slice(netEnd) : '';
    const hosts = [];
    const ports = [];
    if (netloc) {
        for (const entry of splitHosts(netloc, option)) {
            let host;
            let port = '';
            if (entry.startsWith('[')) {
                const close = entry.indexOf(']');
                if (close < 0)
                    refuse(option, 'missing "]" in an IPv6 host address');
                if (close === 1)
                    refuse(option, 'IPv6 host address may not be empty');
                host = entry.slice(1, close);
                const after = entry.slice(close + 1);
                if (after && !after.startsWith(':'))
                    refuse(option, `unexpected character "${after[0]}" after the IPv6 host address`);
                port = after.slice(1);
            }
            else {
                const colon = entry.indexOf(':');
                host = colon >= 0 ? entry.slice(0, colon) : entry;
                port = colon >= 0 ? entry.slice(colon + 1) : '';
                host = decode(host, option, 'host');
            }
            hosts.push(host);
            ports.push(decode(port, option, 'port'));
        }
        if (hosts.some(Boolean))
            info.host = hosts.join(',');
        if (ports.some(Boolean))
            info.port = ports.join(',');
    }
    if (rest.startsWith('/')) {
        const q = rest.indexOf('?');
        const db = q >= 0 ? rest.slice(1, q) : rest.slice(1);
        if (db)
            info.dbname = decode(db, option, 'database name');
        rest = q >= 0 ? rest.slice(q) : '';
    }
    if (rest.startsWith('?')) {
        for (const pair of rest.slice(1).split('&')) {
            if (pair === '')
                continue;
            const eq = pair.indexOf('=');
            if (eq < 0)
                refuse(option, `missing key/value separator "=" in URI query parameter "${decode(pair, option, 'query')}"`);
            if (pair.indexOf('=', eq + 1) >= 0)
                refuse(option, `extra key/value separator "=" in URI query parameter "${decode(pair.slice(0, eq), option, 'query')}"`);
            let key = decode(pair.slice(0, eq), option, 'query parameter name');
            let value = decode(pair.slice(eq + 1), option, `value of ${key}`);
            // libpq's one alias, for JDBC-style URIs
            if (key === 'ssl' && value === 'true') {
                key = 'sslmode';
                value = 'require';
            }
            setKeyword(info, key, value, option, 'URI query parameter');
        }
    }
    return info;
}
function splitHosts(netloc, option) {
    const entries = [];
    let current = '';
    let inBracket = false;
    for (const c of netloc) {
        if (c === '[')
            inBracket = true;
        if (c === ']')
            inBracket = false;
        if (c === ',' && !inBracket) {
            entries.push(current);
            current = '';
        }
        else
            current += c;
    }
    if (inBracket)
        refuse(option, 'missing "]" in an IPv6 host address');
    entries.push(current);
    return entries;
}
/** libpq's conninfo_parse: key = value pairs, values bare or in single quotes, backslash escapes. */
function parseKeywords(text, option) {
    const info = {};
    let i = 0;
    const n = text.length;
    const space = (c) => c !== undefined && /\s/.test(c);
    while (i < n) {
        while (space(text[i]))
            i++;
        if (i >= n)
            break;
        let key = '';
        while (i < n && text[i] !== '=' && !space(text[i]))
            key += text[i++];
        while (space(text[i]))
            i++;
        if (text[i] !== '=')
            refuse(option, `missing "=" after "${key}" in the connection string`);
        i++;
        while (space(text[i]))
            i++;
        let value = '';
        if (text[i] === "'") {
            i++;
            for (;;) {
                if (i >= n)
                    refuse(option, 'unterminated quoted string in the connection string');
                const c = text[i];
                if (c === '\\' && i + 1 < n) {
                    value += text[i + 1];
                    i += 2;
                }
                else if (c === "'") {
                    i++;
                    break;
                }
                else {
                    value += c;
                    i++;
                }
            }
        }
        else {
            while (i < n && !space(text[i])) {
                if (text[i] === '\\' && i + 1 < n)
                    i++;
                value += text[i++];
            }
        }
        setKeyword(info, key, value, option, 'connection option');
    }
    return info;
}
/** A value for a keyword/value string (children's --dbname): quoted, quotes and backslashes escaped. */
const quoteConninfoValue = (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;


/***/ }),

/***/ 5970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   runEngine: () => (/* binding */ runEngine)
/* harmony export */ });
/* harmony import */ var _errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7288);
/* harmony import */ var _errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2896);
/* harmony import */ var _errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1570);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2239);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(938);





/**
 * The engine's single entry point. It never throws: every outcome, including bad input and
 * lost connections, comes back as a PromoteResult with its exit code.
 */
async function runEngine(options) {
    const started = Date.now();
    const spec = (0,_commands_index_js__WEBPACK_IMPORTED_MODULE_3__/* .commandSpec */ .Lx)(options.command);
    const envelope = { command: options.command, ok: false, exitCode: 0, startedAt: new Date(started).toISOString(), durationMs: 0, warnings: [] };
    // The command's own report: the one its run returns, else its empty one.
    let report = spec.report(options);
    const took = (outcome) => {
        if (outcome instanceof _outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .Failed */ .cV) {
            report = outcome.report;
            envelope.error = (0,_errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__/* .errorInfo */ .f)((0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(outcome.error));
        }
        else
            report = outcome;
    };
    const emit = options.onEvent ?? (() => undefined);
    let session;
    try {
        if (spec.config === 'none')
            took(await spec.run({ options, envelope, emit }));
        else if (!spec.connects) {
            const { loadConfig } = await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(345)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1036));
            let config;
            // Read when the command first asks: the GitHub commands mostly never do.
            const ctx = { options, envelope, emit, get config() { return (config ??= loadConfig({ root: options.root, configPath: options.configPath })); } };
            took(await spec.run(ctx));
        }
        else {
            const prepared = (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(952), __nccwpck_require__.e(245), __nccwpck_require__.e(179), __nccwpck_require__.e(141), __nccwpck_require__.e(493)]).then(__nccwpck_require__.bind(__nccwpck_require__, 493))).prepare(options);
            envelope.warnings.push(...prepared.warnings);
            for (const s of prepared.phases.flatMap((p) => p.skipped))
                envelope.warnings.push(`${s.file}: skipped: ${s.why} (only files are migrations)`);
            // Maintenance windows are checked before connecting: a refused run touches nothing.
            const settings = await spec.resolve?.(prepared.config, options);
            const windowGate = prepared.config.maintenanceWindows.length > 0 ? await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(481)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2481)) : undefined;
            const window = windowGate?.checkWindow({ ...prepared, command: options.command, rules: spec.windows, dryRun: Boolean(options.dryRun) && spec.dryRun, outsideWindowReason: options.outsideWindowReason }, envelope);
            // The driver loads only for commands that connect: offline ones (boundary-check, lint) never need it.
            const { openSession } = await __nccwpck_require__.e(/* import() */ 375).then(__nccwpck_require__.bind(__nccwpck_require__, 6375));
            session = await openSession(prepared.target, `pg-promote ${options.command}`);
            envelope.database = { target: prepared.target.display, database: prepared.target.database, serverVersion: session.serverVersion };
            emit({ type: 'connected', target: prepared.target.display, serverVersion: session.serverVersion });
            // restore's pg_restore --clean replaces the events table with the backup's: its override is written after it.
            const overrideAfter = options.command === 'restore';
            if (window?.overridden && !overrideAfter)
                await windowGate.recordWindowOverride(session.client, prepared, envelope, window);
            try {
                took(await spec.run({ options, prepared, session, envelope, emit, settings }));
            }
            finally {
                if (window?.overridden && overrideAfter && !session.lost()) {
                    await windowGate.recordWindowOverride(session.client, prepared, envelope, window).catch((err) => {
                        envelope.warnings.push(`the maintenance-window override could not be recorded: ${err.message}`);
                    });
                }
            }
        }
    }
    catch (err) {
        envelope.error = (0,_errors_error_info_js__WEBPACK_IMPORTED_MODULE_2__/* .errorInfo */ .f)((0,_errors_promote_error_js__WEBPACK_IMPORTED_MODULE_1__/* .asPromoteError */ .XO)(err));
    }
    finally {
        await session?.close();
    }
    return finish({ ...envelope, ...report }, started);
}
function finish(result, started) {
    for (const phase of 'phases' in result ? result.phases : []) {
        const counts = result.counts;
        for (const file of phase.files) {
            if (file.status === 'applied')
                counts.applied++;
            else if (file.status === 'pending' || file.status === 'would-revert')
                counts.pending++;
            else if (file.status === 'failed')
                counts.failed++;
            else if (file.status === 'reverted')
                counts.reverted++;
        }
    }
    result.exitCode = (0,_errors_exit_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .exitCodeFor */ .R)(result.error?.kind);
    result.ok = result.exitCode === 0;
    result.durationMs = Date.now() - started;
    return result;
}


/***/ }),

/***/ 938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   cV: () => (/* binding */ Failed),
/* harmony export */   qZ: () => (/* binding */ endWith),
/* harmony export */   vR: () => (/* binding */ reporting)
/* harmony export */ });
class Failed {
    report;
    error;
    constructor(report, error) {
        this.report = report;
        this.error = error;
    }
}
/** The report, failed by `error` when there is one (a check that found problems). */
const endWith = (report, error) => (error === undefined ? report : new Failed(report, error));
/**
 * Runs `work` filling `report` in as it goes: the report when it ends, the report so far with
 * the error when it throws (what was applied before a migration failed is still said).
 */
async function reporting(report, work) {
    try {
        await work(report);
        return report;
    }
    catch (err) {
        return new Failed(report, err);
    }
}


/***/ }),

/***/ 1570:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ errorInfo)
/* harmony export */ });
/* harmony import */ var _promote_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2896);

function errorInfo(error) {
    const info = { kind: error.kind, message: error.message, ...error.context };
    if (error instanceof _promote_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InternalError */ .Gd && error.stack)
        info.stack = error.stack;
    return info;
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ exitCodeFor)
/* harmony export */ });
const EXIT_CODES = {
    usage: 2,
    config: 2,
    connection: 2,
    permission: 2,
    migration: 1,
    drift: 1,
    lock: 1,
    check: 1,
    internal: 1,
};
function exitCodeFor(kind) {
    return kind === undefined ? 0 : EXIT_CODES[kind];
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AC: () => (/* binding */ formatErrorLine),
/* harmony export */   HI: () => (/* binding */ formatErrorLines),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   zi: () => (/* binding */ serverErrorText)
/* harmony export */ });
/**
 * One line for a person: where (file:line:column, or the key), what, and the SQLSTATE.
 * Detail and hint follow on their own lines only when the server gave them.
 */
function formatErrorLine(error) {
    const at = locationOf(error);
    // "--event: --event must be ..." says the key twice: a message that starts with it is enough.
    const where = at && !error.file && error.message.startsWith(at) ? '' : at;
    const state = error.sqlstate ? ` [SQLSTATE ${error.sqlstate}]` : '';
    return `${where ? `${where}: ` : ''}${error.message}${state}`;
}
function formatErrorLines(error) {
    const lines = [formatErrorLine(error)];
    // A server's detail or hint may run over several lines: each goes under its label, indented.
    const labelled = (label, text) => text.split(/\r?\n/).map((l, i) => (i === 0 ? `  ${label}: ${l}` : `    ${l}`));
    if (error.detail)
        lines.push(...labelled('detail', error.detail));
    if (error.hint)
        lines.push(...labelled('hint', error.hint));
    return lines;
}
function locationOf(error) {
    if (error.file) {
        if (error.line === undefined)
            return error.file;
        return error.column === undefined ? `${error.file}:${error.line}` : `${error.file}:${error.line}:${error.column}`;
    }
    return error.key ?? '';
}
/** The first line of a message: what one-line errors and readings quote of a longer one. */
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}
/**
 * A server error (or any thrown value) as one line of text with its SQLSTATE, for places that
 * report it as a finding or a reading rather than throw it on.
 */
function serverErrorText(err) {
    const e = err;
    const state = e.code && /^[0-9A-Z]{5}$/.test(e.code) ? ` [SQLSTATE ${e.code}]` : '';
    return `${firstLine(e.message ?? String(err))}${state}`;
}


/***/ }),

/***/ 2896:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EC: () => (/* binding */ CheckFailed),
/* harmony export */   Fj: () => (/* binding */ configError),
/* harmony export */   GK: () => (/* binding */ ConnectionFailed),
/* harmony export */   Gd: () => (/* binding */ InternalError),
/* harmony export */   JC: () => (/* binding */ PermissionDenied),
/* harmony export */   K0: () => (/* binding */ Drift),
/* harmony export */   Oh: () => (/* binding */ errorOfKind),
/* harmony export */   Wp: () => (/* binding */ usageError),
/* harmony export */   XO: () => (/* binding */ asPromoteError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   fC: () => (/* binding */ LockNotAcquired),
/* harmony export */   g6: () => (/* binding */ MigrationFailed),
/* harmony export */   jG: () => (/* binding */ PromoteError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export ConnectionLost */
class PromoteError extends Error {
    context;
    constructor(message, context = {}, options) {
        super(message, options);
        this.name = new.target.name;
        this.context = context;
    }
}
/** Bad command line or action input. */
class UsageError extends PromoteError {
    kind = 'usage';
}
/** Bad promotion.yml or migration tree. */
class ConfigError extends PromoteError {
    kind = 'config';
}
/** The database (or GitHub's API) cannot be reached or refuses the login. */
class ConnectionFailed extends PromoteError {
    kind = 'connection';
}
/** A connection that was open went away (server restart, network, pg_terminate_backend). */
class ConnectionLost extends (/* unused pure expression or super */ null && (ConnectionFailed)) {
}
/** The role lacks a privilege pg-promote needs. */
class PermissionDenied extends PromoteError {
    kind = 'permission';
}
/** A statement failed while a file was applied. */
class MigrationFailed extends PromoteError {
    kind = 'migration';
}
/** History and files disagree. */
class Drift extends PromoteError {
    kind = 'drift';
}
/** Another run holds the lock, or the lock retries ran out. */
class LockNotAcquired extends PromoteError {
    kind = 'lock';
}
/** A check, gate or verification failed. */
class CheckFailed extends PromoteError {
    kind = 'check';
}
/** A bug in pg-promote: it keeps the stack of what was thrown. */
class InternalError extends PromoteError {
    kind = 'internal';
}
const CLASSES = {
    usage: UsageError,
    config: ConfigError,
    connection: ConnectionFailed,
    permission: PermissionDenied,
    migration: MigrationFailed,
    drift: Drift,
    lock: LockNotAcquired,
    check: CheckFailed,
    internal: InternalError,
};
/** The error of a kind known only at run time (an earlier error's, a setting's source). */
function errorOfKind(kind, message, context = {}, options) {
    return new CLASSES[kind](message, context, options);
}
const usageError = (message, context = {}) => new UsageError(message, context);
const configError = (message, context = {}) => new ConfigError(message, context);
/** Anything thrown that is not a PromoteError is a bug: keep its message and its stack, call it internal. */
function asPromoteError(err) {
    if (err instanceof PromoteError)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    const internal = new InternalError(`unexpected error: ${message}`, {}, { cause: err });
    if (err instanceof Error && err.stack)
        internal.stack = err.stack;
    return internal;
}


/***/ }),

/***/ 5980:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DR: () => (/* binding */ evaluateGate),
/* harmony export */   R1: () => (/* binding */ againstThreshold),
/* harmony export */   YB: () => (/* binding */ describeReading)
/* harmony export */ });
/* harmony import */ var _errors_format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4532);

/** Passes only the parameters the query names: PostgreSQL rejects a bind with more than it uses. */
function parametersFor(sql, window) {
    const used = [...sql.matchAll(/\$([0-9]+)\b/g)].map((m) => Number(m[1]));
    const highest = used.length > 0 ? Math.max(...used) : 0;
    return [window.movedAt, `${window.windowMs / 1000} seconds`].slice(0, highest);
}
const asNumber = (v) => {
    if (v === null || v === undefined || v === '')
        return undefined;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : undefined;
};
const shown = (v) => {
    if (v === null || v === undefined)
        return null;
    if (v instanceof Date)
        return v.toISOString();
    const n = asNumber(v);
    return n !== undefined && typeof v !== 'boolean' ? n : String(v);
};
/**
 * Runs one gate outside any transaction (nothing is held open between evaluations) and judges
 * it. A gate that cannot be evaluated never passes: a failed query is an error at once; no
 * rows is 'pending' while the window runs and 'no-rows' (a failure) when it has ended.
 */
async function evaluateGate(client, gate, window, final) {
    let rows;
    try {
        rows = (await client.query(gate.sql, parametersFor(gate.sql, window))).rows;
    }
    catch (err) {
        return { name: gate.name, status: 'error', error: (0,_errors_format_js__WEBPACK_IMPORTED_MODULE_0__/* .serverErrorText */ .zi)(err) };
    }
    if (rows.length > 0 && !('value' in rows[0])) {
        return { name: gate.name, status: 'error', rows: rows.length, error: "the query returns no column named 'value'" };
    }
    const valued = rows.filter((r) => asNumber(r.value) !== undefined);
    if (valued.length < rows.length) {
        return { name: gate.name, status: 'error', rows: rows.length, error: `${rows.length - valued.length} row(s) with a value that is NULL or not a number` };
    }
    if (valued.length === 0)
        return { name: gate.name, status: final ? 'no-rows' : 'pending', rows: 0 };
    const value = (r) => asNumber(r.value);
    // The worst row decides: the highest against a max, else the lowest against a min.
    const overMax = gate.max !== undefined ? valued.filter((r) => value(r) > gate.max) : [];
    const underMin = gate.min !== undefined ? valued.filter((r) => value(r) < gate.min) : [];
    const pickMax = (list) => list.reduce((a, b) => (value(b) > value(a) ? b : a));
    const pickMin = (list) => list.reduce((a, b) => (value(b) < value(a) ? b : a));
    const worst = overMax.length > 0 ? pickMax(overMax) : underMin.length > 0 ? pickMin(underMin) : gate.max !== undefined ? pickMax(valued) : pickMin(valued);
    const detail = {};
    for (const [k, v] of Object.entries(worst))
        if (k !== 'value')
            detail[k] = shown(v);
    return {
        name: gate.name,
        status: overMax.length > 0 || underMin.length > 0 ? 'breach' : 'ok',
        value: value(worst),
        rows: valued.length,
        detail,
    };
}
/** "14 > 10", "0 ≤ 10", "97 ≥ 95": the value against the threshold it was judged by. */
function againstThreshold(gate, value) {
    if (gate.max !== undefined && value > gate.max)
        return `${value} > ${gate.max}`;
    if (gate.min !== undefined && value < gate.min)
        return `${value} < ${gate.min}`;
    if (gate.max !== undefined)
        return `${value} ≤ ${gate.max}`;
    return `${value} ≥ ${gate.min}`;
}
/** One gate's reading as a few words for a progress line or a message. */
function describeReading(gate, reading) {
    switch (reading.status) {
        case 'error':
            return `${reading.name} cannot be evaluated: ${reading.error}`;
        case 'pending':
            return `${reading.name}: no rows yet`;
        case 'no-rows':
            return `${reading.name} cannot be evaluated: no rows in the whole window`;
        default: {
            const extra = Object.entries(reading.detail ?? {})
                .filter(([, v]) => typeof v === 'number')
                .map(([k, v]) => `${k} ${v}`)
                .join(', ');
            return `${reading.name} ${againstThreshold(gate, reading.value)}${extra ? ` (${extra})` : ''}`;
        }
    }
}


/***/ }),

/***/ 8030:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ span)
/* harmony export */ });
/** A duration as a person reads it in a progress line: 500 ms, 1.5 s, 30 min, 1 h. */
function span(ms) {
    if (ms >= 3_600_000 && ms % 60_000 === 0)
        return `${+(ms / 3_600_000).toFixed(2)} h`;
    if (ms >= 60_000)
        return `${+(ms / 60_000).toFixed(1)} min`;
    return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Sizes for people, in binary units (what du -h and pg_size_pretty count in): 512 B, 3.3 MiB, 348 MiB. */
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = n / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value >= 100 ? 0 : 1)} ${units[unit]}`;
}


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ latencyFailed),
/* harmony export */   ek: () => (/* binding */ latencyLines),
/* harmony export */   y: () => (/* binding */ latencySection)
/* harmony export */ });
/* unused harmony export latencyMarkdown */
const ms = (n) => (n === undefined ? '-' : n >= 100 ? `${n.toFixed(0)} ms` : n >= 1 ? `${n.toFixed(2)} ms` : `${n.toFixed(3)} ms`);
const ratio = (t) => (t ? `${t.ratio.toFixed(2)}x [${t.low.toFixed(2)}, ${t.high.toFixed(2)}]` : '-');
const METRIC = { client: 'client time', server: 'server time' };
const VERDICT = {
    pass: 'pass',
    fail: 'FAIL',
    inconclusive: 'inconclusive',
    'not-measured': 'NOT MEASURED',
    'not-compared': 'not compared',
};
/** What the verdict does to the gate: the settings decide whether inconclusive fails. */
function fails(v, l) {
    return v.verdict === 'fail' || v.verdict === 'not-measured' || (l.settings.inconclusive === 'fail' && (v.verdict === 'inconclusive' || v.verdict === 'not-compared'));
}
function latencyFailed(l) {
    return (l.verdicts ?? []).some((v) => fails(v, l));
}
function method(l) {
    const s = l.settings;
    return `${s.runs} runs a side over ${s.spanMs / 1000} s, ${s.samples} timed executions per probe per run; judged on the server's execution time; a probe fails when the 95% interval of after/before (Holm-adjusted across probes) lies above +${s.maxIncreasePct}% and it grew by at least ${ms(s.noiseFloorMs)}; inconclusive ${s.inconclusive === 'fail' ? 'fails' : 'warns'}; a changed plan ${s.planChange === 'fail' ? 'fails' : 'warns'}`;
}
function planText(v) {
    const p = v.plan;
    if (!p)
        return '-';
    const blocks = `${p.before?.sharedBlocks ?? '-'} → ${p.after?.sharedBlocks ?? '-'} shared blocks${p.blocksGrew ? ' (grew)' : ''}`;
    return p.shapeChanged ? `plan changed: ${p.before.shape} → ${p.after.shape}; ${blocks}` : `same plan; ${blocks}`;
}
/** Summary lines for the CLI and the action's log. */
function latencyLines(result) {
    const l = result.latency;
    if (!l)
        return [];
    const lines = [];
    if (l.mode === 'baseline') {
        lines.push(`latency baseline: ${l.probes.length} probes written to ${l.file} (${l.settings.runs} runs over ${l.settings.spanMs / 1000} s, ${l.settings.samples} timed executions per probe per run)`);
        for (const p of l.probes) {
            if (p.error)
                lines.push(`  ${p.name.padEnd(28)} NOT MEASURED: ${p.error}`);
            else
                lines.push(`  ${p.name.padEnd(28)} client ${ms(p.clientMs)}  server ${ms(p.serverMs)}  ±${p.spreadPct ?? '-'}% run to run (server)  plan: ${p.plan?.sharedBlocks ?? '-'} shared blocks`);
        }
    }
    else {
        lines.push(`latency compare with ${l.file} (taken ${l.baselineTakenAt}): ${method(l)}`);
        if (l.machine)
            lines.push(`  machine: ${l.machine}`);
        for (const v of l.verdicts ?? []) {
            const t = v.timing;
            lines.push(`  ${v.name.padEnd(28)} ${t ? `server ${ms(t.beforeMs)} → ${ms(t.afterMs)}  ${ratio(t)}  ` : ''}${VERDICT[v.verdict]}: ${v.reason}`);
            if (v.client)
                lines.push(`  ${''.padEnd(28)} client ${ms(v.client.beforeMs)} → ${ms(v.client.afterMs)}  ${ratio(v.client)} (not judged)`);
            if (v.plan)
                lines.push(`  ${''.padEnd(28)} ${planText(v)}`);
        }
        for (const c of l.controls ?? [])
            lines.push(`  control ${`${c.name} (${c.metric})`.padEnd(20)} ${ms(c.timing.beforeMs)} → ${ms(c.timing.afterMs)}  ${ratio(c.timing)}`);
    }
    lines.push(...statementLines(l));
    return lines;
}
function statementLines(l) {
    if (!l.statements.available)
        return [`  pg_stat_statements: not available (${l.statements.reason})`];
    if (l.mode === 'baseline')
        return ["  pg_stat_statements: the application's statements recorded per run window, for the comparison"];
    const rows = l.statements.compared ?? [];
    return [
        `  pg_stat_statements: ${rows.length} of the baseline's statements ran in both windows; mean time per window, after/before:`,
        ...rows.map((s) => `    ${ms(s.timing?.beforeMs)} → ${ms(s.timing?.afterMs)}  ${ratio(s.timing)}  ${s.verdict === 'fail' ? 'slower (warning)' : VERDICT[s.verdict]}: ${s.reason} (${s.callsBefore} → ${s.callsAfter} calls)  ${s.query.slice(0, 80)}`),
    ];
}
const cell = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Job-summary sections (markdown). */
function latencyMarkdown(result) {
    return result.latency ? [latencySection(result.latency, '###')] : [];
}
function latencySection(l, heading) {
    const lines = [];
    if (l.mode === 'baseline') {
        lines.push(`${heading} Latency baseline`, '', `Written to \`${cell(l.file)}\`: ${l.settings.runs} runs over ${l.settings.spanMs / 1000} s, ${l.settings.samples} timed executions per probe per run.`, '');
        lines.push('| probe | client time | server time (judged) | server run to run | shared blocks |', '|---|---:|---:|---:|---:|');
        for (const p of l.probes) {
            if (p.error)
                lines.push(`| \`${p.name}\` | ❌ not measured: ${cell(p.error)} | | | |`);
            else
                lines.push(`| \`${p.name}\` | ${ms(p.clientMs)} | ${ms(p.serverMs)} | ±${p.spreadPct ?? '-'}% | ${p.plan?.sharedBlocks ?? '-'} |`);
        }
    }
    else {
        const failed = latencyFailed(l);
        const warned = !failed && (l.verdicts ?? []).some((v) => v.verdict !== 'pass');
        lines.push(`${heading} ${failed ? '❌' : warned ? '⚠️' : '✅'} Latency against the baseline`, '', `Baseline \`${cell(l.file)}\` taken ${l.baselineTakenAt}; ${cell(method(l))}.`, '');
        if (l.machine)
            lines.push(`Machine: ${cell(l.machine)}.`, '');
        lines.push('| probe | server before | server after | ratio [95% interval] | verdict | client time (not judged) | plan / buffers |', '|---|---:|---:|---:|---|---:|---|');
        for (const v of l.verdicts ?? []) {
            const t = v.timing;
            const mark = fails(v, l) ? '❌ ' : v.verdict === 'pass' ? '' : '⚠️ ';
            lines.push(`| \`${v.name}\` | ${ms(t?.beforeMs)} | ${ms(t?.afterMs)} | ${ratio(t)} | ${mark}${VERDICT[v.verdict]}: ${cell(v.reason)} | ${v.client ? `${ms(v.client.beforeMs)} → ${ms(v.client.afterMs)}, ${ratio(v.client)}` : '-'} | ${cell(planText(v))} |`);
        }
        if ((l.controls ?? []).length > 0) {
            lines.push('', '| control | before | after | ratio [95% interval] |', '|---|---:|---:|---:|');
            for (const c of l.controls)
                lines.push(`| ${c.name} (${METRIC[c.metric]}) | ${ms(c.timing.beforeMs)} | ${ms(c.timing.afterMs)} | ${ratio(c.timing)} |`);
        }
    }
    if (!l.statements.available)
        lines.push('', `pg_stat_statements: not available (${cell(l.statements.reason ?? '')}).`);
    else if (l.mode === 'compare' && l.statements.compared?.length) {
        lines.push('', '| statement (pg_stat_statements, ran in both windows) | mean before | mean after | ratio [95% interval] | calls | verdict |', '|---|---:|---:|---:|---:|---|');
        for (const s of l.statements.compared) {
            lines.push(`| \`${cell(s.query.slice(0, 80))}\` | ${ms(s.timing?.beforeMs)} | ${ms(s.timing?.afterMs)} | ${ratio(s.timing)} | ${s.callsBefore} → ${s.callsAfter} | ${s.verdict === 'fail' ? '⚠️ slower (warning)' : VERDICT[s.verdict]}: ${cell(s.reason)} |`);
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 7266:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MF: () => (/* binding */ rampLines),
/* harmony export */   U3: () => (/* binding */ rampSection)
/* harmony export */ });
/* unused harmony export rampMarkdown */
/* harmony import */ var _ramp_gates_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5980);
/* harmony import */ var _ramp_span_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8030);


/** Rows in the readings table and points in a chart: a long window is sampled evenly, its end always kept. */
const MAX_TABLE_ROWS = 12;
const MAX_CHART_POINTS = 40;
const OUTCOME = {
    passed: 'held: every gate passed for the whole window',
    reverted: 'REVERTED',
    'revert-skipped': 'FAILED, not reverted (changed by someone else meanwhile)',
};
/** Summary lines for the CLI and the action's log. */
function rampLines(result) {
    const r = result.ramp;
    if (!r)
        return [];
    const lines = [
        `ramp: ${r.flag} ${r.from}% → ${r.to}%${r.forced ? ' (forced)' : ''}${r.resumed ? ' (resumed)' : ''}: ${OUTCOME[r.outcome]}; now at ${r.finalPercentage}%`,
        `  window ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.windowMs)}, ${r.readings.length} evaluation${r.readings.length === 1 ? '' : 's'} every ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.intervalMs)}`,
    ];
    for (const gate of r.gates)
        lines.push(`  ${gateSummary(gate, r.readings)}`);
    if (r.reason)
        lines.push(`  why: ${r.reason}`);
    return lines;
}
/** A gate over the whole watch: its worst reading and how many evaluations answered. */
function gateSummary(gate, readings) {
    const own = readings.map((x) => x.gates.find((g) => g.name === gate.name)).filter((g) => g !== undefined);
    const valued = own.filter((g) => g.value !== undefined);
    const worst = valued.length === 0 ? undefined : valued.reduce((a, b) => (gate.max !== undefined ? (b.value > a.value ? b : a) : b.value < a.value ? b : a));
    const threshold = gate.max !== undefined ? `max ${gate.max}` : `min ${gate.min}`;
    const failed = own.find((g) => g.status === 'error' || g.status === 'no-rows');
    const worstText = worst ? `worst ${(0,_ramp_gates_js__WEBPACK_IMPORTED_MODULE_1__/* .againstThreshold */ .R1)(gate, worst.value)}` : 'no value';
    return `${gate.name} (${threshold}): ${worstText}, ${valued.length} of ${own.length} evaluations answered${failed ? `; ${failed.status === 'error' ? `error: ${failed.error}` : 'no rows'}` : ''}`;
}
/** Job-summary sections (markdown). */
function rampMarkdown(result) {
    return result.ramp ? [rampSection(result.ramp, '###')] : [];
}
/** The ramp as markdown: outcome, the readings as a small table, one mermaid chart per gate. */
function rampSection(r, heading) {
    const icon = r.outcome === 'passed' ? '✅' : '❌';
    const lines = [
        `${heading} ${icon} Ramp: \`${r.flag}\` ${r.from}% → ${r.to}%`,
        '',
        `${OUTCOME[r.outcome]}; now at ${r.finalPercentage}%. Window ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.windowMs)}, evaluated every ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(r.intervalMs)} (${r.readings.length} evaluation${r.readings.length === 1 ? '' : 's'}).${r.reason ? ` Why: ${cell(r.reason)}.` : ''}`,
        '',
        `| since the move | ${r.gates.map((g) => `${cell(g.name)} (${g.max !== undefined ? `max ${g.max}` : `min ${g.min}`})`).join(' | ')} |`,
        `|---:|${r.gates.map(() => '---:').join('|')}|`,
    ];
    for (const reading of sample(r.readings, MAX_TABLE_ROWS)) {
        const cells = r.gates.map((g) => readingCell(g, reading.gates.find((x) => x.name === g.name)));
        lines.push(`| ${(0,_ramp_span_js__WEBPACK_IMPORTED_MODULE_0__/* .span */ .L)(reading.elapsedMs)} | ${cells.join(' | ')} |`);
    }
    if (r.readings.length > MAX_TABLE_ROWS)
        lines.push('', `${MAX_TABLE_ROWS} of ${r.readings.length} evaluations shown (evenly spaced, the last always); the JSON result has all.`);
    const charted = sample(r.readings, MAX_CHART_POINTS);
    if (charted.length >= 2) {
        for (const gate of r.gates)
            lines.push('', ...chart(gate, charted));
        lines.push('', 'Charts: the gate (first line) against its threshold (second); an evaluation without a value is drawn as 0.');
    }
    return lines.join('\n');
}
function readingCell(gate, g) {
    if (!g)
        return '';
    switch (g.status) {
        case 'ok':
            return String(g.value);
        case 'breach':
            return `❌ ${g.value}`;
        case 'pending':
            return 'no rows yet';
        case 'no-rows':
            return '❌ no rows';
        default:
            return `❌ error: ${cell(g.error ?? '')}`;
    }
}
function chart(gate, readings) {
    const values = readings.map((x) => x.gates.find((g) => g.name === gate.name)?.value ?? 0);
    const threshold = gate.max ?? gate.min ?? 0;
    const top = Math.max(threshold, ...values);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${label(gate.name)} (${gate.max !== undefined ? 'max' : 'min'} ${threshold})"`,
        `  x-axis "seconds since the move" [${readings.map((x) => (x.elapsedMs / 1000).toFixed(1)).join(', ')}]`,
        `  y-axis "value" 0 --> ${Math.ceil(top * 1.2) || 1}`,
        `  line [${values.join(', ')}]`,
        `  line [${values.map(() => threshold).join(', ')}]`,
        '```',
    ];
}
function sample(items, max) {
    if (items.length <= max)
        return [...items];
    const picked = new Set();
    for (let i = 0; i < max - 1; i++)
        picked.add(Math.round((i * (items.length - 1)) / (max - 1)));
    picked.add(items.length - 1);
    return [...picked].sort((a, b) => a - b).map((i) => items[i]);
}
const label = (s) => s.replace(/[^A-Za-z0-9 _.,:()+-]/g, ' ');
const cell = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');


/***/ }),

/***/ 1666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ emptyFilesReport),
/* harmony export */   z: () => (/* binding */ emptyRunReport)
/* harmony export */ });
/** A files report before anything is counted. */
const emptyFilesReport = () => ({ phases: [], drift: [], counts: { applied: 0, pending: 0, failed: 0, reverted: 0 } });
/** migrate's and down's report before anything is counted: it says whether the run was a dry one. */
const emptyRunReport = (options) => ({ ...emptyFilesReport(), dryRun: Boolean(options.dryRun) });


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ Redactor)
/* harmony export */ });
/**
 * Defence in depth: adapters pass every line they print through a Redactor that knows the
 * run's secrets (the password in every spelling it may appear in). The engine never puts a
 * password in a message on purpose; this catches the day a library does.
 */
class Redactor {
    secrets = new Set();
    add(secret) {
        if (!secret || secret.length < 3)
            return;
        for (const form of [secret, encodeURIComponent(secret), safeDecode(secret)]) {
            if (form)
                this.secrets.add(form);
        }
    }
    redact(text) {
        let out = text;
        // Longest first, so a URL-encoded form is not half-replaced by a shorter one.
        for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
            out = out.split(secret).join('***');
        }
        return out;
    }
    list() {
        return [...this.secrets];
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 4390:
/***/ ((module) => {

module.exports = eval("require")("pg-native");


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 1376:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 3849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* unused harmony exports Client, Pool, Connection, types, Query, DatabaseError, escapeIdentifier, escapeLiteral, Result, TypeOverrides, defaults */
/* harmony import */ var _lib_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3273);
// ESM wrapper for pg


// Re-export all the properties
const Client = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Client
const Pool = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Pool
const Connection = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Connection
const types = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.types
const Query = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Query
const DatabaseError = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.DatabaseError
const escapeIdentifier = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeIdentifier
const escapeLiteral = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.escapeLiteral
const Result = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.Result
const TypeOverrides = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.TypeOverrides

// Also export the defaults
const defaults = _lib_index_js__WEBPACK_IMPORTED_MODULE_0__.defaults

// Re-export the default
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (_lib_index_js__WEBPACK_IMPORTED_MODULE_0__);


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
