import { readFileSync } from 'node:fs';

/**
 * The runner's file commands: GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STATE take `name=value` or
 * `name<<DELIMITER` … `DELIMITER` blocks; GITHUB_PATH takes one directory a line.
 */
export function readKeyValueFile(file: string, what: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const equals = line.indexOf('=');
    if (heredoc && (equals < 0 || equals > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`${what}: matching delimiter not found '${delimiter}'`);
      values[name!] = value.join('\n');
    } else if (equals > 0) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`${what}: invalid format '${line}'`);
    }
  }
  return values;
}

export function readPathFile(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
}
