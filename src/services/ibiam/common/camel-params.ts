/**
 * ibiam's API takes IAM's simulation parameters in camelCase JSON (`actionNames`, `contextEntries[].
 * contextKeyName`); IAM's readers take them as the Query protocol names them (`ActionNames`,
 * `ContextEntries[].ContextKeyName`). This renames the members of every object, at every depth; values
 * (policy documents are strings) are left alone.
 */
import type { InputParams, InputValue } from '../../common/operation.js';

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function convert(value: InputValue | undefined): InputValue | undefined {
  if (Array.isArray(value)) return (value as readonly InputValue[]).map((v) => convert(v) ?? null);
  if (value !== null && typeof value === 'object') return toPascalParams(value as InputParams);
  return value;
}

export function toPascalParams(params: InputParams): InputParams {
  const out: Record<string, InputValue | undefined> = {};
  for (const [name, value] of Object.entries(params)) out[pascal(name)] = convert(value);
  return out;
}
