import type { ErrorInfo } from '../result.js';

/**
 * One line for a person: where (file:line:column, or the key), what, and the SQLSTATE.
 * Detail and hint follow on their own lines only when the server gave them.
 */
export function formatErrorLine(error: ErrorInfo): string {
  const at = locationOf(error);
  // "--event: --event must be ..." says the key twice: a message that starts with it is enough.
  const where = at && !error.file && error.message.startsWith(at) ? '' : at;
  const state = error.sqlstate ? ` [SQLSTATE ${error.sqlstate}]` : '';
  return `${where ? `${where}: ` : ''}${error.message}${state}`;
}

export function formatErrorLines(error: ErrorInfo): string[] {
  const lines = [formatErrorLine(error)];
  // A server's detail or hint may run over several lines: each goes under its label, indented.
  const labelled = (label: string, text: string) => text.split(/\r?\n/).map((l, i) => (i === 0 ? `  ${label}: ${l}` : `    ${l}`));
  if (error.detail) lines.push(...labelled('detail', error.detail));
  if (error.hint) lines.push(...labelled('hint', error.hint));
  return lines;
}

function locationOf(error: ErrorInfo): string {
  if (error.file) {
    if (error.line === undefined) return error.file;
    return error.column === undefined ? `${error.file}:${error.line}` : `${error.file}:${error.line}:${error.column}`;
  }
  return error.key ?? '';
}

/** The first line of a message: what one-line errors and readings quote of a longer one. */
export function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/**
 * A server error (or any thrown value) as one line of text with its SQLSTATE, for places that
 * report it as a finding or a reading rather than throw it on.
 */
export function serverErrorText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const state = e.code && /^[0-9A-Z]{5}$/.test(e.code) ? ` [SQLSTATE ${e.code}]` : '';
  return `${firstLine(e.message ?? String(err))}${state}`;
}
