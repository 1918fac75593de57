/**
 * IP address condition operators: IpAddress (the request's address lies in one of the ranges) and
 * NotIpAddress. Ranges are IPv4 or IPv6 CIDR blocks; a bare address means /32 (IPv4) or /128 (IPv6).
 * No policy variables. Parsing lives in ip-parse.ts.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */
import { itemMatcher, NEVER, parseAll, type OperatorSpec } from './family.js';
import { cidrContains, parseCidr, parseMatchAddress } from './ip-parse.js';

function ipOperator(name: string, negated: boolean): OperatorSpec {
  return {
    name,
    family: 'IP address',
    negated,
    verb: 'is in',
    takesVariables: false,
    compile(values) {
      const { items, errors } = parseAll(values, parseCidr, 'an IPv4 or IPv6 address or CIDR range');
      const matcher =
        errors.length > 0
          ? NEVER
          : itemMatcher(values, items, parseMatchAddress, (r, p) => cidrContains(p, r));
      return { matcher, variableKeys: [], errors };
    },
  };
}

export const IP_OPERATORS: readonly OperatorSpec[] = [
  ipOperator('IpAddress', false),
  ipOperator('NotIpAddress', true),
];
