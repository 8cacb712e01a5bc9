/**
 * strategy.matrix as GitHub expands it: the product of the vectors, minus exclude entries
 * (matching on the keys they name), then each include entry added to every combination whose
 * original values it does not change, or appended as a combination of its own when it fits none.
 */
export type Combination = Record<string, unknown>;

export function expandMatrix(matrix: unknown, where: string): Combination[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) throw new Error(`${where}: strategy.matrix must be a mapping`);
  const { include = [], exclude = [], ...vectors } = matrix as Record<string, unknown>;
  if (!Array.isArray(include) || !Array.isArray(exclude)) throw new Error(`${where}: matrix include and exclude must be sequences`);
  let combos: Combination[] = [{}];
  for (const [key, values] of Object.entries(vectors)) {
    if (!Array.isArray(values)) throw new Error(`${where}: matrix vector '${key}' must be a sequence`);
    if (values.length === 0) throw new Error(`${where}: matrix vector '${key}' does not contain any values`);
    combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  }
  if (Object.keys(vectors).length === 0) combos = [];
  combos = combos.filter((c) => !exclude.some((e) => Object.entries(e as object).every(([k, v]) => same(c[k], v))));
  const originals = new Set(Object.keys(vectors));
  const extra: Combination[] = [];
  for (const entry of include as Combination[]) {
    let added = false;
    for (const combo of combos) {
      const fits = Object.entries(entry).every(([k, v]) => !originals.has(k) || same(combo[k], v));
      if (fits) {
        Object.assign(combo, entry);
        added = true;
      }
    }
    if (!added) extra.push({ ...entry });
  }
  const all = [...combos, ...extra];
  if (all.length > 256) throw new Error(`${where}: a matrix may not produce more than 256 jobs`);
  return all;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `build (1, linux)`: the name GitHub gives a matrix job. */
export function matrixSuffix(combo: Combination): string {
  const values = Object.values(combo).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
  return values.length ? ` (${values.join(', ')})` : '';
}
