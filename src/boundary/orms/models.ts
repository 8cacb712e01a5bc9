import path from 'node:path';
import { readSource } from '../files.js';
import { profileFor } from '../languages.js';
import { lex } from '../lexer.js';
import { accessorBefore, idOf, isP, matching, textOf, type Token } from '../tokens.js';
import { ImportResolver } from './import-resolver.js';
import { NearestFolder } from './nearest-folder.js';
import { parsePrisma, prismaSchemaFiles } from './prisma.js';

/**
 * Tables that TypeScript code writes through a name rather than SQL: Drizzle tables
 * (`pgTable('eng_x')`, `pgSchema('eng').table('x')`, a table creator's `createTable('x')`),
 * TypeORM entities (`@Entity({ schema: 'eng' })`) and Prisma models. A name counts where the
 * file declares it or imports it (by a relative path, a tsconfig path alias or a workspace package's name) from a file of the repository that does
 * (through `export ... from` too); so does the schema object or creator a table is made with.
 * A local variable that happens to share a table's name is no table.
 */
export interface Model {
  schema?: string;
  name: string;
  /** A TypeORM entity class: `Task.insert()` writes its table. */
  entity?: boolean;
}

export type FileModels = ReturnType<ModelIndex['forFile']>;

/** What Drizzle makes tables with: a `pgSchema` object, or a `pgTableCreator` that wraps each name. */
type Maker = { schema: string } | { prefix: string; suffix: string };

interface Module {
  declared: Map<string, Model>;
  makers: Map<string, Maker>;
  /** Tables made by a maker that may be imported (`billing.table('x')`, `createTable('x')`): named once the maker is found. */
  made: Map<string, { maker: string; name: string; call: 'table' | 'create' }>;
  /** Local name to the module and exported name it comes from (`export { x } from` too). */
  imports: Map<string, { spec: string; name: string }>;
  namespaces: Map<string, string>;
  stars: string[];
  /** Variables that stand for an entity's table, to its name: repositories, and rows (`task = new Task()`) saved or removed later. */
  repos: Map<string, string>;
}

const REPOSITORY = /^(?:get(?:Tree|Mongo)?Repository|InjectRepository|(?:Tree|Mongo)?Repository)$/;

export class ModelIndex {
  private readonly modules = new Map<string, Module | undefined>();
  private prismaModels: NearestFolder<ReadonlyMap<string, Model>> | undefined;
  private imports: ImportResolver | undefined;
  private readonly protectedModules = new Map<string, boolean>();
  /** mayWrite's answer for one import clause from one module (`protects` is the same for the whole index). */
  private readonly importsProtected = new Map<string, boolean>();

  /** `unparseable` hears of each file that could not be read as code or schema, once. */
  constructor(
    private readonly root: string | undefined,
    private readonly unparseable: (rel: string, why: string) => void,
  ) {}

  /**
   * What one file's code can name: a table or entity by the name code passes (`tasks`, `Task`, `schema.tasks`); the model
   * a receiver stands for, a repository (`repo`, `this.repo`) or an entity class (`Task`); a Prisma model by client accessor.
   */
  forFile(rel: string, tokens: readonly Token[]) {
    const file = path.resolve(this.root ?? '/', rel);
    const own = moduleOf(tokens);
    this.modules.set(file, own);
    const lookup = (name: string) => this.lookup(file, name);
    return {
      value: (names: readonly string[]) => (names.length === 1 ? lookup(own.repos.get(names[0]!) ?? names[0]!) : names.length === 2 && own.namespaces.has(names[0]!) ? this.lookup(this.resolve(file, own.namespaces.get(names[0]!)!), names[1]!) : undefined),
      receiver: (name: string): Model | undefined => {
        const model = lookup(own.repos.get(name) ?? name);
        return own.repos.has(name) || model?.entity ? model : undefined;
      },
      // `prisma.task`: the schema nearest the module the client is imported from (a workspace's db package), else nearest this file.
      prisma: (accessor: string, client?: string): Model | undefined => {
        if (!this.root) return undefined;
        const from = client === undefined ? undefined : own.imports.get(client);
        const module = from && this.resolve(file, from.spec);
        return (module ? this.prismaFor(path.dirname(module)).get(accessor) : undefined) ?? this.prismaFor(path.dirname(file)).get(accessor);
      },
    };
  }

