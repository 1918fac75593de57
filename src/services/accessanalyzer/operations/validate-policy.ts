/**
 * ValidatePolicy (`POST /policy/validation`): the engine's validator run on a policy document, its findings
 * in Access Analyzer's shape, a page at a time (`maxResults`, `nextToken` in the query string). The policy
 * type picks the grammar: IDENTITY_POLICY, RESOURCE_POLICY (a role trust policy when
 * validatePolicyResourceType is AWS::IAM::AssumeRolePolicyDocument), SERVICE_CONTROL_POLICY,
 * RESOURCE_CONTROL_POLICY. `locale` is accepted; findings are in English. Authorized as
 * access-analyzer:ValidatePolicy on `*` (the action has no resource type).
 * https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicy.html
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementaccessanalyzer.html
 */
import { validatePolicy as validate } from '../../../policy/validate/validate.js';
import type { ValidationPolicyType } from '../../../policy/validate/finding.js';
import { InputReader } from '../../common/input.js';
import { defineOperation } from '../../common/operation.js';
import { validationException } from '../../common/service-error.js';
import { asValidationException, checkEnum } from '../common/errors.js';
import { documentValue, findingShape } from '../common/finding-shape.js';

const POLICY_TYPES = [
  'IDENTITY_POLICY',
  'RESOURCE_POLICY',
  'SERVICE_CONTROL_POLICY',
  'RESOURCE_CONTROL_POLICY',
] as const;
const RESOURCE_TYPES = [
  'AWS::S3::Bucket',
  'AWS::S3::AccessPoint',
  'AWS::S3::MultiRegionAccessPoint',
  'AWS::S3ObjectLambda::AccessPoint',
  'AWS::IAM::AssumeRolePolicyDocument',
  'AWS::DynamoDB::Table',
];
const LOCALES = ['DE', 'EN', 'ES', 'FR', 'IT', 'JA', 'KO', 'PT_BR', 'ZH_CN', 'ZH_TW'];
const TRUST_POLICY = 'AWS::IAM::AssumeRolePolicyDocument';

const GRAMMAR: Record<(typeof POLICY_TYPES)[number], ValidationPolicyType> = {
  IDENTITY_POLICY: 'identity',
  RESOURCE_POLICY: 'resource',
  SERVICE_CONTROL_POLICY: 'scp',
  RESOURCE_CONTROL_POLICY: 'rcp',
};

/** nextToken: the index of the page's first finding, opaque to clients. */
const encodeToken = (start: number) => Buffer.from(`findings:${start}`, 'utf8').toString('base64url');
function decodeToken(token: string): number {
  const match = /^findings:(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw validationException(`Invalid nextToken: ${token}`);
  return Number(match[1]);
}

export const validatePolicy = defineOperation({
  name: 'ValidatePolicy',
  http: { method: 'POST', uri: '/policy/validation' },
  write: false,
  input(params) {
    const input = asValidationException(() => {
      const reader = new InputReader(params);
      const read = {
        policyDocument: reader.string('policyDocument'),
        policyType: reader.string('policyType'),
        validatePolicyResourceType: reader.optionalString('validatePolicyResourceType'),
        locale: reader.optionalString('locale'),
        maxResults: reader.optionalInteger('maxResults', { min: 1 }),
        nextToken: reader.optionalString('nextToken'),
      };
      reader.done();
      return read;
    });
    checkEnum('policyType', input.policyType, POLICY_TYPES);
    checkEnum('validatePolicyResourceType', input.validatePolicyResourceType, RESOURCE_TYPES);
    checkEnum('locale', input.locale, LOCALES);
    const start = input.nextToken === undefined ? 0 : decodeToken(input.nextToken);
    const policyType = input.policyType as (typeof POLICY_TYPES)[number];
    // The resource type refines RESOURCE_POLICY only ("Specify a value ... only if the policy type is
    // RESOURCE_POLICY"); with other types it is ignored.
    const trust = policyType === 'RESOURCE_POLICY' && input.validatePolicyResourceType === TRUST_POLICY;
    return {
      text: input.policyDocument,
      grammar: trust ? ('trust' as const) : GRAMMAR[policyType],
      start,
      maxResults: input.maxResults,
    };
  },
  access: () => [{ action: 'access-analyzer:ValidatePolicy', resource: '*' }],
  async run(input) {
    const findings = validate(input.text, input.grammar).findings;
    if (input.start > findings.length) throw validationException('Invalid nextToken: it is past the end.');
    const end = input.maxResults === undefined ? findings.length : input.start + input.maxResults;
    const document = documentValue(input.text);
    return {
      findings: findings.slice(input.start, end).map((f) => findingShape(f, document)),
      nextToken: end < findings.length ? encodeToken(end) : undefined,
    };
  },
});
