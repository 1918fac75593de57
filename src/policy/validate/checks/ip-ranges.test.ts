/**
 * IP address values.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-type-mismatch-ip-range
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-improve-ip-range
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-error-private-ip-address
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-suggestion-private-ip-address-subset
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowPolicy, withCode } from '../testing.js';

const withCondition = (condition: object): string =>
  allowPolicy({ Action: 's3:GetObject', Condition: condition });

describe('TYPE_MISMATCH_IP_RANGE', () => {
  it('reports values that are not an address or CIDR range', () => {
    const text = withCondition({
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/33', 'office', '203.0.113.0/24'] },
    });
    const findings = withCode(text, 'TYPE_MISMATCH_IP_RANGE');
    assert.deepEqual(
      findings.map((f) => f.path.at(-1)),
      [0, 1],
    );
    assert.equal(findings[0]?.findingType, 'ERROR');
    assert.equal(
      findings[0]?.message,
      'The condition operator IpAddress is used with an invalid IP range value. Specify the IP range in standard CIDR format.',
    );
  });
});

describe('IMPROVE_IP_RANGE', () => {
  it('gives the network address when host bits are set, for IPv4 and IPv6', () => {
    const text = withCondition({
      IpAddress: { 'aws:SourceIp': ['203.0.113.7/24', '2001:DB8:1234:5678::1/64'] },
    });
    assert.deepEqual(
      withCode(text, 'IMPROVE_IP_RANGE').map((f) => f.message),
      [
        'The non-zero bits in the IP address after the masked bits are ignored. Replace address with 203.0.113.0/24.',
        'The non-zero bits in the IP address after the masked bits are ignored. Replace address with 2001:db8:1234:5678::/64.',
      ],
    );
  });

  it('accepts network addresses and single addresses', () => {
    const text = withCondition({
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:DB8:1234:5678::/64', '203.0.113.7'] },
    });
    assert.deepEqual(withCode(text, 'IMPROVE_IP_RANGE'), []);
  });
});

describe('private ranges with aws:SourceIp', () => {
  it('reports only private ranges as errors, for IpAddress and NotIpAddress', () => {
    assert.equal(
      withCode(withCondition({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }), 'PRIVATE_IP_ADDRESS')[0]
        ?.findingType,
      'ERROR',
    );
    const negated = withCondition({ NotIpAddress: { 'aws:SourceIp': ['192.168.0.0/16', '172.16.5.4'] } });
    assert.equal(withCode(negated, 'PRIVATE_NOT_IP_ADDRESS')[0]?.findingType, 'ERROR');
  });

  it('suggests removing the private part of a mix', () => {
    const text = withCondition({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } });
    assert.equal(withCode(text, 'PRIVATE_IP_ADDRESS_SUBSET')[0]?.findingType, 'SUGGESTION');
    const negated = withCondition({ NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '203.0.113.0/24'] } });
    assert.equal(withCode(negated, 'PRIVATE_NOT_IP_ADDRESS_SUBSET')[0]?.findingType, 'SUGGESTION');
  });

  it('accepts public ranges, and private ranges with aws:VpcSourceIp', () => {
    assert.deepEqual(
      withCode(withCondition({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }), 'PRIVATE_IP_ADDRESS'),
      [],
    );
    assert.deepEqual(
      withCode(withCondition({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' } }), 'PRIVATE_IP_ADDRESS'),
      [],
    );
  });
});
