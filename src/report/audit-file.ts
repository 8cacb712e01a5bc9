import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors/promote-error.js';
import type { PromotionReport } from './report-model.js';

/**
 * The runbook's dated audit file (ops/audit/YYYY-MM-DD.md, UTC date): created with a title the
 * first time in a day, appended to by every later run. Its JSON twin holds the same reports as
 * data, one array per day. The JSON is checked before anything is written, so a damaged file
 * stops the report instead of being overwritten.
 */
export interface AuditFiles {
  markdownPath: string;
  jsonPath: string;
}

interface AuditJson {
  reports: PromotionReport[];
}

export function auditFilePaths(dir: string, day: Date): AuditFiles {
  const date = day.toISOString().slice(0, 10);
  return { markdownPath: path.join(dir, `${date}.md`), jsonPath: path.join(dir, `${date}.json`) };
}

function readAuditJson(file: string): AuditJson {
  if (!existsSync(file)) return { reports: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`audit file is not valid JSON (${(err as Error).message.split('\n')[0]}): move it aside and run again`, { file });
  }
  if (!parsed || typeof parsed !== 'object' || !Array.isArray((parsed as AuditJson).reports)) {
    throw new ConfigError('audit file is not a pg-promote audit file (no "reports" array): move it aside and run again', { file });
  }
  return parsed as AuditJson;
}

export function writeAuditFiles(dir: string, report: PromotionReport, markdown: string): AuditFiles {
  const paths = auditFilePaths(dir, new Date(report.generatedAt));
  const json = readAuditJson(paths.jsonPath);
  mkdirSync(dir, { recursive: true });
  if (existsSync(paths.markdownPath)) appendFileSync(paths.markdownPath, `\n---\n\n${markdown}`);
  else writeFileSync(paths.markdownPath, `# Promotion audit ${report.generatedAt.slice(0, 10)}\n\n${markdown}`);
  json.reports.push(report);
  // Written aside and renamed: a crash mid-write leaves the previous day's file whole.
  const temporary = `${paths.jsonPath}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(json, null, 2)}\n`);
  renameSync(temporary, paths.jsonPath);
  return paths;
}
