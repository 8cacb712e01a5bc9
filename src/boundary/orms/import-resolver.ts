import { statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../../config/paths.js';
import { unlessRefused } from '../files.js';
import { PathAliases } from './path-aliases.js';
import { WorkspacePackages } from './workspace-packages.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs'];

/**
 * The file of the repository an import names: a relative path, a tsconfig path alias
 * (src/boundary/orms/path-aliases.ts) or a workspace package (workspace-packages.ts), completed as
 * bundlers and TypeScript complete it (`./schema` is `./schema.ts` or `./schema/index.ts`).
 * Packages from outside the repository, and anything that leaves it, name none.
 */
export class ImportResolver {
  private readonly aliases: PathAliases;
  private readonly packages: WorkspacePackages;
  /** Answers by importing folder and specifier, before any path is built; files by the path before completion. */
  private readonly specs = new Map<string, string | undefined>();
  private readonly files = new Map<string, string | undefined>();

  constructor(
    private readonly root: string,
    unparseable: (rel: string, why: string) => void,
  ) {
    this.aliases = new PathAliases(root, unparseable);
    this.packages = new WorkspacePackages(root, unparseable);
  }

  resolve(from: string, spec: string): string | undefined {
    const dir = path.dirname(from);
    const key = `${dir}\0${spec}`;
    const known = this.specs.get(key);
    if (known !== undefined || this.specs.has(key)) return known;
    const bases = spec.startsWith('.') ? [path.resolve(dir, spec)] : [...this.aliases.bases(dir, spec), ...this.packages.bases(spec)];
    const file = bases.map((b) => this.fileAt(b)).find((f) => f !== undefined);
    this.specs.set(key, file);
    return file;
  }

  private fileAt(base: string): string | undefined {
    // Files across a tree import the same few modules: each path is looked up once.
    if (!this.files.has(base)) {
      const stem = base.replace(/\.[cm]?jsx?$/, '');
      const candidates = !isInside(this.root, base) ? [] : [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
      this.files.set(base, candidates.find((c) => unlessRefused(() => statSync(c))?.isFile()));
    }
    return this.files.get(base);
  }
}
