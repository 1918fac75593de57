/**
 * What SimulatePrincipalPolicy and SimulateCustomPolicy have in common: their parameters (ActionNames,
 * ResourceArns, ResourcePolicy, ResourceOwner, CallerArn, ContextEntries, ResourceHandlingOption,
 * pagination, and the policies given as strings) and the assembly of the simulation: who the caller is
 * ("If you include both a PolicySourceArn and a CallerArn, the result is that you simulate calling the
 * API operations as Bob, as if Bob had David's policies"), which resource-based policy applies to every
 * resource ("Simulation of resource-based policies isn't supported for IAM roles"), and which account
 * owns resources whose ARN names none.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
 */
import type { PolicyInput, PolicySetInput } from '../../../policy/authorize/policy-set.js';
import type { PrincipalInfo } from '../../../policy/authorize/types.js';
import type { ContextValue } from '../../../policy/condition/types.js';
import type { Tag } from '../../../store/records.js';
import type { StoreTx } from '../../../store/store.js';
import { InputReader } from '../../common/input.js';
import type { InputParams, ResultStruct } from '../../common/operation.js';
import { invalidInput } from '../../common/service-error.js';
import { paginate, readPageRequest, type PageRequest } from './pagination.js';
import { ARN, POLICY_DOCUMENT } from './rules.js';
import { tagRecord } from './shapes.js';
import { simulate, type SimulationRequest } from './simulation-evaluate.js';
import {
  checkCallerArn,
  checkResourceArns,
  parseInputPolicies,
  parseInputPolicy,
  readContextEntries,
  readPolicyList,
  resourceOwnerAccount,
  type InputPolicy,
} from './simulation-input.js';
import type { SimulationSources } from './simulation-sources.js';

export interface SimulationParams {
  readonly policyInputs: readonly string[];
  readonly boundaryInputs: readonly string[];
  readonly actionNames: readonly string[];
  readonly resourceArns: readonly string[] | undefined;
  readonly resourcePolicy: string | undefined;
  readonly resourceOwner: string | undefined;
  readonly callerArn: string | undefined;
  readonly context: Readonly<Record<string, ContextValue>>;
  readonly page: PageRequest;
}

/** Reads the shared parameters; `extra` reads the operation's own ones with the same reader. */
export function readSimulationParams<E>(
  params: InputParams,
  extra: (reader: InputReader) => E,
): SimulationParams & E {
  const reader = new InputReader(params);
  const own = extra(reader);
  const actionNames = reader.optionalStringList('ActionNames', { min: 3, max: 128 });
  if (actionNames === undefined) reader.string('ActionNames');
  const simulation = {
    policyInputs: readPolicyList(reader, 'PolicyInputList'),
    boundaryInputs: readPolicyList(reader, 'PermissionsBoundaryPolicyInputList'),
    actionNames: actionNames ?? [],
    resourceArns: reader.optionalStringList('ResourceArns', { min: 1, max: 2048 }),
    resourcePolicy: reader.optionalString('ResourcePolicy', POLICY_DOCUMENT),
    resourceOwner: reader.optionalString('ResourceOwner', { min: 1, max: 2048 }),
    callerArn: reader.optionalString('CallerArn', ARN),
    page: readPageRequest(reader),
  };
  reader.optionalString('ResourceHandlingOption', { min: 1, max: 64 });
  reader.done();
  checkResourceArns(simulation.resourceArns ?? []);
  resourceOwnerAccount(simulation.resourceOwner);
  checkCallerArn(simulation.callerArn);
  return { ...own, ...simulation, context: readContextEntries(params) };
}

/** The engine's view of a user, group or role ARN: with its unique id and tags when it is in the store. */
export async function entityPrincipal(tx: StoreTx, arn: string): Promise<PrincipalInfo> {
  const account = arn.split(':')[4] ?? '';
  const kind = /:(user|group|role)\//.exec(arn)?.[1];
  const key = arn.slice(arn.lastIndexOf('/') + 1).toLowerCase();
  let record: { readonly arn: string; readonly id: string; readonly tags?: readonly Tag[] } | undefined;
  if (kind === 'user') record = await tx.get('users', account, key);
  else if (kind === 'role') record = await tx.get('roles', account, key);
  else if (kind === 'group') record = await tx.get('groups', account, key);
  if (!record || record.arn !== arn) return { arn };
  const tags = record.tags ? tagRecord(record.tags) : undefined;
  return { arn, uniqueId: record.id, ...(tags ? { tags } : {}) };
}

export interface SimulationSubject {
  /** The simulated caller (CallerArn, or the policy source). */
  readonly principal: PrincipalInfo;
  /** The principal's account (where identity policies live). */
  readonly account: string;
  /** The principal's stored policies (none for SimulateCustomPolicy). */
  readonly policies: PolicySetInput;
  readonly sources: SimulationSources;
  /** SCP documents per Organizations level, root first (SimulateCustomPolicy only). */
  readonly organizationPolicies?: readonly (readonly InputPolicy[])[];
}

const toInputs = (policies: readonly InputPolicy[]): PolicyInput[] =>
  policies.map((p) => ({ id: p.id, document: p.parsed.document! }));

/**
 * Adds the string policies (PolicyInputList, the permissions boundary, ResourcePolicy) to the subject's and
 * assembles the request the engine simulates; the policies given as strings are registered in the
 * subject's sources.
 */
export function prepareSimulation(
  subject: SimulationSubject,
  params: Omit<SimulationParams, 'page'>,
  now: Date,
): SimulationRequest {
  const sources = subject.sources;
  const inputs = parseInputPolicies('PolicyInputList', params.policyInputs, 'identity');
  const boundaries = parseInputPolicies(
    'PermissionsBoundaryPolicyInputList',
    params.boundaryInputs,
    'boundary',
  );
  if (boundaries.length > 1) {
    throw invalidInput(
      'You can input only one permissions boundary when you pass a policy to this operation.',
    );
  }
  let resource: InputPolicy | undefined;
  if (params.resourcePolicy !== undefined) {
    if (/:role\//.test(subject.principal.arn)) {
      throw invalidInput("Simulation of resource-based policies isn't supported for IAM roles.");
    }
    resource = parseInputPolicy('ResourcePolicy', params.resourcePolicy, 'resource');
  }
  for (const p of [...inputs, ...boundaries]) sources.add(p.id, p.id, 'IAM Policy', p.text, p.parsed);
  if (resource) sources.add(resource.id, resource.id, 'Resource Policy', resource.text, resource.parsed);
  const boundary = toInputs(boundaries)[0] ?? subject.policies.boundary;
  const scps = (subject.organizationPolicies ?? []).map(toInputs);
  const policies: PolicySetInput = {
    ...subject.policies,
    identity: [...(subject.policies.identity ?? []), ...toInputs(inputs)],
    ...(boundary ? { boundary } : {}),
    ...(resource ? { resource: toInputs([resource])[0]! } : {}),
    ...(scps.length > 0 ? { scps } : {}),
  };
  return {
    principal: subject.principal,
    account: subject.account,
    policies,
    sources,
    actions: params.actionNames,
    resources: params.resourceArns,
    context: params.context,
    resourceOwner: resourceOwnerAccount(params.resourceOwner),
    now,
  };
}

/** Adds the string policies to the subject's, runs the simulation and returns one page of results. */
export function runSimulation(subject: SimulationSubject, params: SimulationParams, now: Date): ResultStruct {
  const results = simulate(prepareSimulation(subject, params, now));
  return paginate(results, params.page, 'EvaluationResults', (r) => r);
}
