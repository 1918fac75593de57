/**
 * The request context: the condition keys a request carries. The caller's explicit values come first;
 * otherwise the global keys AWS fills are derived lazily from the principal, the resource and the clock, so
 * a request that no condition looks at pays nothing for them.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import type { AuthorizationRequest } from '../authorize/types.js';
import type { ContextReader, ContextValue } from '../condition/types.js';
import { ResourceView } from '../match/resource.js';
import { principalFacts, type PrincipalFacts } from './principal-facts.js';

/** ASCII case-insensitive equality against an already lower-cased key, without allocating. */
function equalsLowerCased(key: string, lowerKey: string): boolean {
  if (key.length !== lowerKey.length) return false;
  for (let i = 0; i < key.length; i++) {
    let c = key.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lowerKey.charCodeAt(i)) {
      // Non-ASCII letters: fall back to a full comparison.
      return c > 127 && key.toLowerCase() === lowerKey;
    }
  }
  return true;
}

/** The caller's explicit value for a key: a scan of the (small) context object, keys in any case. */
function explicitValue(
  context: Readonly<Record<string, ContextValue>>,
  lowerKey: string,
): ContextValue | undefined {
  for (const key in context) {
    if (equalsLowerCased(key, lowerKey)) {
      const value = context[key];
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** The account that owns the resource: explicit, else the ARN's account, else the principal's. */
export function resourceAccountOf(
  request: AuthorizationRequest,
  facts: PrincipalFacts,
  resource?: ResourceView,
): string {
  if (request.resourceAccount) return request.resourceAccount;
  const account = (resource ?? new ResourceView(request.resource)).arn?.account;
  return account ? account : facts.account;
}

function tagValue(
  tags: Readonly<Record<string, string>> | undefined,
  lowerTagKey: string,
): string | undefined {
  if (!tags) return undefined;
  // Tag keys in condition keys are matched case-insensitively.
  for (const key of Object.keys(tags)) if (key.toLowerCase() === lowerTagKey) return tags[key];
  return undefined;
}

export class RequestContext implements ContextReader {
  readonly facts: PrincipalFacts;
  private readonly explicit: Readonly<Record<string, ContextValue>> | undefined;
  private nowValue: Date | undefined;

  constructor(
    readonly request: AuthorizationRequest,
    private readonly resource?: ResourceView,
  ) {
    this.facts = principalFacts(request.principal);
    this.explicit = request.context;
    this.nowValue = request.now;
  }

  get(lowerKey: string): ContextValue | undefined {
    if (this.explicit) {
      const explicit = explicitValue(this.explicit, lowerKey);
      if (explicit !== undefined) return explicit;
    }
    return this.derived(lowerKey);
  }

  private now(): Date {
    return (this.nowValue ??= new Date());
  }

  private derived(key: string): ContextValue | undefined {
    const facts = this.facts;
    const info = facts.info;
    switch (key) {
      case 'aws:principalarn':
        return facts.kind === 'anonymous' || facts.kind === 'service' ? undefined : facts.principalArn;
      case 'aws:principalaccount':
        return facts.account || undefined;
      case 'aws:principaltype':
        return facts.principalType;
      case 'aws:username':
        return facts.kind === 'user' ? facts.name : undefined;
      case 'aws:userid':
        return this.userId();
      case 'aws:principalorgid':
        return info.orgId;
      case 'aws:principalorgpaths':
        return info.orgPaths;
      case 'aws:principalisawsservice':
        return facts.kind === 'service' ? 'true' : 'false';
      case 'aws:principalservicename':
        return facts.kind === 'service' ? facts.arn : undefined;
      case 'aws:resourceaccount':
        return resourceAccountOf(this.request, facts, this.resource) || undefined;
      case 'aws:currenttime':
        return this.now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z');
      case 'aws:epochtime':
        return String(Math.floor(this.now().getTime() / 1000));
      case 'aws:requestedregion':
        return this.request.region;
      case 'aws:securetransport':
        return 'true';
    }
    if (key.startsWith('aws:principaltag/'))
      return tagValue(info.tags, key.slice('aws:principaltag/'.length));
    const slash = key.indexOf(':resourcetag/');
    if (slash > 0) return tagValue(this.request.resourceTags, key.slice(slash + ':resourcetag/'.length));
    return undefined;
  }

  private userId(): string | undefined {
    const facts = this.facts;
    switch (facts.kind) {
      case 'root':
        return facts.account;
      case 'user':
        return facts.info.uniqueId;
      case 'role-session':
        return facts.info.uniqueId ? `${facts.info.uniqueId}:${facts.sessionName ?? ''}` : undefined;
      case 'federated-user':
        return `${facts.account}:${facts.name ?? ''}`;
      case 'anonymous':
        return 'anonymous';
      default:
        return undefined;
    }
  }
}
