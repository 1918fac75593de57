/**
 * `ibiam policy simulate`: evaluates one request (--principal/--action/--resource/--context) or a JSONL
 * batch (--requests) against identity, boundary, resource, trust, session, SCP and RCP policy files.
 * Exit code 0, or 1 when a batch line's "expect" differs from the decision.
 */
import type { Command } from 'commander';
import { authorize } from '../policy/authorize/authorize.js';
import { compilePolicySet, type PolicySetInput } from '../policy/authorize/policy-set.js';
import { simulateBatch } from './batch.js';
import { formatDecision } from './format-decision.js';
import { CliError } from './io.js';
import { loadPolicy } from './load-policy.js';
import type { Output } from './output.js';
import { parseContextFlags, principalFor } from './simulate-request.js';

interface SimulateOptions {
  identity: string[];
  boundary?: string;
  resourcePolicy?: string;
  trustPolicy?: string;
  sessionPolicy: string[];
  scp: string[];
  rcp: string[];
  principal?: string;
  action?: string;
  resource?: string;
  context: string[];
  region?: string;
  requests?: string;
  explain?: boolean;
  json?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function loadPolicies(o: SimulateOptions): PolicySetInput {
  return {
    identity: o.identity.map((f) => loadPolicy(f, 'identity')),
    ...(o.boundary ? { boundary: loadPolicy(o.boundary, 'boundary') } : {}),
    ...(o.resourcePolicy ? { resource: loadPolicy(o.resourcePolicy, 'resource') } : {}),
    ...(o.trustPolicy ? { trust: loadPolicy(o.trustPolicy, 'trust') } : {}),
    ...(o.sessionPolicy.length > 0 ? { session: o.sessionPolicy.map((f) => loadPolicy(f, 'session')) } : {}),
    // Each --scp/--rcp file is one level of the OU path, root level first.
    scps: o.scp.map((f) => [loadPolicy(f, 'scp')]),
    rcps: o.rcp.map((f) => [loadPolicy(f, 'rcp')]),
  };
}

export function registerPolicySimulate(policy: Command, out: Output): void {
  policy
    .command('simulate')
    .description('decide requests against policies, with the deciding statements and, on request, a trace')
    .option('--identity <file>', 'identity-based policy (repeatable)', collect, [])
    .option('--boundary <file>', 'permissions boundary')
    .option('--resource-policy <file>', 'resource-based policy of the resource')
    .option('--trust-policy <file>', 'role trust policy (for sts:AssumeRole* requests)')
    .option('--session-policy <file>', 'session policy (repeatable)', collect, [])
    .option(
      '--scp <file>',
      'service control policy, one file per OU level, root first (repeatable)',
      collect,
      [],
    )
    .option(
      '--rcp <file>',
      'resource control policy, one file per OU level, root first (repeatable)',
      collect,
      [],
    )
    .option('--principal <arn>', 'caller ARN (user, assumed-role session, root, service principal)')
    .option('--action <action>', 'service:Action')
    .option('--resource <arn>', 'resource ARN, or * for actions without resources')
    .option(
      '--context <key=value[,value...]>',
      'context key (repeatable; several values make a list)',
      collect,
      [],
    )
    .option('--region <region>', 'Region of the request (aws:RequestedRegion)')
    .option('--requests <file.jsonl>', 'batch: one JSON request per line (- for standard input)')
    .option('--explain', 'print the statement-by-statement trace')
    .option('--json', 'print decisions as JSON')
    .action((o: SimulateOptions) => {
      const set = compilePolicySet(loadPolicies(o));
      if (o.requests) {
        if (o.principal || o.action || o.resource) {
          throw new CliError('use either --requests or --principal/--action/--resource, not both');
        }
        const summary = simulateBatch(o.requests, set, o.explain === true, out);
        if (summary.mismatches > 0) {
          out.error(
            `${summary.mismatches} of ${summary.requests} requests did not get the expected decision\n`,
          );
          out.exitCode = 1;
        }
        return;
      }
      if (!o.principal || !o.action || !o.resource) {
        throw new CliError('a single request needs --principal, --action and --resource (or use --requests)');
      }
      const decision = authorize(
        {
          principal: principalFor(o.principal),
          action: o.action,
          resource: o.resource,
          context: parseContextFlags(o.context),
          ...(o.region ? { region: o.region } : {}),
        },
        set,
        { trace: o.explain === true },
      );
      out.write(
        o.json ? JSON.stringify(decision, null, 2) + '\n' : formatDecision(decision, o.explain === true),
      );
    });
}
