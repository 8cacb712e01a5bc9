/**
 * The GitHub commands' words and help, apart from their code: main.ts needs these on every
 * run, but loads the GitHub client (a large share of a start-up's imports) only for a GitHub command.
 */
export const GITHUB_COMMANDS = ['environments', 'gates', 'approvals'] as const;

export type GithubCommandGroup = (typeof GITHUB_COMMANDS)[number];

export function isGithubCommand(argv: readonly string[]): boolean {
  return (GITHUB_COMMANDS as readonly string[]).includes(argv[0] ?? '');
}

export const GITHUB_USAGE = `GitHub commands (token from $GITHUB_TOKEN; API at $GITHUB_API_URL, default https://api.github.com):
  environments apply --repo OWNER/NAME [--file FILE] [--dry-run]
                  create or update the environments in FILE (default .github/pg-promote-environments.yml);
                  --dry-run prints the difference and changes nothing
  gates check --repo OWNER/NAME --environments A,B,C,D
                  fail (exit 1) unless each gate environment exists and has required reviewers
  approvals record --repo OWNER/NAME --run-id N [--out FILE] [--database-url URL] [--config FILE]
                  who approved each environment of a workflow run, with their comment: to FILE (JSON)
                  and, with a database, to the audit schema's promotion_events`;
