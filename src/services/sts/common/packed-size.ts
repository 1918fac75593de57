/**
 * PackedPolicySize: how much of the packed binary space the session policies, managed policy ARNs and
 * session tags take, in percent; over 100 the request fails with PackedPolicyTooLarge. AWS does not
 * publish its packing, so this is an estimate: policy text without whitespace and ARNs count half (they
 * compress well), tag keys and values in full, against 1,024 units. It reproduces the order of magnitude
 * of AWS's examples (a short policy and two tags: 8%) and grows with what is passed.
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html#API_AssumeRole_ResponseElements
 * Message for tags (AWS CloudTrail, aws/containers-roadmap#2413): `Packed size of session tags consumes
 * 112% of allotted space.`
 */
import type { Tag } from '../../../store/records.js';
import { policySize } from '../../iam/common/policy-document.js';
import { packedPolicyTooLarge } from './errors.js';

const CAPACITY = 1024;

export interface PackedInput {
  readonly policy?: string;
  readonly policyArns: readonly string[];
  readonly tags: readonly Tag[];
}

/** The estimated packed size, in percent (rounded up), and which part weighs more. */
export function packedSize(input: PackedInput): { percent: number; tagsDominate: boolean } {
  const policyUnits =
    Math.ceil(policySize(input.policy ?? '') / 2) +
    input.policyArns.reduce((sum, arn) => sum + Math.ceil(arn.length / 2), 0);
  const tagUnits = input.tags.reduce((sum, tag) => sum + tag.Key.length + tag.Value.length, 0);
  return {
    percent: Math.ceil(((policyUnits + tagUnits) * 100) / CAPACITY),
    tagsDominate: tagUnits > policyUnits,
  };
}

/** The packed size in percent; throws PackedPolicyTooLarge above 100%. */
export function checkPackedSize(input: PackedInput): number {
  const { percent, tagsDominate } = packedSize(input);
  if (percent > 100) {
    throw packedPolicyTooLarge(
      tagsDominate
        ? `Packed size of session tags consumes ${percent}% of allotted space.`
        : `Packed policy consumes ${percent}% of allotted space, please use smaller policy.`,
    );
  }
  return percent;
}
