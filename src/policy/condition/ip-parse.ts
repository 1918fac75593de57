/**
 * IP addresses and CIDR ranges for the IpAddress / NotIpAddress operators: IPv4 as a 32-bit number,
 * IPv6 (with `::` compression and an optional dotted IPv4 tail) as a 128-bit bigint for callers, and as
 * eight 16-bit groups on the matching hot path (no BigInt arithmetic per request). A policy value
 * without a prefix length is a single address (/32 or /128). Host bits below the prefix are ignored
 * (203.0.113.7/24 is 203.0.113.0/24).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */

/** A parsed address: a number for IPv4 (0 .. 2^32-1), a 128-bit bigint for IPv6. */
export type IpAddressValue = number | bigint;

/** The matching form of an address: a number for IPv4, eight 16-bit groups for IPv6. */
export type MatchAddress = number | Uint16Array;

export interface CidrRange {
  /** The range as written. */
  readonly text: string;
  /** The prefix length (32 or 128 for a bare address). */
  readonly prefix: number;
  /** IPv4 ranges: network and mask as 32-bit integers (signed, as bitwise operators give them). IPv6: bigints. */
  readonly network: IpAddressValue;
  readonly mask: IpAddressValue;
  /** IPv6 ranges only: network and mask as eight 16-bit groups, for cidrContains. */
  readonly networkGroups?: Uint16Array;
  readonly maskGroups?: Uint16Array;
}

/** Parses dotted-quad IPv4 without allocating; undefined when malformed. */
export function parseIPv4(text: string): number | undefined {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return undefined;
    } else if (c === 46 && digits > 0 && dots < 3) {
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return undefined;
  }
  return dots === 3 && digits > 0 ? value * 256 + part : undefined;
}

/** The value of a hexadecimal digit, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Parses an IPv6 address into eight 16-bit groups; undefined when malformed (zone ids are rejected). */
export function parseIPv6Groups(text: string): Uint16Array | undefined {
  const groups = new Uint16Array(8);
  const n = text.length;
  let count = 0;
  let gap = -1; // where `::` stands, as a group index
  let i = 0;
  if (text.startsWith('::')) {
    gap = 0;
    i = 2;
  } else if (text.startsWith(':')) return undefined;
  while (i < n) {
    if (count === 8) return undefined;
    let value = 0;
    let j = i;
    while (j < n && j - i <= 4 && hexValue(text.charCodeAt(j)) >= 0)
      value = value * 16 + hexValue(text.charCodeAt(j++));
    if (text[j] === '.') {
      // A dotted IPv4 tail fills the last two groups.
      const v4 = count <= 6 ? parseIPv4(text.slice(i)) : undefined;
      if (v4 === undefined) return undefined;
      groups[count++] = Math.floor(v4 / 65536);
      groups[count++] = v4 % 65536;
      break;
    }
    if (j === i || j - i > 4) return undefined;
    groups[count++] = value;
    if (j === n) break;
    if (text[j] !== ':' || j + 1 === n) return undefined;
    i = j + 1;
    if (text[i] === ':') {
      if (gap >= 0) return undefined;
      gap = count;
      i++;
    }
  }
  if (gap < 0) return count === 8 ? groups : undefined;
  if (count === 8) return undefined; // `::` stands for at least one group
  const tail = count - gap;
  for (let k = 1; k <= tail; k++) groups[8 - k] = groups[count - k]!;
  groups.fill(0, gap, 8 - tail);
  return groups;
}

/** Parses an IPv6 address into a 128-bit bigint; undefined when malformed. */
export function parseIPv6(text: string): bigint | undefined {
  const groups = parseIPv6Groups(text);
  if (!groups) return undefined;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

/** Parses one address of either family. */
export function parseIpAddress(text: string): IpAddressValue | undefined {
  return text.includes(':') ? parseIPv6(text) : parseIPv4(text);
}

/** Parses one address of either family into its matching form (the per-request path). */
export function parseMatchAddress(text: string): MatchAddress | undefined {
  return text.includes(':') ? parseIPv6Groups(text) : parseIPv4(text);
}

/** Parses `address` or `address/prefix`; undefined when malformed or the prefix is out of range. */
export function parseCidr(text: string): CidrRange | undefined {
  const slash = text.indexOf('/');
  const address = parseMatchAddress(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const bits = typeof address === 'number' ? 32 : 128;
  let prefix = bits;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || Number(p) > bits) return undefined;
    prefix = Number(p);
  }
  if (typeof address === 'number') {
    const mask = prefix === 0 ? 0 : ~0 << (32 - prefix);
    return { text, prefix, network: address & mask, mask };
  }
  const maskGroups = new Uint16Array(8);
  const networkGroups = new Uint16Array(8);
  let network = 0n;
  let mask = 0n;
  for (let k = 0; k < 8; k++) {
    const groupBits = Math.max(0, Math.min(16, prefix - 16 * k));
    maskGroups[k] = groupBits === 0 ? 0 : (0xffff << (16 - groupBits)) & 0xffff;
    networkGroups[k] = address[k]! & maskGroups[k]!;
    network = (network << 16n) | BigInt(networkGroups[k]!);
    mask = (mask << 16n) | BigInt(maskGroups[k]!);
  }
  return { text, prefix, network, mask, networkGroups, maskGroups };
}

/** True when the address lies in the range (an IPv4 address is never in an IPv6 range and vice versa). */
export function cidrContains(range: CidrRange, address: MatchAddress): boolean {
  if (typeof address === 'number') {
    return typeof range.mask === 'number' && ((address ^ (range.network as number)) & range.mask) === 0;
  }
  const { networkGroups, maskGroups } = range;
  if (!networkGroups || !maskGroups) return false;
  for (let k = 0; k < 8; k++) if ((address[k]! & maskGroups[k]!) !== networkGroups[k]) return false;
  return true;
}
