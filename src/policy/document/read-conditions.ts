/**
 * Reads a Condition element `{ Operator: { Key: value | [values] } }` into flat ConditionEntry records,
 * in source order. Values become strings (`true` -> "true", `5` -> "5"; numbers as written in the text);
 * an object or null where a value belongs is a fatal DATA_TYPE_MISMATCH. Operators and keys are kept as
 * written; checking them against the operator and key catalogs is the validator's job.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 */
import type { ConditionEntry, JsonPath } from './ast.js';
import type { DocumentIssueCode, FindingCollector } from './issues.js';
import type { JsonNode } from './json-nodes.js';
import { typeMismatch } from './read-values.js';

const EXPECTED_VALUE = 'String, Number, Boolean or Array of them';

export function readConditions(
  out: FindingCollector,
  node: JsonNode,
  path: JsonPath,
): ConditionEntry[] | undefined {
  if (node.kind !== 'object') {
    typeMismatch(out, node, path, 'Object');
    return undefined;
  }
  if (node.members.length === 0) emptyBlock(out, node, path);
  const entries: ConditionEntry[] = [];
  let ok = true;
  for (const block of node.members) {
    const operator = block.key;
    const blockPath = [...path, operator];
    const keys = block.value;
    if (keys.kind !== 'object') {
      typeMismatch(out, keys, blockPath, 'Object');
      ok = false;
      continue;
    }
    if (keys.members.length === 0) emptyBlock(out, keys, blockPath);
    const spellings = new Map<string, string>();
    for (const member of keys.members) {
      const key = member.key;
      const keyPath = [...blockPath, key];
      const first = spellings.get(key.toLowerCase());
      if (first === undefined) spellings.set(key.toLowerCase(), key);
      else if (first !== key) {
        out.add(
          'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
          `The condition key ${key} appears more than once with different capitalization (${first}) in the same condition block. Remove the duplicate condition keys.`,
          keyPath,
          member.keySpan,
          true,
        );
        ok = false;
      }
      const values = readValues(out, member.value, keyPath);
      if (values === undefined) {
        ok = false;
        continue;
      }
      if (values.length === 0) emptyValues(out, operator, key, member.value, keyPath);
      entries.push({ operator, key, values, path: keyPath });
    }
  }
  return ok ? entries : undefined;
}

function scalar(node: JsonNode): string | undefined {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'number':
      return node.raw;
    case 'boolean':
      return node.value ? 'true' : 'false';
    default:
      return undefined;
  }
}

function readValues(out: FindingCollector, node: JsonNode, path: JsonPath): string[] | undefined {
  const single = scalar(node);
  if (single !== undefined) return [single];
  if (node.kind !== 'array') {
    typeMismatch(out, node, path, EXPECTED_VALUE);
    return undefined;
  }
  const values: string[] = [];
  let ok = true;
  node.items.forEach((item, i) => {
    const value = scalar(item);
    if (value !== undefined) values.push(value);
    else {
      typeMismatch(out, item, [...path, i], 'String, Number or Boolean');
      ok = false;
    }
  });
  return ok ? values : undefined;
}

function emptyBlock(out: FindingCollector, node: JsonNode, path: JsonPath): void {
  const message = 'This condition block is empty and it does not affect the policy. Specify conditions.';
  out.add('EMPTY_OBJECT_CONDITION', message, path, node.span, false);
}

/** Access Analyzer words an empty value list differently for qualified and IfExists operators. */
function emptyValues(
  out: FindingCollector,
  operator: string,
  key: string,
  node: JsonNode,
  path: JsonPath,
): void {
  let code: DocumentIssueCode = 'EMPTY_ARRAY_CONDITION';
  let message = `There are no values for the condition key ${key} and it does not affect the policy. Specify conditions.`;
  if (operator.startsWith('ForAllValues:')) {
    code = 'EMPTY_ARRAY_CONDITION_FORALLVALUES';
    message = `The ForAllValues prefix with an empty condition key matches only if the key ${key} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator instead.`;
  } else if (operator.startsWith('ForAnyValue:')) {
    code = 'EMPTY_ARRAY_CONDITION_FORANYVALUE';
    message = `The ForAnyValue prefix with an empty condition key ${key} never matches the request context and it does not affect the policy. Specify conditions.`;
  } else if (operator.endsWith('IfExists')) {
    code = 'EMPTY_ARRAY_CONDITION_IFEXISTS';
    message = `The IfExists suffix with an empty condition key matches only if the key ${key} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator instead.`;
  }
  out.add(code, message, path, node.span, false);
}
