import pg from 'pg';

/**
 * A query of several statements failed: `completed` says how many of its commands the server
 * finished first, which pins the failure to a statement when the server's error has no
 * position (a constraint violation, a division by zero).
 */
export class CommandsFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly completed: number,
  ) {
    super((cause as Error)?.message ?? String(cause));
  }
}

type CountingQuery = pg.Query & { handleCommandComplete(message: unknown, connection: unknown): void };

/**
 * Sends a multi-statement text in one simple-protocol round trip, calling `onCommand` as each
 * command completes (with how many have). pg's Query is its documented extension point (a
 * Submittable); counting happens where it receives each CommandComplete.
 */
export function queryCountingCommands(client: pg.Client, text: string, onCommand?: (completed: number) => void): Promise<void> {
  const query = new pg.Query(text) as CountingQuery;
  let completed = 0;
  const handle = query.handleCommandComplete.bind(query);
  query.handleCommandComplete = (message, connection) => {
    completed++;
    handle(message, connection);
    onCommand?.(completed);
  };
  return new Promise((resolve, reject) => {
    query.on('end', () => resolve());
    query.on('error', (err) => reject(new CommandsFailed(err, completed)));
    client.query(query);
  });
}
