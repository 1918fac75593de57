/**
 * Reads the top level of a policy document (Version, Id, Statement) and its statements into the AST,
 * with the document-level findings: unknown elements, missing or invalid Version, missing Statement, and
 * repeated Sids. Statements are read by read-statement.ts and checked against the policy type.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html
 */
import { POLICY_VERSIONS, type PolicyDocument, type Statement } from './ast.js';
import type { ValidationPolicyType } from '../validate/finding.js';
import type { FindingCollector } from './issues.js';
import type { JsonMember, JsonNode, JsonObjectNode } from './json-nodes.js';
import { checkDocumentForType, checkStatementForType } from './policy-type-rules.js';
import { readStatement, type StatementDraft } from './read-statement.js';
import { readString, typeMismatch } from './read-values.js';

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const VERSIONS: ReadonlySet<string> = new Set(POLICY_VERSIONS);

export function readDocument(
  out: FindingCollector,
  root: JsonNode,
  type: ValidationPolicyType | undefined,
): PolicyDocument | undefined {
  if (root.kind !== 'object') {
    typeMismatch(out, root, [], 'Object');
    return undefined;
  }
  const members = new Map<string, JsonMember>();
  for (const member of root.members) {
    if (TOP_LEVEL.has(member.key)) members.set(member.key, member);
    else
      out.add(
        'INVALID_POLICY_ELEMENT',
        `The policy element ${member.key} is not valid.`,
        [member.key],
        member.keySpan,
        true,
      );
  }
  const doc: { -readonly [K in keyof PolicyDocument]: PolicyDocument[K] } = { statements: [] };
  const versionMember = members.get('Version');
  if (versionMember === undefined) {
    const message =
      'We recommend that you specify the Version element to help you with debugging permission issues.';
    out.add('MISSING_VERSION', message, [], root.span, false);
  } else {
    const version = readString(out, versionMember.value, ['Version']);
    if (version !== undefined) doc.version = version;
    if (version !== undefined && !VERSIONS.has(version)) {
      const message = `The version ${version} is not valid. Use one of the following versions: ${POLICY_VERSIONS.join(', ')}`;
      out.add('INVALID_VERSION', message, ['Version'], versionMember.value.span, true);
    }
  }
  const idMember = members.get('Id');
  if (idMember !== undefined) {
    const id = readString(out, idMember.value, ['Id']);
    if (id !== undefined) doc.id = id;
  }
  const versionSpan = versionMember?.value.span;
  checkDocumentForType(out, type, {
    ...(idMember !== undefined && { id: idMember }),
    ...(doc.version !== undefined && { version: doc.version }),
    ...(versionSpan !== undefined && { versionSpan }),
  });
  const drafts = readStatements(out, root, members.get('Statement'), type);
  if (drafts === undefined) return undefined;
  checkUniqueSids(out, drafts);
  const statements: Statement[] = [];
  for (const draft of drafts) if (draft.statement !== undefined) statements.push(draft.statement);
  doc.statements = statements;
  return doc;
}

function readStatements(
  out: FindingCollector,
  root: JsonObjectNode,
  member: JsonMember | undefined,
  type: ValidationPolicyType | undefined,
): StatementDraft[] | undefined {
  if (member === undefined) {
    out.add('MISSING_STATEMENT', 'Add a statement to the policy', [], root.span, true);
    return undefined;
  }
  const node = member.value;
  const objects: JsonNode[] = node.kind === 'array' ? [...node.items] : [node];
  if (node.kind !== 'array' && node.kind !== 'object') {
    typeMismatch(out, node, ['Statement'], 'Object or Array of Object');
    return undefined;
  }
  if (objects.length === 0)
    out.add('MISSING_STATEMENT', 'Add a statement to the policy', ['Statement'], node.span, false);
  const drafts: StatementDraft[] = [];
  objects.forEach((item, index) => {
    if (item.kind !== 'object') {
      typeMismatch(out, item, ['Statement', index], 'Object');
      return;
    }
    const draft = readStatement(out, item, index);
    checkStatementForType(out, type, draft);
    drafts.push(draft);
  });
  return drafts;
}

/** IAM asks for unique Sids within a policy; a repeated one is reported on its later statement. */
function checkUniqueSids(out: FindingCollector, drafts: readonly StatementDraft[]): void {
  const seen = new Set<string>();
  for (const draft of drafts) {
    const sid = draft.parts.sid;
    if (sid === undefined || sid === '') continue;
    if (seen.has(sid)) {
      const message = `We recommend that you use statement IDs that are unique to your policy. Update the Sid value ${sid}.`;
      out.add(
        'UNIQUE_SIDS_RECOMMENDED',
        message,
        [...draft.path, 'Sid'],
        draft.elements.Sid?.value.span,
        false,
      );
    }
    seen.add(sid);
  }
}
