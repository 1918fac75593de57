// Image Builder sharing policies: the documented form (an account may Get and List the resource) is
// accepted; anything sharing cannot express is InvalidParameterValueException naming the statement.
// Expectations from https://docs.aws.amazon.com/imagebuilder/latest/userguide/manage-shared-resources.html
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkSharingPolicy } from './policy-document.js';

const ARN = 'arn:aws:imagebuilder:us-west-2:123456789012:component/my-example-component/2019.12.03/1';
const statement = (overrides: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: ['123456789012'] },
        Action: ['imagebuilder:GetComponent', 'imagebuilder:ListComponents'],
        Resource: [ARN],
        ...overrides,
      },
    ],
  });

const rejects = (text: string, message: RegExp) =>
  assert.throws(
    () => checkSharingPolicy(text, 'component', ARN),
    (error: Error & { code?: string }) => {
      assert.equal(error.code, 'InvalidParameterValueException');
      assert.match(error.message, message);
      return true;
    },
  );

describe('sharing policies', () => {
  it('accepts the documented component policy, account root ARNs and conditions', () => {
    assert.equal(checkSharingPolicy(statement({}), 'component', ARN).statements.length, 1);
    const root = statement({
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'imagebuilder:getcomponent',
    });
    assert.ok(checkSharingPolicy(root, 'component', ARN));
    const conditional = statement({
      Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      Resource: '*',
    });
    assert.ok(checkSharingPolicy(conditional, 'component', ARN));
  });

  it('refuses what sharing cannot express', () => {
    rejects('not json', /^The policy is not valid: /);
    rejects(statement({ Principal: undefined }), /^The policy is not valid: /);
    rejects(statement({ Effect: 'Deny' }), /statement 1 has Effect Deny; a component policy may only Allow/);
    rejects(statement({ Principal: '*' }), /must name AWS accounts as principals/);
    rejects(statement({ Principal: { AWS: ['alice'] } }), /names the principal 'alice'/);
    rejects(statement({ Action: 'imagebuilder:*' }), /grants 'imagebuilder:\*'/);
    rejects(
      statement({ Action: ['imagebuilder:GetImage'] }),
      /may only grant imagebuilder:GetComponent and imagebuilder:ListComponents/,
    );
    rejects(statement({ Resource: ARN.replace('/1', '/2') }), /may only name/);
    rejects(
      statement({ NotAction: 'imagebuilder:DeleteComponent', Action: undefined }),
      /NotPrincipal, NotAction or NotResource/,
    );
    rejects(`{"a":"${'x'.repeat(30001)}"}`, /between 1 and 30000 characters/);
  });

  it('allows each resource type its own Get and List actions', () => {
    const recipe = 'arn:aws:imagebuilder:us-west-2:123456789012:image-recipe/r/1.0.0';
    const text = statement({
      Action: ['imagebuilder:GetImageRecipe', 'imagebuilder:ListImageRecipes'],
      Resource: recipe,
    });
    assert.ok(checkSharingPolicy(text, 'image recipe', recipe));
    assert.throws(() => checkSharingPolicy(text, 'container recipe', recipe), /GetContainerRecipe/);
  });
});
