/**
 * fast-check generators for the engine's property tests: small policies over a shared vocabulary of
 * actions, resources and condition keys, so that generated requests often hit generated statements.
 */
import fc from 'fast-check';
import type { AuthorizationRequest } from '../../src/policy/authorize/types.js';
import { policyFromJson } from '../../src/policy/document/parse.js';
import type { PolicyInput } from '../../src/policy/authorize/policy-set.js';

export const ACCOUNT = '111122223333';
const ACTIONS = ['s3:GetObject', 's3:PutObject', 'iam:PassRole', 'ec2:RunInstances', 'imagebuilder:GetImage'];
const ACTION_PATTERNS = [...ACTIONS, 's3:*', '*', 's3:Get*', 'imagebuilder:*', 'ec2:Run?nstances'];
const RESOURCES = [
  `arn:aws:s3:::bucket/a`,
  `arn:aws:s3:::bucket/b`,
  `arn:aws:iam::${ACCOUNT}:role/imagebuilder-role`,
  '*',
];
const RESOURCE_PATTERNS = [...RESOURCES, 'arn:aws:s3:::bucket/*', `arn:aws:iam::*:role/*imagebuilder*`, '*'];
const TEAMS = ['red', 'blue'];

export type JsonStatement = Record<string, unknown>;

const condition = fc.oneof(
  fc.constant(undefined),
  fc.record({ StringEquals: fc.record({ 'aws:PrincipalTag/team': fc.constantFrom(...TEAMS) }) }),
  fc.record({
    StringNotEquals: fc.record({ 'aws:RequestedRegion': fc.constantFrom('us-east-1', 'eu-west-1') }),
  }),
  fc.record({ Bool: fc.record({ 'aws:SecureTransport': fc.constantFrom('true', 'false') }) }),
);

export const statement = (effect?: 'Allow' | 'Deny'): fc.Arbitrary<JsonStatement> =>
  fc
    .record({
      Effect: effect ? fc.constant(effect) : fc.constantFrom('Allow', 'Deny'),
      negateAction: fc.boolean(),
      actions: fc.uniqueArray(fc.constantFrom(...ACTION_PATTERNS), { minLength: 1, maxLength: 3 }),
      resources: fc.uniqueArray(fc.constantFrom(...RESOURCE_PATTERNS), { minLength: 1, maxLength: 2 }),
      condition,
    })
    .map(({ Effect, negateAction, actions, resources, condition: c }) => ({
      Effect,
      [negateAction ? 'NotAction' : 'Action']: actions,
      Resource: resources,
      ...(c ? { Condition: c } : {}),
    }));

export const statements = (effect?: 'Allow' | 'Deny') =>
  fc.array(statement(effect), { minLength: 1, maxLength: 4 });

export function toPolicy(id: string, list: readonly JsonStatement[]): PolicyInput {
  const parsed = policyFromJson({ Version: '2012-10-17', Statement: list }, { type: 'identity' });
  if (!parsed.document)
    throw new Error(`generated policy does not parse: ${JSON.stringify(parsed.findings)}`);
  return { id, document: parsed.document };
}

export const request: fc.Arbitrary<AuthorizationRequest> = fc
  .record({
    principal: fc.constantFrom(
      { arn: `arn:aws:iam::${ACCOUNT}:user/alice`, tags: { team: 'red' } },
      {
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/Builder/s`,
        roleArn: `arn:aws:iam::${ACCOUNT}:role/Builder`,
        tags: { team: 'blue' },
      },
    ),
    action: fc.constantFrom(...ACTIONS),
    resource: fc.constantFrom(...RESOURCES),
    region: fc.constantFrom('us-east-1', 'eu-west-1'),
    secure: fc.constantFrom('true', 'false'),
  })
  .map(({ principal, action, resource, region, secure }) => ({
    principal,
    action,
    resource,
    region,
    context: { 'aws:SecureTransport': secure },
  }));
