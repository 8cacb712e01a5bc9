import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';

/**
 * `${{ }}` as GitHub evaluates it, with GitHub's own expression package. Workflow values are
 * plain JavaScript read from the YAML; a string holding `${{ }}` is an Expr. (The parser's own
 * tree is not used for values: it rewrites such strings into format() calls built from the
 * source text, which keeps a block scalar's indentation and breaks heredocs in run: scripts.)
 */
export class Expr {
  constructor(readonly template: string) {}
}

export type Value = string | number | boolean | null | Expr | Value[] | { [key: string]: Value };

/** A YAML document's values, with every string that holds `${{ }}` an Expr. */
export function withExpressions(value: unknown): Value {
  if (typeof value === 'string') return value.includes('${{') ? new Expr(value) : value;
  if (Array.isArray(value)) return value.map(withExpressions);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withExpressions(v)]));
  return (value ?? null) as Value;
}

export type Contexts = Record<string, unknown>;

/** The status functions of `if:`; which jobs or steps they look at is the caller's to say. */
export interface Status {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

const STATUS_NAMES = ['success', 'failure', 'cancelled', 'always'];

export function evaluateExpression(expression: string, contexts: Contexts, status?: Status, where = 'expression'): unknown {
  const functions = new Map<string, FunctionDefinition>();
  const define = (name: string, fn: () => boolean) => functions.set(name, { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(fn()) });
  if (status) {
    define('success', () => status.success());
    define('failure', () => status.failure());
    define('cancelled', () => status.cancelled());
    define('always', () => true);
  }
  try {
    const lexed = new Lexer(expression).lex();
    const infos = [...functions.values()].map(({ name, minArgs, maxArgs }) => ({ name, minArgs, maxArgs }));
    const ast = new Parser(lexed.tokens, Object.keys(contexts), infos).parse();
    const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
    const result = new Evaluator(ast, dictionary, functions).evaluate();
    return JSON.parse(JSON.stringify(result, data.replacer) ?? 'null');
  } catch (error) {
    const name = STATUS_NAMES.find((n) => expression.includes(`${n}(`));
    const hint = !status && name ? ` (${name}() is only allowed in if:)` : '';
    throw new Error(`${where}: cannot evaluate \${{ ${expression} }}: ${(error as Error).message}${hint}`);
  }
}

/** Evaluates every expression inside a value. */
export function evaluate(value: Value | undefined, contexts: Contexts, where = 'value'): unknown {
  if (value instanceof Expr) return evaluateTemplate(value.template, contexts, where);
  if (Array.isArray(value)) return value.map((v) => evaluate(v, contexts, where));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, contexts, `${where}.${k}`)]));
  return value;
}

/** A string that is one `${{ }}` and nothing else keeps its type; otherwise each one is replaced by its text. */
function evaluateTemplate(template: string, contexts: Contexts, where: string): unknown {
  const whole = /^\$\{\{(.*?)\}\}$/s.exec(template.trim());
  if (whole && !whole[1]!.includes('${{') && template.trim() === template) return evaluateExpression(whole[1]!.trim(), contexts, undefined, where);
  return interpolate(template, contexts, where);
}

/** A value as the runner turns it into a string (env, with:, run:): null is empty, objects are an error. */
export function text(value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') throw new Error(`${where}: a ${Array.isArray(value) ? 'sequence' : 'mapping'} was not expected`);
  return String(value);
}

/** The truthiness GitHub gives an expression's result. */
export const truthy = (value: unknown): boolean => !(value === null || value === undefined || value === false || value === 0 || value === '' || Number.isNaN(value));

/** Replaces each `${{ }}` in a string by its value's text. */
export function interpolate(source: string, contexts: Contexts, where: string): string {
  return source.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => text(evaluateExpression(expression.trim(), contexts, undefined, where), where));
}
