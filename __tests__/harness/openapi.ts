import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * GitHub's own OpenAPI description of api.github.com (@octokit/openapi), and a validator of the
 * JSON Schema subset it uses. The fake GitHub server checks every request it receives (route,
 * path and query parameters, body) and every answer it gives against it, so the tests prove the
 * code speaks GitHub's REST API, not merely the fake's idea of it.
 */
type Schema = Record<string, any>;

interface Operation {
  parameters?: Schema[];
  requestBody?: { required?: boolean; content?: Record<string, { schema: Schema }> };
  responses: Record<string, Schema>;
  operationId: string;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  literals: number;
  operation: Operation;
}

export interface MatchedRoute {
  template: string;
  operationId: string;
  params: Record<string, string>;
  operation: Operation;
}

// The plain (not dereferenced) description: 13 MB instead of 73, read once per test process.
const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Operation>>; components: Schema };

const routes: Route[] = Object.entries(spec.paths).flatMap(([template, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'patch', 'delete'].includes(method))
    .map(([method, operation]) => {
      const names: string[] = [];
      // A {name} slot is one path segment; everything else is literal (one template has '...').
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      return { method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, literals, operation };
    }),
);

/** The operation for a request; of several templates that match, the most literal one, as GitHub routes. */
export function matchRoute(method: string, pathname: string): MatchedRoute | undefined {
  const candidates = routes.filter((r) => r.method === method && r.pattern.test(pathname)).sort((a, b) => b.literals - a.literals);
  const route = candidates[0];
  if (!route) return undefined;
  const values = route.pattern.exec(pathname)!.slice(1);
  const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(values[i] as string)]));
  return { template: route.template, operationId: route.operation.operationId, params, operation: route.operation };
}

/** Everything wrong with a request, as sentences; empty when GitHub would accept its shape. */
export function checkRequest(method: string, url: URL, body: string, contentType: string | undefined): string[] {
  const where = `${method} ${url.pathname}`;
  const route = matchRoute(method, url.pathname);
  if (!route) return [`${where}: no such operation in GitHub's REST API`];
  const problems: string[] = [];
  const parameters = (route.operation.parameters ?? []).map(resolve);
  for (const p of parameters.filter((p) => p.in === 'path')) {
    problems.push(...validate(resolve(p.schema), coerce(route.params[p.name], p.schema), `${where} path parameter ${p.name}`));
  }
  const known = parameters.filter((p) => p.in === 'query');
  for (const [name, value] of url.searchParams) {
    const p = known.find((q) => q.name === name);
    if (!p) problems.push(`${where}: query parameter '${name}' is not one ${route.operationId} takes`);
    else problems.push(...validate(resolve(p.schema), coerce(value, p.schema), `${where} query parameter ${name}`));
  }
  const declared = route.operation.requestBody;
  if (!declared) {
    if (body) problems.push(`${where}: ${route.operationId} takes no body`);
    return problems;
  }
  if (!body) {
    if (declared.required) problems.push(`${where}: ${route.operationId} needs a body`);
    return problems;
  }
  if (!contentType?.startsWith('application/json')) problems.push(`${where}: body sent as '${contentType}', not application/json`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return [...problems, `${where}: body is not JSON`];
  }
  const schema = declared.content?.['application/json']?.schema;
  if (schema) problems.push(...validate(schema, value, `${where} body`));
  return problems;
}

/** Whether an answer has the shape the description gives for that status (basic-error for undocumented errors). */
export function checkResponse(route: MatchedRoute, status: number, body: unknown): string[] {
  const declared = route.operation.responses[String(status)];
  const where = `${route.operationId} answer ${status}`;
  if (!declared && status < 400) return [`${where}: the description documents no ${status} answer`];
  const schema = declared ? resolve(declared).content?.['application/json']?.schema : { $ref: '#/components/schemas/basic-error' };
  if (!schema) return body === undefined ? [] : [`${where}: the description gives this answer no body`];
  return validate(schema, body, where);
}

function coerce(value: string | undefined, schema: Schema): unknown {
  const type = resolve(schema).type;
  if ((type === 'integer' || type === 'number') && value !== undefined && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function resolve(schema: Schema): Schema {
  let s = schema;
  while (s && typeof s.$ref === 'string') {
    s = (s.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<any>((node, key) => node?.[key], spec);
    if (!s) throw new Error(`unresolvable $ref ${schema.$ref}`);
  }
  return s;
}

/** The subset of JSON Schema (OpenAPI 3.0) the description uses; `format` and examples are ignored. */
export function validate(input: Schema, value: unknown, at: string): string[] {
  const schema = resolve(input);
  if (value === null) return schema.nullable || schema.type === undefined ? [] : [`${at}: null is not allowed`];
  if (value === undefined) return [`${at}: missing`];
  if (schema.allOf) return (schema.allOf as Schema[]).flatMap((s) => validate(s, value, at));
  for (const key of ['anyOf', 'oneOf'] as const) {
    // oneOf is taken as anyOf: GitHub's object schemas are open, so its oneOf branches overlap.
    if (!schema[key]) continue;
    const branches = (schema[key] as Schema[]).map((s) => validate(s, value, at));
    if (!branches.some((p) => p.length === 0)) return [`${at}: matches none of its ${key} schemas (${branches.map((p) => p[0]).join('; ')})`];
  }
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  const type = schema.type as string | undefined;
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (type && type !== actual && !(type === 'number' && actual === 'integer')) return [`${at}: expected ${type}, got ${actual}`];
  const problems: string[] = [];
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: ${value} is below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: ${value} is above ${schema.maximum}`);
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) problems.push(`${at}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength) problems.push(`${at}: longer than ${schema.maxLength}`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${at}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) problems.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((item, i) => problems.push(...validate(schema.items, item, `${at}[${i}]`)));
  } else if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) problems.push(`${at}.${name}: required`);
    for (const [name, v] of Object.entries(object)) {
      if (properties[name]) problems.push(...validate(properties[name], v, `${at}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${name}: not a property the description allows`);
      else if (typeof schema.additionalProperties === 'object') problems.push(...validate(schema.additionalProperties, v, `${at}.${name}`));
    }
  }
  return problems;
}

/** A documented example answer (components/examples/NAME), to build realistic answers from. */
export function example(name: string): any {
  return structuredClone(resolve({ $ref: `#/components/examples/${name}` }).value);
}
