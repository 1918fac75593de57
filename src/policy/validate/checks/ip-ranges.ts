/**
 * IpAddress / NotIpAddress values: not an address or CIDR range (TYPE_MISMATCH_IP_RANGE), host bits set
 * below the prefix (IMPROVE_IP_RANGE, with the network address to use instead), and private ranges with
 * aws:SourceIp, which only ever carries public addresses (PRIVATE_IP_ADDRESS, PRIVATE_NOT_IP_ADDRESS when
 * every value is private; the _SUBSET suggestions when some are). Private: RFC 1918 and IPv6 unique local.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-improve-ip-range
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-private-ip-address
 * aws:SourceIp: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip
 */
import { parseCidr, parseIpAddress, type CidrRange } from '../../condition/ip-parse.js';
import { parseOperatorName } from '../../condition/operator-name.js';
import { findOperator } from '../../condition/operators.js';
import type { ConditionEntry } from '../../document/ast.js';
import type { CheckContext } from '../check-context.js';

interface Range {
  readonly network: bigint;
  readonly prefix: number;
  readonly v6: boolean;
}

function rangeOf(text: string, cidr: CidrRange): Range {
  const v6 = typeof cidr.network === 'bigint';
  const slash = text.indexOf('/');
  const prefix = slash < 0 ? (v6 ? 128 : 32) : Number(text.slice(slash + 1));
  const network = typeof cidr.network === 'bigint' ? cidr.network : BigInt(cidr.network >>> 0);
  return { network, prefix, v6 };
}

function formatAddress(value: bigint, v6: boolean): string {
  if (!v6) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((value >> shift) & 0xffffn));
  // RFC 5952: compress the longest run (two or more) of zero groups, the first one on a tie.
  let best = { at: -1, length: 1 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { at: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.length).join(':')}`;
}

const PRIVATE_BLOCKS: readonly Range[] = [
  { network: 0x0a000000n, prefix: 8, v6: false },
  { network: 0xac100000n, prefix: 12, v6: false },
  { network: 0xc0a80000n, prefix: 16, v6: false },
  { network: 0xfcn << 120n, prefix: 7, v6: true },
];

function isPrivate(range: Range): boolean {
  const bits = range.v6 ? 128n : 32n;
  return PRIVATE_BLOCKS.some(
    (block) =>
      block.v6 === range.v6 &&
      range.prefix >= block.prefix &&
      range.network >> (bits - BigInt(block.prefix)) === block.network >> (bits - BigInt(block.prefix)),
  );
}

function checkEntry(ctx: CheckContext, entry: ConditionEntry): void {
  const spec = findOperator(parseOperatorName(entry.operator).base);
  if (spec?.family !== 'IP address') return;
  const ranges: Range[] = [];
  entry.values.forEach((value, index) => {
    const path = [...entry.path, index];
    const cidr = parseCidr(value);
    if (cidr === undefined) {
      const message = `The condition operator ${entry.operator} is used with an invalid IP range value. Specify the IP range in standard CIDR format.`;
      ctx.report.add('TYPE_MISMATCH_IP_RANGE', message, path);
      return;
    }
    const range = rangeOf(value, cidr);
    ranges.push(range);
    const slash = value.indexOf('/');
    const address = slash < 0 ? undefined : parseIpAddress(value.slice(0, slash));
    if (address !== undefined && BigInt(address) !== range.network) {
      const better = `${formatAddress(range.network, range.v6)}/${range.prefix}`;
      const message = `The non-zero bits in the IP address after the masked bits are ignored. Replace address with ${better}.`;
      ctx.report.add('IMPROVE_IP_RANGE', message, path);
    }
  });
  if (entry.key.toLowerCase() !== 'aws:sourceip' || ranges.length === 0) return;
  const privateCount = ranges.filter(isPrivate).length;
  if (privateCount === 0) return;
  const negated = spec.negated;
  if (privateCount === ranges.length) {
    const message = negated
      ? 'The values for condition key aws:SourceIp include only private IP addresses and has no effect. aws:SourceIp works only for public IP address ranges. Update the value to include only public IP addresses.'
      : 'aws:SourceIp works only for public IP address ranges. The values for condition key aws:SourceIp include only private IP addresses and will not have the desired effect. Update the value to include only public IP addresses.';
    ctx.report.add(negated ? 'PRIVATE_NOT_IP_ADDRESS' : 'PRIVATE_IP_ADDRESS', message, entry.path);
  } else {
    const effect = negated ? 'have no effect' : 'will not have the desired effect';
    const message = `The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses ${effect}. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.`;
    ctx.report.add(
      negated ? 'PRIVATE_NOT_IP_ADDRESS_SUBSET' : 'PRIVATE_IP_ADDRESS_SUBSET',
      message,
      entry.path,
    );
  }
}

export function checkIpRanges(ctx: CheckContext): void {
  for (const statement of ctx.document.statements) {
    for (const entry of statement.conditions) checkEntry(ctx, entry);
  }
}
