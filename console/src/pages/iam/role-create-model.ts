/**
 * The Create role wizard as data, the way the IAM console and the seeds walk it: 1) the trusted entity
 * (an AWS service, an AWS account, or a custom trust policy) which pre-fills 2) the trust policy,
 * 3) permissions (managed policies, an optional boundary), 4) name, path, description, maximum session
 * duration and tags. https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user.html
 * Pure: no DOM, no framework.
 */

export type TrustedEntity =
  | { readonly kind: 'service'; readonly services: readonly string[] }
  | {
      readonly kind: 'account';
      readonly accountId: string;
      readonly externalId: string;
      readonly requireMfa: boolean;
    }
  | { readonly kind: 'custom' };

/** The services the wizard offers by name; any other service principal can be typed. */
export const COMMON_SERVICES: readonly { readonly label: string; readonly principal: string }[] = [
  { label: 'EC2', principal: 'ec2.amazonaws.com' },
  { label: 'EC2 Image Builder', principal: 'imagebuilder.amazonaws.com' },
  { label: 'Systems Manager', principal: 'ssm.amazonaws.com' },
];

/** What the IAM console shows for a custom trust policy before you paste yours. */
export const CUSTOM_TRUST_SAMPLE = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Statement1', Effect: 'Allow', Principal: {}, Action: 'sts:AssumeRole' }],
};

const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/** What is wrong with the trusted entity, or undefined. */
export function trustedEntityError(entity: TrustedEntity): string | undefined {
  if (entity.kind === 'service') {
    if (entity.services.length === 0) return 'Choose a service.';
    const bad = entity.services.find((service) => !SERVICE_PRINCIPAL.test(service));
    return bad === undefined ? undefined : `${bad} is not a service principal (like ec2.amazonaws.com).`;
  }
  if (entity.kind === 'account' && !/^\d{12}$/.test(entity.accountId)) return 'An account ID has 12 digits.';
  return undefined;
}

/** The trust policy a trusted entity pre-fills, as the IAM console writes it. */
export function trustPolicyFor(entity: TrustedEntity): string {
  if (entity.kind === 'service') {
    const statement = {
      Effect: 'Allow',
      Principal: { Service: [...entity.services] },
      Action: ['sts:AssumeRole'],
    };
    return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);
  }
  if (entity.kind === 'account') {
    const conditions: Record<string, Record<string, string>> = {};
    if (entity.externalId) conditions['StringEquals'] = { 'sts:ExternalId': entity.externalId };
    if (entity.requireMfa) conditions['Bool'] = { 'aws:MultiFactorAuthPresent': 'true' };
    const statement = {
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${entity.accountId}:root` },
      Action: 'sts:AssumeRole',
      ...(Object.keys(conditions).length ? { Condition: conditions } : {}),
    };
    return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);
  }
  return JSON.stringify(CUSTOM_TRUST_SAMPLE, null, 2);
}

/** True when the trusted entity is EC2: the IAM console then also creates an instance profile of the same name. */
export function trustsEc2(entity: TrustedEntity): boolean {
  return (
    entity.kind === 'service' &&
    entity.services.some((s) => s === 'ec2.amazonaws.com' || s === 'ec2.amazonaws.com.cn')
  );
}

export interface RoleDetails {
  readonly name: string;
  readonly path: string;
  readonly description: string;
  /** Seconds, 3600 to 43200. */
  readonly maxSessionDuration: number;
  readonly tags: readonly { readonly key: string; readonly value: string }[];
}

/**
 * What is wrong with the role's details, by field (the CreateRole limits).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
export function roleDetailsErrors(details: RoleDetails): string[] {
  const errors: string[] = [];
  if (!/^[\w+=,.@-]{1,64}$/.test(details.name)) {
    errors.push('Role name: 1 to 64 letters, digits and + = , . @ _ - characters.');
  }
  if (!/^\/([\x21-\x7e]*\/)?$/.test(details.path) || details.path.length > 512) {
    errors.push('Path: starts and ends with / (for example /service-role/).');
  }
  if (details.description.length > 1000) errors.push('Description: at most 1000 characters.');
  if (
    !Number.isInteger(details.maxSessionDuration) ||
    details.maxSessionDuration < 3600 ||
    details.maxSessionDuration > 43200
  ) {
    errors.push('Maximum session duration: 3600 to 43200 seconds (1 to 12 hours).');
  }
  if (details.tags.length > 50) errors.push('Tags: at most 50.');
  details.tags.forEach((tag, index) => {
    if (!tag.key.trim()) errors.push(`Tag ${index + 1}: enter a key.`);
  });
  return errors;
}

/** Step 1's inputs as the form holds them. */
export interface EntityChoices {
  readonly kind: TrustedEntity['kind'];
  /** A principal of COMMON_SERVICES, or 'other' for the typed ones. */
  readonly service: string;
  /** Comma-separated service principals when `service` is 'other'. */
  readonly otherServices: string;
  readonly accountChoice: 'this' | 'other';
  readonly accountId: string;
  readonly requireExternalId: boolean;
  readonly externalId: string;
  readonly requireMfa: boolean;
}

export const DEFAULT_CHOICES: EntityChoices = {
  kind: 'service',
  service: 'ec2.amazonaws.com',
  otherServices: '',
  accountChoice: 'this',
  accountId: '',
  requireExternalId: false,
  externalId: '',
  requireMfa: false,
};

/** The trusted entity step 1's inputs describe (`thisAccount`: the signed-in account, for "This account"). */
export function entityFromChoices(choices: EntityChoices, thisAccount: string): TrustedEntity {
  if (choices.kind === 'service') {
    const services =
      choices.service === 'other'
        ? choices.otherServices
            .split(/[\s,]+/)
            .map((s) => s.trim())
            .filter(Boolean)
        : [choices.service];
    return { kind: 'service', services };
  }
  if (choices.kind === 'account') {
    return {
      kind: 'account',
      accountId: choices.accountChoice === 'this' ? thisAccount : choices.accountId.trim(),
      externalId: choices.requireExternalId ? choices.externalId.trim() : '',
      requireMfa: choices.requireMfa,
    };
  }
  return { kind: 'custom' };
}

/** What is wrong with step 1's inputs, or undefined. */
export function choicesError(choices: EntityChoices, thisAccount: string): string | undefined {
  if (choices.kind === 'account' && choices.requireExternalId && !choices.externalId.trim()) {
    return 'Enter the external ID, or clear "Require external ID".';
  }
  return trustedEntityError(entityFromChoices(choices, thisAccount));
}
