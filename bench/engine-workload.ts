/**
 * The engine benchmark's workload (issue 2): a role with AWSImageBuilderFullAccess plus a customer policy
 * with two conditional Denies, and a seeded random mix of Image Builder, EC2, IAM PassRole and S3 requests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuthorizationRequest, PrincipalInfo } from '../src/policy/authorize/types.js';
import type { PolicyInput } from '../src/policy/authorize/policy-set.js';
import { parsePolicy } from '../src/policy/document/parse.js';

export const FIXTURES = join(process.cwd(), 'bench', 'fixtures');

export function fixturePolicy(file: string, id: string): PolicyInput {
  const parsed = parsePolicy(readFileSync(join(FIXTURES, file), 'utf8'), { type: 'identity' });
  if (!parsed.document) throw new Error(`${file}: ${JSON.stringify(parsed.findings)}`);
  return { id, document: parsed.document };
}

/** 300 statements about services the workload never calls. */
export function unrelatedPolicy(count = 300): PolicyInput {
  const services = [
    'dynamodb',
    'lambda',
    'sqs',
    'kinesis',
    'rds',
    'cloudwatch',
    'glue',
    'athena',
    'ecs',
    'eks',
  ];
  const statements = Array.from({ length: count }, (_, i) => {
    const service = services[i % services.length]!;
    return {
      Sid: `Unrelated${i}`,
      Effect: i % 7 === 0 ? 'Deny' : 'Allow',
      Action: [`${service}:Get*`, `${service}:Describe${i}*`],
      Resource: `arn:aws:${service}:us-east-1:123456789012:thing/${i}/*`,
      Condition: { StringEquals: { 'aws:PrincipalTag/team': `team-${i}` } },
    };
  });
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  const parsed = parsePolicy(text, { type: 'identity' });
  if (!parsed.document) throw new Error('unrelated policy does not parse');
  return { id: 'unrelated', document: parsed.document };
}

/** A small deterministic PRNG (mulberry32) so that runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACCOUNT = '123456789012';
export const PRINCIPAL: PrincipalInfo = {
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ImageBuilderAdmin/ci`,
  roleArn: `arn:aws:iam::${ACCOUNT}:role/ImageBuilderAdmin`,
  tags: { team: 'platform' },
};

const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1'];
const IB_ACTIONS = [
  'GetComponent',
  'GetImageRecipe',
  'DeleteComponent',
  'DeleteImage',
  'CreateImageRecipe',
  'CreateImage',
  'ListComponents',
  'ListImages',
  'PutComponentPolicy',
  'PutImagePolicy',
  'StartImagePipelineExecution',
];
const ROLE_NAMES = [
  'EC2InstanceProfileForImageBuilder',
  'my-imagebuilder-role',
  'AdminRole',
  'ImageBuilderRole',
];

/** Builds `count` requests drawn from the mix, with pre-built context objects (as a server would). */
export function buildRequests(count: number, seed = 42): AuthorizationRequest[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const requests: AuthorizationRequest[] = [];
  for (let i = 0; i < count; i++) {
    const region = pick(REGIONS);
    const kind = next();
    const tags = next() < 0.3 ? { Environment: 'prod' } : { Environment: 'dev' };
    let request: AuthorizationRequest;
    if (kind < 0.45) {
      const action = pick(IB_ACTIONS);
      request = {
        principal: PRINCIPAL,
        action: `imagebuilder:${action}`,
        resource: `arn:aws:imagebuilder:${region}:${ACCOUNT}:component/my-component-${i % 50}/1.0.0/1`,
        resourceTags: tags,
        region,
      };
    } else if (kind < 0.65) {
      const action = pick(['DescribeImages', 'DescribeSubnets', 'RunInstances', 'CreateTags']);
      request = {
        principal: PRINCIPAL,
        action: `ec2:${action}`,
        resource: action.startsWith('Describe')
          ? '*'
          : `arn:aws:ec2:${region}:${ACCOUNT}:instance/i-0abc${i % 97}`,
        region,
        ...(action === 'CreateTags' ? { context: { 'aws:RequestTag/CreatedBy': 'EC2 Image Builder' } } : {}),
      };
    } else if (kind < 0.85) {
      const passedTo =
        next() < 0.7
          ? { context: { 'iam:PassedToService': pick(['ec2.amazonaws.com', 'lambda.amazonaws.com']) } }
          : {};
      request = {
        principal: PRINCIPAL,
        action: 'iam:PassRole',
        resource: `arn:aws:iam::${ACCOUNT}:role/${pick(ROLE_NAMES)}`,
        region: 'us-east-1',
        ...passedTo,
      };
    } else {
      const action = pick(['GetObject', 'ListBucket']);
      request = {
        principal: PRINCIPAL,
        action: `s3:${action}`,
        resource:
          action === 'GetObject'
            ? `arn:aws:s3:::my-imagebuilder-bucket/logs/${i % 13}.txt`
            : 'arn:aws:s3:::my-imagebuilder-bucket',
        region,
      };
    }
    requests.push(request);
  }
  return requests;
}
