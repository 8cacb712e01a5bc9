/** Session settings that bound how long a migration can hold application traffic behind it. */
export const SESSION_SETTINGS_SQL = `SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;
