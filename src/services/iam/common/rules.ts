/**
 * IAM's parameter rules: name and path patterns and lengths, from the IAM API model and quotas page.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import type { StringRule } from '../../common/input.js';

export const NAME_PATTERN = /^[\w+=,.@-]+$/;
export const USER_NAME: StringRule = { min: 1, max: 64, pattern: NAME_PATTERN };
export const ROLE_NAME: StringRule = { min: 1, max: 64, pattern: NAME_PATTERN };
export const GROUP_NAME: StringRule = { min: 1, max: 128, pattern: NAME_PATTERN };
export const INSTANCE_PROFILE_NAME: StringRule = { min: 1, max: 128, pattern: NAME_PATTERN };
export const POLICY_NAME: StringRule = { min: 1, max: 128, pattern: NAME_PATTERN };
/** Paths of users, groups, roles and instance profiles: `/` or `/.../` with printable ASCII. */
export const PATH: StringRule = { min: 1, max: 512, pattern: /^(\u002F)|(\u002F[\u0021-\u007E]+\u002F)$/ };
export const POLICY_PATH: StringRule = { min: 1, max: 512, pattern: /^((\/[A-Za-z0-9.,+@=_-]+)*)\/$/ };
export const PATH_PREFIX: StringRule = { min: 1, max: 512, pattern: /^\u002F[\u0021-\u007F]*$/ };
export const ARN: StringRule = { min: 20, max: 2048 };
export const MARKER: StringRule = { min: 1, max: 320, pattern: /^[\u0020-\u00FF]+$/ };
// AWS allows tab, LF and CR in these members.
/* eslint-disable no-control-regex */
export const DESCRIPTION: StringRule = {
  max: 1000,
  pattern: /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/,
};
export const POLICY_DOCUMENT: StringRule = {
  min: 1,
  max: 131072,
  pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/,
};
/* eslint-enable no-control-regex */