  /**
   * Whether a file holding no protected name can still write a protected table through an ORM:
   * it declares an entity, imports a module that declares (or re-exports) a protected table, or
   * a Prisma schema above it or above a module it imports maps one. Most files with an ORM-like call cannot, and are not lexed.
   */
  mayWrite(rel: string, text: string, protects: (m: Model | undefined) => boolean): boolean {
    const file = path.resolve(this.root ?? '/', rel);
    if (/@Entity\b/.test(text)) return true;
    // Where a Prisma schema may be found: above this file, or above a module it imports (its client's).
    const dirs = [path.dirname(file)];
    for (const m of text.matchAll(/\b(?:import|export)\s+(?:type\s+)?(\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?|[\w$]+)\s*from\s*['"]([^'"\n]+)['"]/g)) {
      const target = this.resolve(file, m[2]!);
      if (!target) continue;
      dirs.push(path.dirname(target));
      // Files across a tree import the same names from the same module: each import is judged once.
      const key = `${target}\0${m[1]}`;
      let writes = this.importsProtected.get(key);
      if (writes === undefined) {
        // The names imported, when listed: a file importing vh's tables from a module that also declares eng's writes no eng table.
        const names = m[1]!.startsWith('{') ? [...m[1]!.matchAll(/([\w$]+)(?:\s+as\s+[\w$]+)?\s*(?:,|\})/g)].map((n) => n[1]!) : undefined;
        writes = names ? names.some((n) => protects(this.lookup(target, n))) : this.exportsProtected(target, protects, new Set());
        this.importsProtected.set(key, writes);
      }
      if (writes) return true;
    }
    return this.root !== undefined && /\.\w+\.(?:create|update|upsert|delete)\w*\s*\(/.test(text) && dirs.some((d) => [...this.prismaFor(d).values()].some(protects));
  }

  private exportsProtected(file: string, protects: (m: Model | undefined) => boolean, seen: Set<string>): boolean {
    const known = this.protectedModules.get(file);
    if (known !== undefined || seen.has(file)) return known ?? false;
    seen.add(file);
    const m = this.module(file);
    const specs = m ? [...[...m.imports.values()].map((i) => i.spec), ...m.stars] : [];
    const models = m ? [...m.declared.values(), ...[...m.made.keys()].map((name) => this.lookup(file, name))] : [];
    const answer = m !== undefined && (models.some(protects) || specs.some((spec) => this.exportsProtected(this.resolve(file, spec) ?? '', protects, seen)));
    this.protectedModules.set(file, answer);
    return answer;
  }

  /** What `name` stands for in `file`, declared there or imported; nothing in a file outside the repository or not found. */
  private lookup(file: string | undefined, name: string): Model | undefined {
    return this.follow(file, name, (m, at, n) => {
      const made = m.made.get(n);
      const maker = made && this.follow(at, made.maker, (mm, _, mn) => mm.makers.get(mn));
      if (!made || !maker) return m.declared.get(n);
      if ('schema' in maker) return made.call === 'table' ? { schema: maker.schema, name: made.name.toLowerCase() } : undefined;
      return made.call === 'create' ? { name: `${maker.prefix}${made.name}${maker.suffix}`.toLowerCase() } : undefined;
    });
  }

  /** `pick` of the module that declares `name` for `file`: the file itself, or the one it imports the name from. */
  private follow<T>(file: string | undefined, name: string, pick: (m: Module, file: string, name: string) => T | undefined, seen = new Set<string>()): T | undefined {
    const key = `${file}#${name}`;
    if (!file || seen.has(key)) return undefined;
    seen.add(key);
    const m = this.module(file);
    if (!m) return undefined;
    const imported = m.imports.get(name);
    const from = (spec: string, exported: string) => this.follow(this.resolve(file, spec), exported, pick, seen);
    return pick(m, file, name) ?? (imported ? from(imported.spec, imported.name) : m.stars.map((s) => from(s, name)).find((x) => x !== undefined));
  }

  /** An import's file inside the repository (src/boundary/orms/import-resolver.ts); none without a root. */
  private resolve(from: string, spec: string): string | undefined {
    if (!this.root) return undefined;
    this.imports ??= new ImportResolver(this.root, this.unparseable);
    return this.imports.resolve(from, spec);
  }

  private module(file: string): Module | undefined {
    if (this.modules.has(file)) return this.modules.get(file);
    this.modules.set(file, undefined);
    const read = readSource(file);
    if (!read.ok) return undefined;
    const { tokens, broken } = lex(read.bytes.toString('utf8'), profileFor(file));
    const rel = path.relative(this.root!, file).split(path.sep).join('/');
    if (broken) return void this.unparseable(rel, 'its brackets or strings do not balance; the tables it declares were not read');
    this.modules.set(file, moduleOf(tokens));
    return this.modules.get(file);
  }

