import { usageError } from '../errors/promote-error.js';

/**
 * libpq's connection string syntax, both forms: the URI (postgres://user:pw@host:port/db?k=v)
 * and keyword/value (host=h port=5432 dbname='my db'). Only the syntax: what the settings
 * mean, and what fills the gaps, is resolve.ts's business. Errors never repeat the string: it
 * may hold a password. They follow libpq's wording so a user can search for them.
 */
export type Conninfo = Record<string, string>;

/** Every keyword libpq 13 to 18 knows; anything else it refuses, and so do we. */
export const LIBPQ_KEYWORDS: ReadonlySet<string> = new Set([
  'host', 'hostaddr', 'port', 'dbname', 'user', 'password', 'passfile', 'require_auth', 'channel_binding',
  'connect_timeout', 'client_encoding', 'options', 'application_name', 'fallback_application_name',
  'keepalives', 'keepalives_idle', 'keepalives_interval', 'keepalives_count', 'tcp_user_timeout', 'replication',
  'gssencmode', 'sslmode', 'sslnegotiation', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword', 'sslcertmode',
  'sslrootcert', 'sslcrl', 'sslcrldir', 'sslsni', 'requirepeer', 'ssl_min_protocol_version', 'ssl_max_protocol_version',
  'krbsrvname', 'gsslib', 'gssdelegation', 'service', 'target_session_attrs', 'load_balance_hosts', 'requiressl',
]);

const URI_PREFIX = /^postgres(?:ql)?:\/\//;

export const isUri = (text: string): boolean => URI_PREFIX.test(text);

export function parseConninfo(text: string, option: string): Conninfo {
  // libpq would read mysql://... as a keyword string and complain about "="; say what it is.
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme && !isUri(text)) refuse(option, `${option} must start with postgres:// or postgresql:// (got ${scheme[1]}://)`);
  return isUri(text) ? parseUri(text, option) : parseKeywords(text, option);
}

function refuse(option: string, what: string): never {
  throw usageError(what, { key: option });
}

/** %XX only (libpq does not read '+' as a space), and never %00. */
function decode(value: string, option: string, part: string): string {
  if (!value.includes('%')) return value;
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c !== '%') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const hex = value.slice(i + 1, i + 3);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) refuse(option, `invalid percent-encoded token in the ${part} (a % must be followed by two hex digits)`);
    if (hex === '00') refuse(option, `forbidden value %00 in the ${part}`);
    bytes.push(parseInt(hex, 16));
    i += 2;
  }
  return Buffer.from(bytes).toString('utf8');
}

function setKeyword(info: Conninfo, key: string, value: string, option: string, where: string): void {
  if (!LIBPQ_KEYWORDS.has(key)) refuse(option, `invalid ${where} "${key}"`);
  info[key] = value;
}

/** libpq's conninfo_uri_parse_options, step by step. */
function parseUri(text: string, option: string): Conninfo {
  const info: Conninfo = {};
  let rest = text.replace(URI_PREFIX, '');
  // user[:password]@ ends at the first '@' before any '/' or '?'
  const at = rest.search(/[@/?]/);
  if (at >= 0 && rest[at] === '@') {
    const credentials = rest.slice(0, at);
    const colon = credentials.indexOf(':');
    const user = colon >= 0 ? credentials.slice(0, colon) : credentials;
    if (user) info.user = decode(user, option, 'user name');
    if (colon >= 0) {
      const password = credentials.slice(colon + 1);
      if (password) info.password = decode(password, option, 'password');
    }
    rest = rest.slice(at + 1);
  }
  // host[:port] (or [ipv6][:port]), several separated by commas, up to '/' or '?'
  const netEnd = rest.search(/[/?]/);
  const netloc = netEnd >= 0 ? rest.slice(0, netEnd) : rest;
  rest = netEnd >= 0 ? rest.slice(netEnd) : '';
  const hosts: string[] = [];
  const ports: string[] = [];
  if (netloc) {
    for (const entry of splitHosts(netloc, option)) {
      let host: string;
      let port = '';
      if (entry.startsWith('[')) {
        const close = entry.indexOf(']');
        if (close < 0) refuse(option, 'missing "]" in an IPv6 host address');
        if (close === 1) refuse(option, 'IPv6 host address may not be empty');
        host = entry.slice(1, close);
        const after = entry.slice(close + 1);
        if (after && !after.startsWith(':')) refuse(option, `unexpected character "${after[0]}" after the IPv6 host address`);
        port = after.slice(1);
      } else {
        const colon = entry.indexOf(':');
        host = colon >= 0 ? entry.slice(0, colon) : entry;
        port = colon >= 0 ? entry.slice(colon + 1) : '';
        host = decode(host, option, 'host');
      }
      hosts.push(host);
      ports.push(decode(port, option, 'port'));
    }
    if (hosts.some(Boolean)) info.host = hosts.join(',');
    if (ports.some(Boolean)) info.port = ports.join(',');
  }
  if (rest.startsWith('/')) {
    const q = rest.indexOf('?');
    const db = q >= 0 ? rest.slice(1, q) : rest.slice(1);
    if (db) info.dbname = decode(db, option, 'database name');
    rest = q >= 0 ? rest.slice(q) : '';
  }
  if (rest.startsWith('?')) {
    for (const pair of rest.slice(1).split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      if (eq < 0) refuse(option, `missing key/value separator "=" in URI query parameter "${decode(pair, option, 'query')}"`);
      if (pair.indexOf('=', eq + 1) >= 0) refuse(option, `extra key/value separator "=" in URI query parameter "${decode(pair.slice(0, eq), option, 'query')}"`);
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

function splitHosts(netloc: string, option: string): string[] {
  const entries: string[] = [];
  let current = '';
  let inBracket = false;
  for (const c of netloc) {
    if (c === '[') inBracket = true;
    if (c === ']') inBracket = false;
    if (c === ',' && !inBracket) {
      entries.push(current);
      current = '';
    } else current += c;
  }
  if (inBracket) refuse(option, 'missing "]" in an IPv6 host address');
  entries.push(current);
  return entries;
}

/** libpq's conninfo_parse: key = value pairs, values bare or in single quotes, backslash escapes. */
function parseKeywords(text: string, option: string): Conninfo {
  const info: Conninfo = {};
  let i = 0;
  const n = text.length;
  const space = (c: string | undefined) => c !== undefined && /\s/.test(c);
  while (i < n) {
    while (space(text[i])) i++;
    if (i >= n) break;
    let key = '';
    while (i < n && text[i] !== '=' && !space(text[i])) key += text[i++];
    while (space(text[i])) i++;
    if (text[i] !== '=') refuse(option, `missing "=" after "${key}" in the connection string`);
    i++;
    while (space(text[i])) i++;
    let value = '';
    if (text[i] === "'") {
      i++;
      for (;;) {
        if (i >= n) refuse(option, 'unterminated quoted string in the connection string');
        const c = text[i]!;
        if (c === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
        } else if (c === "'") {
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
    } else {
      while (i < n && !space(text[i])) {
        if (text[i] === '\\' && i + 1 < n) i++;
        value += text[i++];
      }
    }
    setKeyword(info, key, value, option, 'connection option');
  }
  return info;
}

/** A value for a keyword/value string (children's --dbname): quoted, quotes and backslashes escaped. */
export const quoteConninfoValue = (value: string): string => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
