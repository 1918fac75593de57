// Context keys of policies (GetContextKeysFor*Policy) and statement positions of matched statements.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contextKeysOf, SimulationSources } from './simulation-sources.js';

describe('contextKeysOf', () => {
  it('lists condition keys and policy variables once, as first written, in order of appearance', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::bucket/${aws:username}/${*}',
          Condition: { StringLike: { 's3:prefix': "${aws:PrincipalTag/team, 'none'}/*" } },
        },
        {
          Effect: 'Allow',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringEquals: { 'AWS:Username': 'x' } },
        },
      ],
    });
    assert.deepEqual(contextKeysOf([policy]), ['aws:username', 's3:prefix', 'aws:PrincipalTag/team']);
  });

  it('ignores documents that cannot be read', () => {
    assert.deepEqual(contextKeysOf(['{']), []);
  });
});

describe('SimulationSources', () => {
  it('locates a statement: 1-based start, end just after its closing brace', () => {
    const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}';
    const sources = new SimulationSources();
    sources.add('id', 'PolicyInputList.1', 'IAM Policy', text);
    const shape = sources.statementShape({
      policyId: 'id',
      policyType: 'identity',
      statementIndex: 0,
      effect: 'Allow',
    });
    assert.deepEqual(shape, {
      SourcePolicyId: 'PolicyInputList.1',
      SourcePolicyType: 'IAM Policy',
      StartPosition: { Line: 1, Column: 38 },
      EndPosition: { Line: 1, Column: 84 },
    });
    assert.equal(text.slice(37, 83), '{"Effect":"Allow","Action":"*","Resource":"*"}');
  });

  it('reports only the missing keys its policies use, spelled as written', () => {
    const sources = new SimulationSources();
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: '*',
          Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
        },
      ],
    });
    sources.add('p', 'p', 'IAM Policy', text);
    assert.deepEqual(sources.spelled(['iam:passedtoservice', 'aws:sourceip']), ['iam:PassedToService']);
  });
});
