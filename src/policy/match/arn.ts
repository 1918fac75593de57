/**
 * ARN parsing: `arn:partition:service:region:account-id:resource`, where the resource part may itself
 * contain colons and slashes.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */

export interface Arn {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon. */
  readonly resource: string;
}

/** Splits an ARN into its six components, or returns undefined when the text is not an ARN. */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  const parts: string[] = [];
  let start = 4;
  for (let i = 0; i < 4; i++) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return undefined;
    parts.push(text.slice(start, colon));
    start = colon + 1;
  }
  const [partition, service, region, account] = parts as [string, string, string, string];
  return { partition, service, region, account, resource: text.slice(start) };
}

/** The account id of an ARN (may be empty, as in S3 bucket ARNs), or undefined when not an ARN. */
export function arnAccount(text: string): string | undefined {
  return parseArn(text)?.account;
}
