import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parseDocument, type Document } from 'yaml';
import { cliJson, REPO_ROOT } from './cli.js';
import type { TestServer } from './server.js';
import { makeTree } from './tree.js';

/**
 * The shipped db/ tree migrated once into a template database; every test then gets its own
 * copy (CREATE DATABASE ... TEMPLATE), which takes a fraction of a migrate.
 */
export interface SampleDatabases {
  /** A new database holding the migrated sample. */
  fresh(prefix?: string): Promise<string>;
}

let counter = 0;

export async function sampleDatabases(server: TestServer): Promise<SampleDatabases> {
  const template = await server.createDatabase('sample_template');
  const run = await cliJson(REPO_ROOT, ['migrate', '--database-url', template]);
  if (run.code !== 0) throw new Error(`migrating the sample failed: ${JSON.stringify(run.result.error)}`);
  const templateName = decodeURIComponent(new URL(template).pathname.slice(1));
  const admin = new URL(template);
  admin.pathname = '/postgres';
  return {
    async fresh(prefix = 'sample') {
      const name = `${prefix}_${process.pid}_${++counter}`;
      await server.query(admin.toString(), `CREATE DATABASE ${pg.escapeIdentifier(name)} TEMPLATE ${pg.escapeIdentifier(templateName)}`);
      const url = new URL(template);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}

/** A copy of the repository's db/ tree whose promotion.yml `edit` may change. */
export function sampleTree(edit: (config: Document) => void = () => undefined): string {
  const root = makeTree({});
  cpSync(path.join(REPO_ROOT, 'db'), path.join(root, 'db'), { recursive: true });
  const file = path.join(root, 'db/promotion.yml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  return root;
}
