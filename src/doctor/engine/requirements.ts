/**
 * "Has the permissions of policy P" made concrete: the requests P allows. Each Allow statement's actions
 * are expanded with the Service Authorization Reference, each on representative resources built from the
 * statement's Resource, with a context that satisfies the statement's conditions; a candidate request is
 * kept only when P itself allows it (so the requirement is exactly what P grants). Expanded once per
 * policy, account and Region, and reused for every principal checked against it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { authorize } from '../../policy/authorize/authorize.js';
import type { PolicySet } from '../../policy/authorize/policy-set.js';
import type { PrincipalInfo } from '../../policy/authorize/types.js';
import type { Catalog } from '../../policy/catalog/types.js';
import type { ContextValue } from '../../policy/condition/types.js';
import type { Statement } from '../../policy/document/ast.js';
import { CompiledPolicy } from '../../policy/evaluate/compiled-policy.js';
import type { JsonValue } from '../snapshot/types.js';
import type { PolicyCache } from './policy-cache.js';
import { RepresentativeResources, type ResourceEnv } from './representative-resources.js';
import { fillGlob, satisfyingContext, substituteVariables } from './satisfy-conditions.js';

export interface Requirement {
  readonly action: string;
  readonly resource: string;
  readonly context: Readonly<Record<string, ContextValue>>;
  /** The statement of the required policy it comes from (0-based) and its Sid. */
  readonly statement: number;
  readonly sid?: string;
}

export interface RequirementSet {
  /** What the requirements stand for, e.g. `EC2InstanceProfileForImageBuilder`. */
  readonly label: string;
  readonly document: JsonValue;
  readonly requirements: readonly Requirement[];
}

function variables(env: ResourceEnv): Record<string, string> {
  return {
    'aws:principalaccount': env.account,
    'aws:requestedregion': env.region,
    'aws:resourceaccount': env.account,
    'aws:partition': 'aws',
  };
}

export class Requirements {
  private readonly sets = new Map<string, RequirementSet>();
  private readonly resources: RepresentativeResources;

  constructor(
    private readonly cache: PolicyCache,
    private readonly catalog: Catalog,
  ) {
    this.resources = new RepresentativeResources(catalog);
  }

  /** The requirements of a document (cached by key, account and Region). */
  of(label: string, document: JsonValue, env: ResourceEnv, key = label): RequirementSet {
    const cacheKey = `${key}\u0000${env.account}\u0000${env.region}`;
    let set = this.sets.get(cacheKey);
    if (!set) {
      set = { label, document, requirements: this.expand(label, document, env) };
      this.sets.set(cacheKey, set);
    }
    return set;
  }

  private expand(label: string, document: JsonValue, env: ResourceEnv): Requirement[] {
    const ast = this.cache.parse(label, document, 'identity');
    if (!ast) return [];
    const policy = new CompiledPolicy(label, 'identity', ast);
    const set: PolicySet = { identity: [policy], scps: [], rcps: [] };
    const principal: PrincipalInfo = {
      arn: `arn:aws:sts::${env.account}:assumed-role/ibiam-doctor-requirements/ibiam-doctor`,
    };
    const vars = variables(env);
    const out: Requirement[] = [];
    const seen = new Set<string>();
    for (const statement of ast.statements) {
      if (statement.effect !== 'Allow' || !statement.action) continue;
      const context = satisfyingContext(statement.conditions, vars);
      for (const [action, resource] of this.candidates(statement, env, vars)) {
        const key = `${action}\u0000${resource}\u0000${JSON.stringify(context)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const request = { principal, action, resource, context, region: env.region };
        if (authorize(request, set).decision !== 'Allow') continue;
        out.push({
          action,
          resource,
          context,
          statement: statement.index,
          ...(statement.sid ? { sid: statement.sid } : {}),
        });
      }
    }
    return out;
  }

  private *candidates(
    statement: Statement,
    env: ResourceEnv,
    vars: Record<string, string>,
  ): Generator<[string, string]> {
    const patterns = (statement.resource ?? ['*']).map((r) => substituteVariables(r, vars));
    for (const actionPattern of statement.action ?? []) {
      const infos = this.catalog.expandActionPattern(actionPattern);
      if (infos.length === 0) {
        // An action the reference does not know yet: required on the statement's resources as written.
        if (!/[*?]/.test(actionPattern)) for (const p of patterns) yield [actionPattern, fillGlob(p)];
        continue;
      }
      for (const info of infos) {
        const name = `${info.service}:${info.name}`;
        for (const p of patterns) for (const r of this.resources.resourcesFor(info, p, env)) yield [name, r];
      }
    }
  }
}
