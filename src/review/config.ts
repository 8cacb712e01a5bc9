import { z } from 'zod';

/**
 * `pg-promote review`: which objects the DOWN proof compares. The phases' own schemas are
 * always compared; migrations that also build objects elsewhere name those schemas here.
 */
const identifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');

export const reviewSection = z
  .strictObject({
    schemas: z
      .array(identifier)
      .default([])
      .describe("Schemas compared after the DOWN files besides the phases' own (objects a migration creates elsewhere)."),
    compare_grants: z
      .boolean()
      .default(true)
      .describe('Count a privilege the DOWN files did not give back (or left behind) as a difference.'),
  })
  .describe('Pull-request review: apply, verify and prove the DOWN files on a throwaway database.');

export interface ReviewConfig {
  schemas: string[];
  compareGrants: boolean;
}

export function buildReviewConfig(s: z.output<typeof reviewSection>, _root: string): ReviewConfig {
  return { schemas: s.schemas, compareGrants: s.compare_grants };
}
