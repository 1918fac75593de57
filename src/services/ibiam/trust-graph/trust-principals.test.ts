// The principals a trust policy names, as the IAM User Guide describes the Principal element: an account
// id stands for the account's root ARN (the account), a role ARN for the sessions of that role, service
// principals and identity providers by name (SAML providers with sts:AssumeRoleWithSAML, OIDC providers
// with sts:AssumeRoleWithWebIdentity); only Allow statements grant.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../../policy/document/parse.js';
import { principalsOutside } from './trust-principals.js';

const ACCOUNT = '123456789012';
const OTHER = '111122223333';

function named(statements: unknown[]) {
  const parsed = parsePolicy(JSON.stringify({ Version: '2012-10-17', Statement: statements }), {
    type: 'trust',
  });
  assert.ok(parsed.document);
  return principalsOutside(parsed.document, ACCOUNT);
}

describe('principals outside the account that a trust policy names', () => {
  it('reads an account id as that account (its root ARN), and leaves out the account itself', () => {
    const found = named([
      { Effect: 'Allow', Principal: { AWS: [OTHER, ACCOUNT] }, Action: 'sts:AssumeRole' },
    ]);
    assert.deepEqual(found, [
      {
        node: {
          id: `arn:aws:iam::${OTHER}:root`,
          kind: 'account',
          account: OTHER,
          label: `Account ${OTHER}`,
        },
        principal: { arn: `arn:aws:iam::${OTHER}:root` },
        actions: ['sts:AssumeRole'],
      },
    ]);
  });

  it('evaluates a role of another account as a session of that role', () => {
    const role = `arn:aws:iam::${OTHER}:role/ops/Deployer`;
    const [found] = named([{ Effect: 'Allow', Principal: { AWS: role }, Action: 'sts:AssumeRole' }]);
    assert.deepEqual(found?.node, { id: role, kind: 'role', account: OTHER, label: 'Deployer' });
    assert.deepEqual(found?.principal, {
      arn: `arn:aws:sts::${OTHER}:assumed-role/Deployer/ibiam-trust-graph`,
      roleArn: role,
    });
  });

  it('names services and identity providers, with the STS action each calls', () => {
    const saml = `arn:aws:iam::${ACCOUNT}:saml-provider/Corp`;
    const found = named([
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      { Effect: 'Allow', Principal: { Federated: saml }, Action: 'sts:AssumeRoleWithSAML' },
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
      },
    ]);
    assert.deepEqual(
      found.map((p) => [p.node.id, p.node.kind, p.actions[0], p.service]),
      [
        ['service:ec2.amazonaws.com', 'service', 'sts:AssumeRole', 'ec2.amazonaws.com'],
        [`federated:${saml}`, 'federated', 'sts:AssumeRoleWithSAML', undefined],
        ['federated:cognito-identity.amazonaws.com', 'federated', 'sts:AssumeRoleWithWebIdentity', undefined],
      ],
    );
  });

  it('ignores the principals of Deny statements', () => {
    assert.deepEqual(
      named([{ Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' }]),
      [],
    );
  });

  it('counts an Allow with NotPrincipal as naming anyone (the engine decides who is excepted)', () => {
    const found = named([
      { Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' },
    ]);
    assert.deepEqual(
      found.map((p) => [p.node.id, p.node.kind]),
      [['*', 'anyone']],
    );
  });
});
