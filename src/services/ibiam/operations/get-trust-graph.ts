/**
 * GetTrustGraph (GET /_ibiam/api/trust-graph[?roleArn=ARN&roleArn=ARN...]): the caller's account as a
 * graph of who may assume and pass which role, for the console's trust-graph page (see trust-graph/).
 * Authorized as iam:GetAccountAuthorizationDetails on `*`: the graph shows what that call would show
 * (every user's and role's policies), so it needs the same permission. `roleArn` names roles of other
 * accounts (repeatable) to find this account's side of cross-account edges to.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
import { defineOperation } from '../../common/operation.js';
import { repeatedQueryParameter } from '../common/query-input.js';
import { buildTrustGraph } from '../trust-graph/build.js';

/** A role ARN (IAM's path and name characters). */
const ROLE_ARN = /^arn:[\w-]+:iam::\d{12}:role\/[\u0021-\u007E]{1,576}$/;
const MAX_ROLE_ARNS = 200;

export const getTrustGraph = defineOperation({
  name: 'GetTrustGraph',
  http: { method: 'GET', uri: '/_ibiam/api/trust-graph' },
  write: false,
  input(params) {
    return { roleArns: repeatedQueryParameter(params, 'roleArn', { pattern: ROLE_ARN }, MAX_ROLE_ARNS) };
  },
  access: () => [{ action: 'iam:GetAccountAuthorizationDetails', resource: '*' }],
  async run(input, ctx) {
    return buildTrustGraph({
      tx: ctx.tx,
      awsManaged: ctx.awsManaged,
      account: ctx.caller.accountId,
      region: ctx.region,
      now: ctx.now,
      roleArns: input.roleArns,
    });
  },
});
