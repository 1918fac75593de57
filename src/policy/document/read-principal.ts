/**
 * Reads a Principal or NotPrincipal element: `"*"`, or a map of AWS / Service / Federated / CanonicalUser
 * to a string or an array of strings (normalized to arrays). Values are kept as written: `{"AWS": "*"}`
 * stays a map, and account IDs are not rewritten to root ARNs.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { PRINCIPAL_KINDS, type JsonPath, type PrincipalBlock, type PrincipalKind } from './ast.js';
import type { FindingCollector } from './issues.js';
import type { JsonNode } from './json-nodes.js';
import { readStringList } from './read-values.js';

const KINDS: ReadonlySet<string> = new Set(PRINCIPAL_KINDS);

function isPrincipalKind(key: string): key is PrincipalKind {
  return KINDS.has(key);
}

/** The principal block, or undefined (after reporting a fatal finding) when it cannot be read. */
export function readPrincipal(
  out: FindingCollector,
  node: JsonNode,
  path: JsonPath,
  element: 'Principal' | 'NotPrincipal',
): PrincipalBlock | undefined {
  if (node.kind === 'string' && node.value === '*') return '*';
  if (node.kind !== 'object') {
    out.add(
      'INVALID_PRINCIPAL_FORMAT',
      `The ${element} element contents are not valid. Specify "*" or a key-value pair in the ${element} element.`,
      path,
      node.span,
      true,
    );
    return undefined;
  }
  if (node.members.length === 0) {
    out.add(
      'EMPTY_OBJECT_PRINCIPAL',
      'This statement includes no principals and does not affect the policy. Specify principals.',
      path,
      node.span,
      false,
    );
  }
  const block: { -readonly [K in PrincipalKind]?: readonly string[] } = {};
  let ok = true;
  for (const member of node.members) {
    const memberPath = [...path, member.key];
    if (!isPrincipalKind(member.key)) {
      out.add(
        'INVALID_PRINCIPAL_KEY',
        `The principal key ${member.key} is not valid. Use one of: ${PRINCIPAL_KINDS.join(', ')}.`,
        memberPath,
        member.keySpan,
        true,
      );
      ok = false;
      continue;
    }
    const values = readStringList(out, member.value, memberPath);
    if (values === undefined) {
      ok = false;
      continue;
    }
    if (values.length === 0) {
      out.add(
        'EMPTY_ARRAY_PRINCIPAL',
        'This statement includes no principals and does not affect the policy. Specify principals.',
        memberPath,
        member.value.span,
        false,
      );
    }
    block[member.key] = values;
  }
  return ok ? block : undefined;
}
