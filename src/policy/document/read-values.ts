/**
 * Readers for the simple value shapes of the policy grammar: a string, and a string-or-array-of-strings
 * list (Action, NotAction, Resource, NotResource and the values of a principal map), which the AST always
 * holds as an array. A value of the wrong JSON type is a DATA_TYPE_MISMATCH error and is fatal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */
import type { JsonPath } from './ast.js';
import type { FindingCollector } from './issues.js';
import { jsonTypeName, type JsonNode } from './json-nodes.js';

/** Reports a JSON value whose type the grammar does not allow where it stands. */
export function typeMismatch(out: FindingCollector, node: JsonNode, path: JsonPath, expected: string): void {
  const where = describePath(path);
  out.add(
    'DATA_TYPE_MISMATCH',
    `The text does not match the expected JSON data type ${expected} (found ${jsonTypeName(node)}${where}).`,
    path,
    node.span,
    true,
  );
}

/** A path for messages: ` at Statement[0].Action[2]`, or nothing for the document itself. */
export function describePath(path: JsonPath): string {
  if (path.length === 0) return '';
  let text = '';
  for (const step of path) text += typeof step === 'number' ? `[${step}]` : text === '' ? step : `.${step}`;
  return ` at ${text}`;
}

/** A string value, or undefined (after reporting) when the node is anything else. */
export function readString(out: FindingCollector, node: JsonNode, path: JsonPath): string | undefined {
  if (node.kind === 'string') return node.value;
  typeMismatch(out, node, path, 'String');
  return undefined;
}

/** A string or an array of strings, as an array; undefined (after reporting) when any part is not a string. */
export function readStringList(out: FindingCollector, node: JsonNode, path: JsonPath): string[] | undefined {
  if (node.kind === 'string') return [node.value];
  if (node.kind !== 'array') {
    typeMismatch(out, node, path, 'String or Array of String');
    return undefined;
  }
  const values: string[] = [];
  let ok = true;
  node.items.forEach((item, i) => {
    if (item.kind === 'string') values.push(item.value);
    else {
      typeMismatch(out, item, [...path, i], 'String');
      ok = false;
    }
  });
  return ok ? values : undefined;
}
