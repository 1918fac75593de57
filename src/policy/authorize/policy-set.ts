/**
 * The policies that bear on one principal's requests, compiled once and reused for every request.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types
 */
import type { PolicyDocument } from '../document/ast.js';
import { CompiledPolicy } from '../evaluate/compiled-policy.js';

export interface PolicyInput {
  readonly id: string;
  readonly document: PolicyDocument;
}

export interface PolicySetInput {
  /** The principal's identity policies (user and its groups, or role): inline and managed alike. */
  readonly identity?: readonly PolicyInput[];
  /** The resource-based policy of the resource being accessed. */
  readonly resource?: PolicyInput;
  /** The role's trust policy, for sts:AssumeRole* requests: it must explicitly allow. */
  readonly trust?: PolicyInput;
  readonly boundary?: PolicyInput;
  /** Session policies (inline and managed); present, even empty, means the session has session policies. */
  readonly session?: readonly PolicyInput[];
  /** SCPs per level of the OU path, root first; every level must allow. */
  readonly scps?: readonly (readonly PolicyInput[])[];
  /** RCPs per level, like SCPs. */
  readonly rcps?: readonly (readonly PolicyInput[])[];
}

export interface PolicySet {
  readonly identity: readonly CompiledPolicy[];
  readonly resource?: CompiledPolicy;
  readonly trust?: CompiledPolicy;
  readonly boundary?: CompiledPolicy;
  readonly session?: readonly CompiledPolicy[];
  readonly scps: readonly (readonly CompiledPolicy[])[];
  readonly rcps: readonly (readonly CompiledPolicy[])[];
}

export function compilePolicySet(input: PolicySetInput): PolicySet {
  const one = (p: PolicyInput | undefined, type: CompiledPolicy['type']) =>
    p ? new CompiledPolicy(p.id, type, p.document) : undefined;
  const many = (list: readonly PolicyInput[] | undefined, type: CompiledPolicy['type']) =>
    (list ?? []).map((p) => new CompiledPolicy(p.id, type, p.document));
  const resource = one(input.resource, 'resource');
  const trust = one(input.trust, 'trust');
  const boundary = one(input.boundary, 'boundary');
  return {
    identity: many(input.identity, 'identity'),
    ...(resource ? { resource } : {}),
    ...(trust ? { trust } : {}),
    ...(boundary ? { boundary } : {}),
    ...(input.session ? { session: many(input.session, 'session') } : {}),
    scps: (input.scps ?? []).map((level) => many(level, 'scp')),
    rcps: (input.rcps ?? []).map((level) => many(level, 'rcp')),
  };
}
