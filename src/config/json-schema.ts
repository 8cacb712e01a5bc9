import { z } from 'zod';
import { promotionConfigSchema } from './schema.js';

/**
 * The JSON Schema editors use for db/promotion.yml (yaml-language-server), derived from the
 * same zod schema that validates it, so the two cannot disagree. schema/promotion.schema.json
 * is this, committed; a test keeps it in step.
 */
export function promotionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(promotionConfigSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $id: 'https://github.com/pg-promote/pg-promote/schema/promotion.schema.json',
    title: 'pg-promote configuration',
    ...schema,
  };
}

export function promotionJsonSchemaText(): string {
  return `${JSON.stringify(promotionJsonSchema(), null, 2)}\n`;
}