  /** The Prisma models of the nearest folder, from `dir` up to the root, that holds a schema. */
  private prismaFor(dir: string): ReadonlyMap<string, Model> {
    this.prismaModels ??= new NearestFolder(this.root!, (d) => this.prismaModelsIn(d), new Map());
    return this.prismaModels.of(dir);
  }

  /** The models of the schema files in `dir`, or undefined when it holds none. */
  private prismaModelsIn(dir: string): Map<string, Model> | undefined {
    const files = prismaSchemaFiles(dir);
    if (files.length === 0) return undefined;
    const models = new Map<string, Model>();
    for (const file of files) {
      const read = readSource(file);
      const parsed = read.ok ? parsePrisma(read.bytes.toString('utf8')) : read.reason;
      if (typeof parsed === 'string') this.unparseable(path.relative(this.root!, file).split(path.sep).join('/'), `${parsed}; its models were not checked`);
      else for (const [k, v] of parsed) models.set(k, v);
    }
    return models;
  }
}

function moduleOf(tokens: readonly Token[]): Module {
  const m: Module = { declared: new Map(), makers: new Map(), made: new Map(), imports: new Map(), namespaces: new Map(), stars: [], repos: new Map() };
  // The variable a call at k is bound to: `x = f()`, past its receivers (`x = this.repo.f()`), `await` and `new`.
  const boundTo = (k: number) => {
    for (let j = accessorBefore(tokens, k); j >= 0 && idOf(tokens[j]); j = accessorBefore(tokens, j)) k = j;
    while (idOf(tokens[k - 1]) === 'await' || idOf(tokens[k - 1]) === 'new') k--;
    return isP(tokens[k - 1], '=') ? idOf(tokens[k - 2]) : undefined;
  };
  const declare = (name: string | undefined, model: Model) => name && m.declared.set(name, { ...model, name: model.name.toLowerCase() });
  for (let i = 0; i < tokens.length; i++) {
    const word = idOf(tokens[i]);
    if (word === 'import' || (word === 'export' && (isP(tokens[i + 1], '{') || isP(tokens[i + 1], '*')))) {
      i = importAt(tokens, i, m);
      continue;
    }
    if (!word || !isP(tokens[i + 1], '(')) {
      // `repo: Repository<Task>`
      if (word && isP(tokens[i + 1], ':') && REPOSITORY.test(idOf(tokens[i + 2]) ?? '') && isP(tokens[i + 3], '<') && idOf(tokens[i + 4])) m.repos.set(word, idOf(tokens[i + 4])!);
      continue;
    }
    const first = textOf(tokens[i + 2]);
    if (word === 'pgSchema' && first !== undefined) {
      const v = boundTo(i);
      if (v) m.makers.set(v, { schema: first.toLowerCase() });
    } else if (word === 'pgTableCreator') {
      const v = boundTo(i);
      const wrapped = v && creatorAt(tokens, i);
      if (wrapped) m.makers.set(v, wrapped);
    } else if (word === 'pgTable' && first) {
      declare(boundTo(i), { name: first });
    } else if (word === 'table' && first && isP(tokens[i - 1], '.')) {
      const via = idOf(tokens[i - 2]);
      const inline = isP(tokens[i - 2], ')') && idOf(tokens[i - 5]) === 'pgSchema' ? textOf(tokens[i - 3]) : undefined;
      const v = boundTo(i);
      if (inline !== undefined) declare(boundTo(i - 5), { schema: inline.toLowerCase(), name: first });
      else if (via && v) m.made.set(v, { maker: via, name: first, call: 'table' });
    } else if (word === 'Entity' && isP(tokens[i - 1], '@')) {
      entityAt(tokens, i, m);
    } else if (REPOSITORY.test(word) && idOf(tokens[i + 2]) && isP(tokens[i + 3], ')')) {
      const entity = idOf(tokens[i + 2])!;
      // `@InjectRepository(Task) private readonly repo: ...`, or `repo = ds.getRepository(Task)`.
      let k = i + 4;
      while (/^(?:private|public|protected|readonly)$/.test(idOf(tokens[k]) ?? '')) k++;
      if (word === 'InjectRepository' && idOf(tokens[k])) m.repos.set(idOf(tokens[k])!, entity);
      const v = boundTo(i);
      if (v) m.repos.set(v, entity);
    } else if (idOf(tokens[i - 1]) === 'new' || (accessorBefore(tokens, i) >= 0 && /^(?:findOne\w*|create|preload)$/.test(word))) {
      // A row: `task = new Task()`, `task = await this.repo.findOneBy(...)`, `task = Task.create(...)`; `task.save()` and `manager.remove(task)` write its table.
      const v = boundTo(i);
      const of = idOf(tokens[i - 1]) === 'new' ? word : idOf(tokens[accessorBefore(tokens, i)]);
      if (v && of) m.repos.set(v, m.repos.get(of) ?? of);
    } else if (first && boundTo(i) && (m.makers.has(word) || m.imports.has(word))) {
      // `const runs = createTable('runs', ...)`: a table when `createTable` is a creator, here or where it is imported from.
      m.made.set(boundTo(i)!, { maker: word, name: first, call: 'create' });
    }
  }
  return m;
}

