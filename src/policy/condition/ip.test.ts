/**
 * Tests for the IP address condition operators and address parsing.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cidrContains, parseCidr, parseIPv4, parseIPv6, parseIPv6Groups } from './ip-parse.js';
import type { PolicyVersion } from '../document/ast.js';
import { compileCondition } from './compile.js';
import type { CompiledCondition, ContextReader, ContextValue } from './types.js';

function ctx(values: Record<string, ContextValue>): ContextReader {
  const map = new Map(Object.entries(values).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (key) => map.get(key) };
}
function cond(
  operator: string,
  key: string,
  values: string[],
  version: PolicyVersion | undefined = '2012-10-17',
): CompiledCondition {
  return compileCondition({ operator, key, values, path: [] }, version);
}
/** matches(), checked against explain(). */
function run(c: CompiledCondition, request: Record<string, ContextValue>): boolean {
  const reader = ctx(request);
  const matched = c.matches(reader);
  const trace = c.explain(reader);
  assert.equal(trace.matched, matched, `explain agrees with matches: ${trace.reason}`);
  assert.ok(trace.reason.length > 0);
  return matched;
}

describe('address parsing', () => {
  it('parses IPv4', () => {
    assert.equal(parseIPv4('0.0.0.0'), 0);
    assert.equal(parseIPv4('255.255.255.255'), 2 ** 32 - 1);
    assert.equal(parseIPv4('203.0.113.1'), ((203 * 256 + 0) * 256 + 113) * 256 + 1);
    for (const bad of [
      '',
      '1.2.3',
      '1.2.3.4.5',
      '256.1.1.1',
      '1..2.3',
      '1.2.3.4 ',
      'a.b.c.d',
      '1234.1.1.1',
    ]) {
      assert.equal(parseIPv4(bad), undefined, bad);
    }
  });

  it('parses IPv6 with :: compression and an IPv4 tail', () => {
    const groups = (text: string): number[] | undefined => {
      const parsed = parseIPv6Groups(text);
      return parsed && Array.from(parsed);
    };
    assert.deepEqual(groups('::'), [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(groups('::1'), [0, 0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(groups('1::'), [1, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(groups('2001:DB8:1234:5678::'), [0x2001, 0xdb8, 0x1234, 0x5678, 0, 0, 0, 0]);
    assert.deepEqual(groups('2001:db8:0:0:0:0:0:1'), groups('2001:db8::1'));
    assert.deepEqual(groups('1:2::7:8'), [1, 2, 0, 0, 0, 0, 7, 8]);
    assert.deepEqual(groups('::ffff:192.0.2.1'), [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x201]);
    assert.deepEqual(groups('1:2:3:4:5:6:192.0.2.1'), [1, 2, 3, 4, 5, 6, 0xc000, 0x201]);
    assert.equal(parseIPv6('::1'), 1n);
    assert.equal(parseIPv6('2001:DB8:1234:5678::'), 0x20010db812345678n << 64n);
    for (const bad of [
      '',
      ':',
      ':1::',
      '1:',
      '1::2::3',
      '12345::',
      'g::',
      '1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8:9',
      'fe80::1%eth0',
      '1:2:3:4:5:6:7::8',
      '1:2:3:4:5:6:7:1.2.3.4',
      '::1.2.3',
    ]) {
      assert.equal(parseIPv6(bad), undefined, bad);
    }
  });

  // "If you specify an IP address without the associated routing prefix, IAM uses the default prefix value of /32."
  it('treats a bare address as /32 or /128 and ignores host bits', () => {
    const v4 = parseCidr('203.0.113.7')!;
    assert.equal(cidrContains(v4, parseIPv4('203.0.113.7')!), true);
    assert.equal(cidrContains(v4, parseIPv4('203.0.113.8')!), false);
    const v6 = parseCidr('2001:db8::1')!;
    assert.equal(v6.prefix, 128);
    assert.equal(cidrContains(v6, parseIPv6Groups('2001:db8::1')!), true);
    assert.equal(cidrContains(v6, parseIPv6Groups('2001:db8::2')!), false);
    const range = parseCidr('2001:db8::ff/120')!;
    assert.equal(range.network, 0x20010db8n << 96n);
    assert.equal(range.prefix, 120);
    assert.equal(parseCidr('203.0.113.7/24')!.network, parseIPv4('203.0.113.0')! | 0);
    assert.equal(cidrContains(parseCidr('203.0.113.7/24')!, parseIPv4('203.0.113.200')!), true);
  });

  it('rejects bad prefixes', () => {
    for (const bad of ['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/a', '::/129', '10.0.0.0/-1', 'x/8']) {
      assert.equal(parseCidr(bad), undefined, bad);
    }
  });
});

describe('IpAddress / NotIpAddress', () => {
  // The page's example: 203.0.113.0 to 203.0.113.255.
  it('IpAddress matches addresses in the range', () => {
    const c = cond('IpAddress', 'aws:SourceIp', ['203.0.113.0/24']);
    assert.equal(run(c, { 'aws:SourceIp': '203.0.113.0' }), true);
    assert.equal(run(c, { 'aws:SourceIp': '203.0.113.255' }), true);
    assert.equal(run(c, { 'aws:SourceIp': '203.0.114.0' }), false);
    assert.equal(run(c, { 'aws:SourceIp': '203.0.112.255' }), false);
  });

  // "The aws:SourceIp key is always present ... except when the requester uses a VPC endpoint ... the condition returns false"
  it('IpAddress does not match a missing key; NotIpAddress does', () => {
    assert.equal(run(cond('IpAddress', 'aws:SourceIp', ['203.0.113.0/24']), {}), false);
    assert.equal(run(cond('NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24']), {}), true);
  });

  // The page's mixed IPv4/IPv6 example.
  it('mixes IPv4 and IPv6 ranges', () => {
    const c = cond('IpAddress', 'aws:SourceIp', ['203.0.113.0/24', '2001:DB8:1234:5678::/64']);
    assert.equal(run(c, { 'aws:SourceIp': '2001:db8:1234:5678:abcd::1' }), true);
    assert.equal(run(c, { 'aws:SourceIp': '2001:db8:1234:5679::1' }), false);
    assert.equal(run(c, { 'aws:SourceIp': '203.0.113.9' }), true);
  });

  it('whole-space ranges', () => {
    assert.equal(run(cond('IpAddress', 'k', ['0.0.0.0/0']), { k: '198.51.100.1' }), true);
    assert.equal(run(cond('IpAddress', 'k', ['0.0.0.0/0']), { k: '::1' }), false);
    assert.equal(run(cond('IpAddress', 'k', ['::/0']), { k: '::1' }), true);
  });

  it('NotIpAddress is true outside all ranges', () => {
    const c = cond('NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24', '198.51.100.0/24']);
    assert.equal(run(c, { 'aws:SourceIp': '192.0.2.1' }), true);
    assert.equal(run(c, { 'aws:SourceIp': '198.51.100.7' }), false);
  });

  it('a bad CIDR makes the entry invalid; a bad request address matches nothing', () => {
    assert.equal(cond('IpAddress', 'k', ['203.0.113.0/40']).invalid, true);
    assert.equal(cond('IpAddress', 'k', ['${aws:SourceIp}']).invalid, true);
    assert.equal(run(cond('IpAddress', 'k', ['0.0.0.0/0']), { k: 'localhost' }), false);
    assert.equal(run(cond('NotIpAddress', 'k', ['10.0.0.0/8']), { k: 'localhost' }), true);
  });
});
