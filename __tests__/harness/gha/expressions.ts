import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { isBasicExpression, isMapping, isSequence } from '@actions/workflow-parser';

type TemplateToken = Parameters<typeof isMapping>[0];

/**
 * `${{ }}` as GitHub evaluates it, with GitHub's own expression package. Workflow values are kept
 * as plain JavaScript, where the parser left an expression an Expr stands (a string that mixes
 * text and `${{ }}` is already one format() call, as the parser rewrites it).
 */
export class Expr {
  constructor(readonly expression: string) {}
}

export type Value = string | number | boolean | null | Expr | Value[] | { [key: string]: Value };

/** The validated token tree as plain values, keeping expressions unevaluated. */
export function plain(token: TemplateToken): Value {
  if (isBasicExpression(token)) return new Expr(token.expression);
  if (isSequence(token)) {
    const items: Value[] = [];
    for (const item of token) items.push(plain(item));
    return items;
  }
  if (isMapping(token)) {
    const object: Record<string, Value> = {};
    for (const pair of token) object[String((pair.key as any).value)] = plain(pair.value);
    return object;
  }
  if (token.templateTokenType === 4) throw new Error(`line ${token.line}: \${{ insert }} is not modelled by the executor`);
  return ((token as any).value ?? null) as Value;
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
  if (value instanceof Expr) return evaluateExpression(value.expression, contexts, undefined, where);
  if (Array.isArray(value)) return value.map((v) => evaluate(v, contexts, where));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, contexts, `${where}.${k}`)]));
  return value;
}

/** A value as the runner turns it into a string (env, with:, run:): null is empty, objects are an error. */
export function text(value: unknown, where: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') throw new Error(`${where}: a ${Array.isArray(value) ? 'sequence' : 'mapping'} was not expected`);
  return String(value);
}

/** The truthiness GitHub gives an expression's result. */
export const truthy = (value: unknown): boolean => !(value === null || value === undefined || value === false || value === 0 || value === '' || Number.isNaN(value));

/** `${{ }}` inside a plain string (action.yml defaults, which this executor reads with yaml). */
export function interpolate(source: string, contexts: Contexts, where: string): string {
  return source.replace(/\$\{\{(.*?)\}\}/gs, (_, expression: string) => text(evaluateExpression(expression.trim(), contexts, undefined, where), where));
}
