/**
 * "Trusted entities" of a role in words, read from its trust policy's Allow statements' Principal, as
 * the IAM console's Roles list shows them ("AWS Service: ec2", "Account: 123456789012").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 * Pure: no DOM, no framework.
 */

function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function parse(document: string): unknown {
  for (const text of [document, safeDecode(document)]) {
    try {
      return JSON.parse(text);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function awsPrincipal(value: string): string {
  const account =
    /^arn:[^:]+:iam::(\d{12}):root$/.exec(value)?.[1] ?? (/^\d{12}$/.test(value) ? value : undefined);
  if (account) return `Account: ${account}`;
  if (value === '*') return 'Anyone (*)';
  return `AWS: ${value}`;
}

/** The trusted entities a trust policy (JSON, possibly URL-encoded) names in its Allow statements. */
export function trustedEntities(document: string | undefined): string[] {
  if (!document) return [];
  const parsed = parse(document);
  if (!parsed || typeof parsed !== 'object') return [];
  const statements = (parsed as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : [statements];
  const out: string[] = [];
  for (const statement of list) {
    if (!statement || typeof statement !== 'object') continue;
    const { Effect, Principal } = statement as { Effect?: unknown; Principal?: unknown };
    if (Effect !== 'Allow') continue;
    if (Principal === '*') out.push('Anyone (*)');
    if (!Principal || typeof Principal !== 'object') continue;
    const principal = Principal as Record<string, unknown>;
    for (const service of asList(principal['Service']))
      out.push(`AWS Service: ${service.replace(/\.amazonaws\.com(\.cn)?$/, '')}`);
    for (const aws of asList(principal['AWS'])) out.push(awsPrincipal(aws));
    for (const federated of asList(principal['Federated'])) out.push(`Identity provider: ${federated}`);
    for (const user of asList(principal['CanonicalUser'])) out.push(`Canonical user: ${user}`);
  }
  return [...new Set(out)];
}