/**
 * `pgTableCreator((name) => `eng_${name}`)`: the text around the one interpolation. Its stand-in
 * maps to the interpolation's first and last characters (src/boundary/lexer.ts), so it is told
 * from a literal `__`; any other shape (two interpolations, a concatenation) names no table.
 */
function creatorAt(tokens: readonly Token[], i: number): Maker | undefined {
  const close = matching(tokens, i + 1, 1);
  const templates = tokens.slice(i + 2, close).filter((t) => t.t === 'str');
  const body = templates.length === 1 ? templates[0] : undefined;
  if (body?.t !== 'str' || !body.map) return undefined;
  const { text, map } = body;
  const stands: number[] = [];
  for (let k = text.indexOf('__'); k >= 0; k = text.indexOf('__', k + 1)) if (map[k + 1]! - map[k]! > 1) stands.push(k);
  if (stands.length !== 1) return undefined;
  return { prefix: text.slice(0, stands[0]).toLowerCase(), suffix: text.slice(stands[0]! + 2).toLowerCase() };
}

/** `@Entity('eng_x')`, `@Entity({ schema: 'eng', name: 'x' })` before `class X`: TypeORM names the table after the class otherwise. */
function entityAt(tokens: readonly Token[], i: number, m: Module): void {
  const close = matching(tokens, i + 1, 1);
  let name = textOf(tokens[i + 2]);
  let schema: string | undefined;
  for (let k = i + 2; k < close; k++) {
    const value = isP(tokens[k + 1], ':') ? textOf(tokens[k + 2]) : undefined;
    if (value !== undefined && idOf(tokens[k]) === 'schema') schema = value.toLowerCase();
    if (value !== undefined && idOf(tokens[k]) === 'name') name = value;
  }
  const k = tokens.slice(close + 1, close + 60).findIndex((t, j) => idOf(t) === 'class' && idOf(tokens[close + 2 + j]));
  const cls = idOf(tokens[close + 2 + k]);
  if (k >= 0 && cls) m.declared.set(cls, { schema, name: (name ?? cls.replace(/([a-z0-9])([A-Z])/g, '$1_$2')).toLowerCase(), entity: true });
}

/** An import or re-export from its first token: its bindings go into the module; the index of its last token. */
function importAt(tokens: readonly Token[], i: number, m: Module): number {
  let end = i + 1;
  while (end < i + 200 && end < tokens.length && !(idOf(tokens[end]) === 'from' && textOf(tokens[end + 1]) !== undefined) && !isP(tokens[end], ';')) end++;
  const spec = textOf(tokens[end + 1]);
  if (idOf(tokens[end]) !== 'from' || spec === undefined) return i;
  for (let k = i + 1; k < end; k++) {
    const name = idOf(tokens[k]);
    if (isP(tokens[k], '*')) {
      if (idOf(tokens[k + 1]) === 'as' && idOf(tokens[k + 2])) m.namespaces.set(idOf(tokens[k + 2])!, spec);
      else m.stars.push(spec);
    } else if (name && name !== 'type' && name !== 'as' && (isP(tokens[k - 1], '{') || isP(tokens[k - 1], ','))) {
      const local = idOf(tokens[k + 1]) === 'as' ? idOf(tokens[k + 2]) ?? name : name;
      m.imports.set(local, { spec, name });
    } else if (name === 'type' && idOf(tokens[k + 1])) {
      m.imports.set(idOf(tokens[k + 1])!, { spec, name: idOf(tokens[k + 1])! });
    }
  }
  return end + 1;
}
