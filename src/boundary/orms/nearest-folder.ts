import path from 'node:path';
import { isInside } from '../../config/paths.js';

/**
 * What the nearest folder holds, from a file's folder up to the repository's root and never
 * above it: the tsconfig.json that applies to a file, the Prisma schema a client's models come
 * from. Each folder is asked once; one that holds nothing answers with its parent's answer.
 */
export class NearestFolder<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly root: string,
    /** What `dir` itself holds, or undefined when it holds nothing. */
    private readonly own: (dir: string) => T | undefined,
    /** The answer where no folder up to the root holds anything. */
    private readonly none: T,
  ) {}

  of(dir: string): T {
    const known = this.known.get(dir);
    if (known !== undefined) return known;
    const inside = isInside(this.root, dir);
    const answer = (inside ? this.own(dir) : undefined) ?? (inside && dir !== this.root ? this.of(path.dirname(dir)) : this.none);
    this.known.set(dir, answer);
    return answer;
  }
}
