/**
 * Small IAM conveniences for end-to-end tests, all through the public API with the AWS SDK: a user with
 * an inline policy and an access key, policy documents as JSON text, and decoding the URL-encoded policy
 * documents IAM returns (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRolePolicy.html:
 * "The policy document returned in this structure is URL-encoded compliant with RFC 3986").
 */
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  PutUserPolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import type { Credentials } from '../harness.js';

/** A policy document as the JSON text the API takes. */
export const policyText = (document: unknown): string => JSON.stringify(document);

/** An identity policy allowing `actions` on `resources`. */
export function allowPolicy(
  actions: string | readonly string[],
  resources: string | readonly string[] = '*',
) {
  return policyText({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: resources }],
  });
}

/** Decodes a policy document from an IAM answer (URL-encoded JSON) into a value. */
export function decodeDocument(text: string | undefined): unknown {
  if (text === undefined) throw new Error('the answer has no policy document');
  return JSON.parse(decodeURIComponent(text)) as unknown;
}

export interface UserWithKey {
  readonly arn: string;
  readonly credentials: Credentials;
}

/**
 * Creates an IAM user (optionally with an inline policy) and an access key for it, as `admin` (usually
 * the account root).
 */
export async function createUserWithKey(
  admin: IAMClient,
  userName: string,
  inlinePolicy?: string,
): Promise<UserWithKey> {
  const created = await admin.send(new CreateUserCommand({ UserName: userName }));
  if (inlinePolicy !== undefined) {
    await admin.send(
      new PutUserPolicyCommand({ UserName: userName, PolicyName: 'inline', PolicyDocument: inlinePolicy }),
    );
  }
  const key = await admin.send(new CreateAccessKeyCommand({ UserName: userName }));
  const accessKey = key.AccessKey;
  if (!accessKey?.AccessKeyId || !accessKey.SecretAccessKey)
    throw new Error('CreateAccessKey returned no key');
  return {
    arn: created.User?.Arn ?? '',
    credentials: { accessKeyId: accessKey.AccessKeyId, secretAccessKey: accessKey.SecretAccessKey },
  };
}

/** The rejection of a promise (fails when it resolves), to inspect name, message and status. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-error: ${String(error)}`, { cause: error });
  }
  throw new Error('expected the request to fail, but it succeeded');
}
