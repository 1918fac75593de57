/**
 * AssumeRole's parameters, checked in AWS's order: the model's constraints first (one ValidationError
 * naming every problem), then the RoleArn's syntax, the session tags and the inline session policy.
 * MFA parameters (SerialNumber, TokenCode) are validated but ibiam has no MFA devices to check them with.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_RequestParameters
 */
import type { Tag } from '../../../store/records.js';
import { InputReader } from '../../common/input.js';
import type { InputParams } from '../../common/operation.js';
import { checkArnSyntax } from './role-arn.js';
import {
  ARN,
  EXTERNAL_ID,
  MAX_TRANSITIVE_TAG_KEYS,
  ROLE_DURATION,
  ROLE_SESSION_NAME,
  SERIAL_NUMBER,
  SESSION_POLICY,
  SOURCE_IDENTITY,
  TAG_KEY,
  TOKEN_CODE,
} from './rules.js';
import { checkInlineSessionPolicy, readPolicyArns } from './session-policies.js';
import { checkRequestedTags } from './session-tags.js';

export interface AssumeRoleInput {
  readonly roleArn: string;
  readonly roleSessionName: string;
  readonly durationSeconds?: number;
  readonly policy?: string;
  readonly policyArns: readonly string[];
  readonly tags: readonly Tag[];
  readonly transitiveTagKeys: readonly string[];
  readonly externalId?: string;
  readonly sourceIdentity?: string;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function readAssumeRoleInput(params: InputParams): AssumeRoleInput {
  const reader = new InputReader(params);
  const roleArn = reader.string('RoleArn', ARN);
  const roleSessionName = reader.string('RoleSessionName', ROLE_SESSION_NAME);
  const durationSeconds = reader.optionalInteger('DurationSeconds', ROLE_DURATION);
  const policy = reader.optionalString('Policy', SESSION_POLICY);
  const tags = reader.optionalTags() ?? [];
  const transitiveTagKeys =
    reader.optionalStringList('TransitiveTagKeys', TAG_KEY, MAX_TRANSITIVE_TAG_KEYS) ?? [];
  const externalId = reader.optionalString('ExternalId', EXTERNAL_ID);
  reader.optionalString('SerialNumber', SERIAL_NUMBER);
  reader.optionalString('TokenCode', TOKEN_CODE);
  const sourceIdentity = reader.optionalString('SourceIdentity', SOURCE_IDENTITY);
  reader.done();
  const policyArns = readPolicyArns(params);
  checkArnSyntax(roleArn);
  checkRequestedTags(tags, transitiveTagKeys);
  checkInlineSessionPolicy(policy);
  return {
    roleArn,
    roleSessionName,
    policyArns,
    tags,
    transitiveTagKeys,
    ...optional('durationSeconds', durationSeconds),
    ...optional('policy', policy),
    ...optional('externalId', externalId),
    ...optional('sourceIdentity', sourceIdentity),
  };
}
