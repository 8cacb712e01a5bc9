import pg from 'pg';

/** Parameterised reads and writes: what the history store needs. A pg.Client is one. */
export interface Queryable {
  query<R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * What the migration applier needs of a database, small enough for a test to fake: queries,
 * and a script (several statements in one simple-protocol query, one round trip) whose rows
 * are handed over as they arrive, so a script that fails part-way still tells how far it got.
 */
export interface Database extends Queryable {
  script(text: string, onRow?: (row: Record<string, unknown>) => void): Promise<void>;
}

export function databaseOf(client: pg.Client): Database {
  return {
    query: <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => client.query<R>(text, values),
    script: (text, onRow) =>
      new Promise<void>((resolve, reject) => {
        // pg.Query is the driver's public submittable; its 'row' events arrive before an error.
        const query = new pg.Query(text);
        if (onRow) query.on('row', (row: Record<string, unknown>) => onRow(row));
        query.on('end', () => resolve());
        query.on('error', reject);
        client.query(query);
      }),
  };
}
