import type { PromotionConfigInput } from './schema.js';

/** With no promotion.yml, pg-promote runs exactly the runbook's layout. */
export const DEFAULT_CONFIG_PATH = 'db/promotion.yml';

export const DEFAULTS_SOURCE = 'built-in defaults (the runbook layout)';

/** The file a missing setting is to be added to: the config read, or the one to create. */
export function configFileToEdit(source: string): string {
  return source === DEFAULTS_SOURCE ? DEFAULT_CONFIG_PATH : source;
}

export const RUNBOOK_CONFIG: PromotionConfigInput = {
  phases: [
    {
      name: 'eng',
      schema: 'eng',
      migrations: 'db/migrations/eng',
      views: ['db/views/eng_governance_views.sql'],
      policies: ['db/policies/eng_rls_policies.sql'],
      down: 'db/migrations/DOWN/eng',
    },
    {
      name: 'vh',
      schema: 'vh',
      migrations: 'db/migrations/vh',
      views: ['db/views/vh_readonly_views.sql'],
      down: 'db/migrations/DOWN/vh',
    },
  ],
};
