/**
 * Loads the doctor's offline inputs: --account-details files (one or more per account; files of the same
 * account are merged, later entities replacing earlier ones of the same name) and --imagebuilder files.
 * An --account-details argument may name its account as ACCOUNT_ID=FILE when the file holds no ARN.
 */
import { readFileSync } from 'node:fs';
import { parseJsonFile, SnapshotError } from './input-error.js';
import { readAccountDetails } from './read-account-details.js';
import { readImageBuilder } from './read-imagebuilder.js';
import { emptyImageBuilderSnapshot, type AccountSnapshot, type ImageBuilderSnapshot } from './types.js';

export interface LoadedInputs {
  readonly accounts: AccountSnapshot[];
  readonly imagebuilder: ImageBuilderSnapshot;
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
    throw new SnapshotError(path, `cannot read: ${why}`);
  }
}

function byName<T extends { readonly name: string }>(...lists: (readonly T[])[]): T[] {
  const map = new Map<string, T>();
  for (const list of lists) for (const item of list) map.set(item.name.toLowerCase(), item);
  return [...map.values()];
}

/** Merges two snapshots of the same account. */
export function mergeAccounts(a: AccountSnapshot, b: AccountSnapshot): AccountSnapshot {
  const policies = new Map<string, AccountSnapshot['policies'][number]>();
  for (const p of [...a.policies, ...b.policies]) policies.set(p.arn, p);
  return {
    accountId: a.accountId,
    source: a.source === b.source ? a.source : `${a.source}, ${b.source}`,
    users: byName(a.users, b.users),
    groups: byName(a.groups, b.groups),
    roles: byName(a.roles, b.roles),
    instanceProfiles: byName(a.instanceProfiles, b.instanceProfiles).map((p) => {
      const roles = new Set([
        ...(a.instanceProfiles.find((x) => x.name.toLowerCase() === p.name.toLowerCase())?.roles ?? []),
        ...p.roles,
      ]);
      return { ...p, roles: [...roles] };
    }),
    policies: [...policies.values()],
  };
}

/** Adds a snapshot to a list, merging it with one of the same account. */
export function addAccount(list: AccountSnapshot[], snapshot: AccountSnapshot): void {
  const i = list.findIndex((x) => x.accountId === snapshot.accountId);
  if (i < 0) list.push(snapshot);
  else list[i] = mergeAccounts(list[i]!, snapshot);
}

export function loadInputs(
  accountDetails: readonly string[],
  imagebuilderFiles: readonly string[],
  readText: (path: string) => string = readTextFile,
): LoadedInputs {
  const accounts: AccountSnapshot[] = [];
  for (const arg of accountDetails) {
    const named = /^(\d{12})=(.+)$/.exec(arg);
    const file = named ? named[2]! : arg;
    const snapshot = readAccountDetails(file, parseJsonFile(file, readText(file)), named?.[1]);
    addAccount(accounts, snapshot);
  }
  const imagebuilder = emptyImageBuilderSnapshot();
  for (const file of imagebuilderFiles)
    readImageBuilder(file, parseJsonFile(file, readText(file)), imagebuilder);
  return { accounts, imagebuilder };
}
