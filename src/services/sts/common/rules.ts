/**
 * STS's parameter constraints, from the STS API model (botocore `sts/2011-06-15/service-2.json`): the
 * patterns and lengths that a ValidationError names when a value breaks them.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_RequestParameters
 */
import type { StringRule } from '../../common/input.js';

/** arnType: 20-2048 characters (its pattern admits nearly every character, so only lengths are checked). */
export const ARN: StringRule = { min: 20, max: 2048 };
/** roleSessionNameType */
export const ROLE_SESSION_NAME: StringRule = { min: 2, max: 64, pattern: /^[\w+=,.@-]*$/ };
/** userNameType: the Name of a GetFederationToken federated user. */
export const FEDERATED_USER_NAME: StringRule = { min: 2, max: 32, pattern: /^[\w+=,.@-]*$/ };
/** externalIdType (built from a string so that a ValidationError shows AWS's pattern, escaped slash included) */
export const EXTERNAL_ID: StringRule = { min: 2, max: 1224, pattern: new RegExp('^[\\w+=,.@:\\/-]*$') };
/** serialNumberType */
export const SERIAL_NUMBER: StringRule = { min: 9, max: 256, pattern: /^[\w+=/:,.@-]*$/ };
/** tokenCodeType: six digits. */
export const TOKEN_CODE: StringRule = { min: 6, max: 6, pattern: /^[\d]*$/ };
/** sourceIdentityType (the pattern already excludes the reserved `aws:` prefix, which needs a colon). */
export const SOURCE_IDENTITY: StringRule = { min: 2, max: 64, pattern: /^[\w+=,.@-]*$/ };
/** unrestrictedSessionPolicyDocumentType: tab, LF, CR and U+0020-U+00FF. */
// eslint-disable-next-line no-control-regex
export const SESSION_POLICY: StringRule = { min: 1, pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/ };
/** tagKeyType, for TransitiveTagKeys (Tags are read with the shared tag rules). */
export const TAG_KEY: StringRule = { min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u };
/** accessKeyIdType */
export const ACCESS_KEY_ID: StringRule = { min: 16, max: 128, pattern: /^[\w]*$/ };

/** roleDurationSecondsType */
export const ROLE_DURATION = { min: 900, max: 43200 } as const;
/** durationSecondsType (GetSessionToken, GetFederationToken) */
export const TOKEN_DURATION = { min: 900, max: 129600 } as const;

/** At most 10 managed session policies (PolicyArns) per request. */
export const MAX_POLICY_ARNS = 10;
/** TransitiveTagKeys: tagKeyListType, at most 50. */
export const MAX_TRANSITIVE_TAG_KEYS = 50;
