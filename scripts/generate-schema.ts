// Regenerates schema/promotion.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { promotionJsonSchemaText } from '../src/config/json-schema.js';

writeFileSync('schema/promotion.schema.json', promotionJsonSchemaText());
