/**
 * How Image Builder resources are stored: one envelope per resource (per build version for versioned
 * ones), in collection `imagebuilder:TYPE`, keyed by ARN within the owning account. The envelope holds
 * what authorization needs (tags, resource policy) next to the resource exactly as the Get* operation
 * returns it (`resource`, the API shape), so that every operation and the builds read one format.
 */
import type { StoreTx } from '../../../store/store.js';
import type { ImageBuilderResourceType } from './arns.js';

export interface StoredResource<T = Record<string, unknown>> {
  readonly arn: string;
  readonly account: string;
  readonly region: string;
  readonly type: ImageBuilderResourceType;
  readonly name: string;
  readonly version?: string;
  readonly build?: number;
  readonly tags: Readonly<Record<string, string>>;
  /** The resource-based policy (components, images, image and container recipes). */
  readonly policy?: string;
  /** The resource in the shape its Get* operation returns (e.g. GetComponent's `component`). */
  readonly resource: T;
}

const collection = (type: ImageBuilderResourceType) => `imagebuilder:${type}` as const;

export async function getResource<T>(
  tx: StoreTx,
  type: ImageBuilderResourceType,
  account: string,
  arn: string,
) {
  return (await tx.get(collection(type), account, arn)) as StoredResource<T> | undefined;
}

export async function putResource<T>(tx: StoreTx, stored: StoredResource<T>): Promise<void> {
  await tx.put(collection(stored.type), stored.account, stored.arn, stored);
}

export async function deleteResource(
  tx: StoreTx,
  type: ImageBuilderResourceType,
  account: string,
  arn: string,
) {
  return tx.delete(collection(type), account, arn);
}

/** Every resource of the type in the account and Region, in ARN order. */
export async function listResources<T>(
  tx: StoreTx,
  type: ImageBuilderResourceType,
  account: string,
  region: string,
) {
  const all = (await tx.list(collection(type), account)) as StoredResource<T>[];
  return all.filter((r) => r.region === region);
}
