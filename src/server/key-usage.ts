/**
 * Records the last use of long-term access keys (what GetAccessKeyLastUsed reports): after a request is
 * authenticated with an AKIA key of the root user or an IAM user, the key's lastUsed (date, service and
 * Region of the credential scope) is updated at most once a minute per key, in its own write transaction.
 * Recording never fails the request: an error is logged and the request goes on. Temporary (STS)
 * credentials are not access keys and are not recorded.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_AccessKeyLastUsed.html
 */
import type { Caller } from '../services/common/caller.js';
import type { Store } from '../store/store.js';
import type { ServerDeps } from './context.js';

/** A key's last use is written at most this often. */
export const KEY_USAGE_INTERVAL_MS = 60_000;

const MAX_REMEMBERED_KEYS = 10_000;

/** When this process last recorded each key, per store (so that separate servers do not share it). */
const recorded = new WeakMap<Store, Map<string, number>>();

function recentlyRecorded(store: Store, accessKeyId: string, now: number): boolean {
  let seen = recorded.get(store);
  if (!seen) {
    seen = new Map();
    recorded.set(store, seen);
  }
  const last = seen.get(accessKeyId);
  if (last !== undefined && now - last < KEY_USAGE_INTERVAL_MS && now >= last) return true;
  if (seen.size >= MAX_REMEMBERED_KEYS) seen.clear();
  seen.set(accessKeyId, now);
  return false;
}

export async function recordKeyUsage(
  deps: Pick<ServerDeps, 'store' | 'logger'>,
  caller: Caller,
  scope: { readonly service: string; readonly region: string },
  now: Date,
): Promise<void> {
  if (caller.session) return;
  const id = caller.accessKeyId;
  const time = now.getTime();
  if (recentlyRecorded(deps.store, id, time)) return;
  try {
    await deps.store.write(async (tx) => {
      const key = await tx.find('access-keys', id);
      if (!key) return;
      // Another process on the same store may have recorded it within the interval.
      const previous = key.lastUsed ? Date.parse(key.lastUsed.date) : Number.NaN;
      if (time - previous < KEY_USAGE_INTERVAL_MS && time >= previous) return;
      await tx.put('access-keys', key.accountId, id, {
        ...key,
        lastUsed: { date: now.toISOString(), serviceName: scope.service, region: scope.region },
      });
    });
  } catch (error) {
    deps.logger.error({ event: 'key-usage-failed', accessKeyId: id, error: String(error) });
  }
}
