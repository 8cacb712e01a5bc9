import type { InputDefinition } from './workflow.js';

export type InputValue = string | number | boolean;

/**
 * workflow_dispatch and workflow_call inputs typed as GitHub types them: defaults, required,
 * choice options, booleans and numbers (dispatch sends strings; a call passes typed values and
 * may not pass a string where a number or boolean is declared). An unknown input is refused.
 */
export function typedInputs(definitions: Record<string, InputDefinition> | undefined, given: Record<string, unknown>, event: 'workflow_dispatch' | 'workflow_call', where: string): Record<string, InputValue> {
  const defs = definitions ?? {};
  const unknown = Object.keys(given).filter((k) => !(k in defs));
  if (unknown.length > 0) throw new Error(`${where}: unexpected input(s) ${unknown.map((k) => `'${k}'`).join(', ')}, valid inputs are [${Object.keys(defs).join(', ')}]`);
  const result: Record<string, InputValue> = {};
  for (const [name, def] of Object.entries(defs)) {
    const type = def.type ?? 'string';
    const value = name in given && given[name] !== undefined ? given[name] : def.default;
    if (value === undefined || value === null || (event === 'workflow_dispatch' && value === '' && def.required)) {
      if (def.required) throw new Error(`${where}: input required and not supplied: ${name}`);
      result[name] = type === 'boolean' ? false : type === 'number' ? 0 : '';
      continue;
    }
    result[name] = coerce(name, type, value, def, event, where);
  }
  return result;
}

function coerce(name: string, type: string, value: unknown, def: InputDefinition, event: string, where: string): InputValue {
  const fromDispatch = event === 'workflow_dispatch' && typeof value === 'string';
  switch (type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (fromDispatch && (value === 'true' || value === 'false')) return value === 'true';
      throw new Error(`${where}: input '${name}' must be a boolean, got ${JSON.stringify(value)}`);
    case 'number':
      if (typeof value === 'number') return value;
      if (fromDispatch && /^\s*-?\d+(\.\d+)?\s*$/.test(value as string)) return Number(value);
      throw new Error(`${where}: input '${name}' must be a number, got ${JSON.stringify(value)}`);
    case 'choice':
      if (!def.options?.includes(String(value))) throw new Error(`${where}: input '${name}' must be one of [${(def.options ?? []).join(', ')}], got ${JSON.stringify(value)}`);
      return String(value);
    case 'string':
    case 'environment':
      if (typeof value === 'object') throw new Error(`${where}: input '${name}' must be a string`);
      // A call may pass a number or boolean to a string input; it arrives as its text.
      return String(value);
    default:
      throw new Error(`${where}: input '${name}' has unknown type '${type}'`);
  }
}
