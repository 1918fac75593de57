// The simulator's form from a link (a failed Image Builder build links here with the request that was
// refused) and the simulate request it sends (the fields of SimulatePrincipalPolicy/SimulateCustomPolicy:
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildRequest,
  EMPTY_FORM,
  formFromQuery,
  isRunnable,
  queryFromForm,
  splitList,
} from '../src/pages/tools/simulator-query.js';

const ROLE = 'arn:aws:iam::123456789012:role/EC2InstanceProfileForImageBuilder';

describe('formFromQuery', () => {
  it('reads the principal, repeated actions and resources, and context keys from a link', () => {
    const query = new URLSearchParams();
    query.set('policySourceArn', ROLE);
    query.append('action', 'iam:PassRole');
    query.append('action', 'ec2:RunInstances');
    query.append('resource', 'arn:aws:iam::123456789012:role/Build');
    query.append('context', 'iam:PassedToService=ec2.amazonaws.com');
    query.append('context', 'aws:TagKeys=CreatedBy');
    query.append('context', 'aws:TagKeys=Owner');
    query.append('context', 'aws:CurrentTime=2024-01-01T00:00:00Z');
    const form = formFromQuery(query);
    assert.equal(form.mode, 'principal');
    assert.equal(form.policySourceArn, ROLE);
    assert.deepEqual(splitList(form.actions), ['iam:PassRole', 'ec2:RunInstances']);
    assert.equal(form.resources, 'arn:aws:iam::123456789012:role/Build');
    assert.deepEqual(form.context, [
      { key: 'iam:PassedToService', type: 'string', values: 'ec2.amazonaws.com' },
      { key: 'aws:TagKeys', type: 'stringList', values: 'CreatedBy, Owner' },
      { key: 'aws:CurrentTime', type: 'date', values: '2024-01-01T00:00:00Z' },
    ]);
    assert.equal(isRunnable(form), true);
  });

  it('keeps everything after the first = as the value', () => {
    const form = formFromQuery(new URLSearchParams('context=aws:SourceArn%3Da%3Db'));
    assert.deepEqual(form.context, [{ key: 'aws:SourceArn', type: 'string', values: 'a=b' }]);
  });

  it('starts empty without a query, and pasted policies make the custom mode', () => {
    assert.deepEqual(formFromQuery(new URLSearchParams()), EMPTY_FORM);
    const form = formFromQuery(
      new URLSearchParams({ policy: '{"Version":"2012-10-17"}', action: 's3:GetObject' }),
    );
    assert.equal(form.mode, 'custom');
    assert.deepEqual(form.policies, ['{"Version":"2012-10-17"}']);
  });

  it('round-trips through queryFromForm', () => {
    const query = new URLSearchParams();
    query.set('policySourceArn', ROLE);
    query.append('action', 'imagebuilder:CreateImage');
    query.append('resource', 'arn:aws:imagebuilder:us-east-1:123456789012:image/x/1.0.0/1');
    query.append('context', 'aws:TagKeys=a');
    query.append('context', 'aws:TagKeys=b');
    assert.deepEqual(formFromQuery(queryFromForm(formFromQuery(query))), formFromQuery(query));
    assert.equal(queryFromForm(formFromQuery(query)).getAll('context').length, 2);
  });
});

describe('buildRequest', () => {
  it('splits actions on commas and lines, resources on lines, and list-typed values on commas', () => {
    const built = buildRequest({
      ...EMPTY_FORM,
      policySourceArn: ROLE,
      actions: 'iam:PassRole, ec2:RunInstances\n\nsts:AssumeRole',
      resources: 'arn:aws:iam::123456789012:role/a,b\n*',
      context: [
        { key: 'aws:TagKeys', type: 'stringList', values: 'a, b' },
        { key: 'aws:SourceAccount', type: 'string', values: ' 123456789012 ' },
        { key: '', type: 'string', values: 'ignored' },
      ],
    });
    assert.ok('request' in built);
    assert.deepEqual(built.request, {
      policySourceArn: ROLE,
      actionNames: ['iam:PassRole', 'ec2:RunInstances', 'sts:AssumeRole'],
      resourceArns: ['arn:aws:iam::123456789012:role/a,b', '*'],
      contextEntries: [
        { contextKeyName: 'aws:TagKeys', contextKeyType: 'stringList', contextKeyValues: ['a', 'b'] },
        { contextKeyName: 'aws:SourceAccount', contextKeyType: 'string', contextKeyValues: ['123456789012'] },
      ],
    });
  });

  it('sends pasted policies, a boundary and a resource policy in custom mode, and no resources for *', () => {
    const built = buildRequest({
      ...EMPTY_FORM,
      mode: 'custom',
      policies: ['{"a":1}', '  '],
      boundary: '{"b":2}',
      resourcePolicy: '{"c":3}',
      callerArn: 'arn:aws:iam::123456789012:user/u',
      actions: 's3:GetObject',
    });
    assert.ok('request' in built);
    assert.deepEqual(built.request, {
      policyInputList: ['{"a":1}'],
      permissionsBoundaryPolicyInputList: ['{"b":2}'],
      resourcePolicy: '{"c":3}',
      callerArn: 'arn:aws:iam::123456789012:user/u',
      actionNames: ['s3:GetObject'],
    });
  });

  it('says what is missing', () => {
    assert.ok('error' in buildRequest({ ...EMPTY_FORM, policySourceArn: ROLE }));
    assert.ok('error' in buildRequest({ ...EMPTY_FORM, actions: 's3:GetObject' }));
    assert.ok('error' in buildRequest({ ...EMPTY_FORM, mode: 'custom', actions: 's3:GetObject' }));
    const noValue = buildRequest({
      ...EMPTY_FORM,
      policySourceArn: ROLE,
      actions: 's3:GetObject',
      context: [{ key: 'aws:SourceIp', type: 'ip', values: ' ' }],
    });
    assert.deepEqual(noValue, { error: 'Enter a value for the context key aws:SourceIp.' });
  });
});
