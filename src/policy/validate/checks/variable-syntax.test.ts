/**
 * The syntax of policy variables and where they may appear.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-brace-in-variable
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-empty-variable
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-unsupported-space-in-variable
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-missing-quote-in-variable
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-variable-unsupported-in-element
 * Default values (`${aws:PrincipalTag/team, 'company-wide'}`): https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-default-values
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, findingsOf } from '../testing.js';
import { variableSyntaxProblem } from './variable-syntax.js';

const onResource = (resource: string): string[] =>
  findingsOf(allowPolicy({ Action: 's3:GetObject', Resource: resource })).map(
    (f) => `${f.findingType} ${f.issueCode}`,
  );

describe('variable syntax', () => {
  it('names the problem of a malformed variable', () => {
    assert.equal(variableSyntaxProblem('home/${aws:username/*'), 'MISSING_BRACE_IN_VARIABLE');
    assert.equal(variableSyntaxProblem('home/${}/*'), 'EMPTY_VARIABLE');
    assert.equal(variableSyntaxProblem('home/${ }/*'), 'EMPTY_VARIABLE');
    assert.equal(variableSyntaxProblem('home/${aws: username}/*'), 'UNSUPPORTED_SPACE_IN_VARIABLE');
    assert.equal(
      variableSyntaxProblem('team-${aws:PrincipalTag/team, company-wide}'),
      'MISSING_QUOTE_IN_VARIABLE',
    );
  });

  it('accepts variables, defaults in quotes and escapes', () => {
    for (const text of [
      'home/${aws:username}/*',
      "team-${aws:PrincipalTag/team, 'company-wide'}",
      'a${*}b${?}c${$}',
      'no variable at all',
    ]) {
      assert.equal(variableSyntaxProblem(text), undefined, text);
    }
  });

  it('reports the problem as an error at the value, in Resource and in condition values', () => {
    assert.deepEqual(onResource('arn:aws:s3:::amzn-s3-demo-bucket/${aws:username/*'), [
      'ERROR MISSING_BRACE_IN_VARIABLE',
    ]);
    const condition = allowPolicy({
      Action: 's3:ListBucket',
      Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
      Condition: { StringLike: { 's3:prefix': 'home/${}/*' } },
    });
    const [finding] = findingsOf(condition).filter((f) => f.issueCode === 'EMPTY_VARIABLE');
    assert.deepEqual(finding?.path, ['Statement', 0, 'Condition', 'StringLike', 's3:prefix', 0]);
  });

  it('leaves `${` alone in policies whose version has no variables', () => {
    const text = JSON.stringify({
      Version: '2008-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/${}' },
      ],
    });
    assert.deepEqual(
      findingsOf(text).filter((f) => f.issueCode === 'EMPTY_VARIABLE'),
      [],
    );
  });
});

describe('VARIABLE_UNSUPPORTED_IN_ELEMENT', () => {
  it('reports a variable in the Action element, instead of an unknown action', () => {
    const text = allowPolicy({ Action: 'imagebuilder:${aws:PrincipalTag/allowed-action}' });
    const codes = findingsOf(text).map((f) => f.issueCode);
    assert.deepEqual(codes, ['VARIABLE_UNSUPPORTED_IN_ELEMENT']);
    const [finding] = findingsOf(text);
    assert.equal(
      finding?.message,
      'Policy variables are supported in the Resource and Condition elements. Remove the policy variable ${aws:PrincipalTag/allowed-action} from this element.',
    );
  });

  it('accepts variables in Resource', () => {
    assert.deepEqual(onResource('arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*'), []);
  });
});
