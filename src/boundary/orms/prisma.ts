import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { unlessRefused } from '../files.js';
import type { Model } from './models.js';

/**
 * Prisma's models, by client accessor (`model Task` is `prisma.task`): each is the table
 * `@@map` names (else the model's name) in the schema `@@schema` names. A schema file is found
 * where Prisma looks for it: schema.prisma, prisma/schema.prisma or the files of prisma/schema/,
 * in the code's folder or the nearest folder above it.
 */
export function prismaSchemaFiles(dir: string): string[] {
  // Asked first: most folders have none, and a failed readdir costs an exception each.
  const schemaDir = path.join(dir, 'prisma/schema');
  const folder = existsSync(schemaDir) ? (unlessRefused(() => readdirSync(schemaDir)) ?? []).filter((f) => f.endsWith('.prisma')) : [];
  return ['schema.prisma', 'prisma/schema.prisma', ...folder.map((f) => `prisma/schema/${f}`)].map((f) => path.join(dir, f)).filter((f) => existsSync(f));
}

/** The models of one schema file, or why it cannot be read as one. */
export function parsePrisma(text: string): Map<string, Model> | string {
  // Comments go, and strings are kept whole: a brace or a `//` in a default value is no syntax.
  const code = text.replace(/"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*/g, (m) => (m.startsWith('"') ? m : ''));
  const models = new Map<string, Model>();
  let depth = 0;
  for (const c of code.replace(/"(?:[^"\\\n]|\\.)*"/g, '')) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return 'a } closes nothing';
  }
  if (depth !== 0) return 'a { is never closed';
  for (const m of code.matchAll(/^[ \t]*model[ \t]+(\w+)[ \t]*\{([^}]*)\}/gm)) {
    const attribute = (name: string) => new RegExp(`@@${name}\\(\\s*(?:name:\\s*)?"([^"]*)"`).exec(m[2]!)?.[1];
    const schema = attribute('schema')?.toLowerCase();
    models.set(m[1]![0]!.toLowerCase() + m[1]!.slice(1), { schema, name: (attribute('map') ?? m[1]!).toLowerCase() });
  }
  if (/^[ \t]*model\b/m.test(code) && models.size === 0) return 'no model block could be read';
  return models;
}
