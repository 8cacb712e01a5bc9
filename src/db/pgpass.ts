import { readFileSync, statSync } from 'node:fs';

/**
 * libpq's password file: the first line whose host, port, database and user match (a `*`
 * matches anything; `\` escapes `:` and `\`). Like libpq, a file others can read is ignored
 * (with a warning), and a missing file is no error.
 */
export function passwordFromFile(
  file: string,
  key: { host: string; port: string; database: string; user: string },
  warn: (message: string) => void,
): string | undefined {
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return undefined;
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      warn(`password file "${file}" has group or world access; permissions should be u=rw (0600) or less (ignored, as libpq does)`);
      return undefined;
    }
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const wanted = [key.host, key.port, key.database, key.user];
  for (const line of text.split(/\r?\n/)) {
    if (!line || line.startsWith('#')) continue;
    const fields = splitFields(line);
    if (fields.length < 5) continue;
    if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w)) return fields.slice(4).join(':');
  }
  return undefined;
}

function splitFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) current += line[++i];
    else if (c === ':' && fields.length < 4) {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}
