import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from './duration.js';

/**
 * The kinds of value promotion.yml is made of, defined once: every section (the phases' and
 * those of the later stages beside their code) spells a duration, a name or a table the same
 * way, with the same message when it is wrong.
 */
export const duration = z.string().regex(new RegExp(DURATION_PATTERN), 'must be a duration such as 250ms, 5s, 10min or 1h');

/** A duration that must be longer than zero (a window or timeout of zero would mean none), and at most `max` ms when given. */
export function positiveDuration(max?: { ms: number; text: string }) {
  return duration.refine((d) => {
    const ms = parseDuration(d) ?? 0;
    return ms > 0 && (max === undefined || ms <= max.ms);
  }, max ? `must be more than 0 and at most ${max.text}` : 'must be longer than zero');
}

/** A plain PostgreSQL identifier: nothing in the config can smuggle SQL. */
export const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be a plain identifier (letters, digits, _ and $; at most 63)');

export const qualifiedName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_$]{0,62}\.[A-Za-z_][A-Za-z0-9_$]{0,62}$/, 'must be schema.name with plain identifiers');

/** Names pg-promote's own things are known by: flags, gates, probes. */
export const lowerName = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be lower-case letters, digits and _');
