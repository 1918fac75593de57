/**
 * Authentication: verifies the request's SigV4 signature with the secret of the access key it names
 * (an account root key, an IAM user's key, or STS temporary credentials) and builds the Caller.
 * AWS's errors: unknown or inactive key -> InvalidClientTokenId, bad signature or clock skew ->
 * SignatureDoesNotMatch, no signature -> MissingAuthenticationToken, expired session -> ExpiredToken.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html
 */
import type { ProtocolError } from '../protocol/errors.js';
import { sigv4 } from '../protocol/index.js';
import type { HttpRequestLike, ParsedSignature } from '../protocol/sigv4/index.js';
import type { Caller } from '../services/common/caller.js';
import type { AccessKeyRecord, SessionRecord, Tag } from '../store/records.js';
import type { Store, StoreTx } from '../store/store.js';

export type AuthResult =
  | { readonly ok: true; readonly caller: Caller; readonly parsed: ParsedSignature }
  | { readonly ok: false; readonly error: ProtocolError };

const tagMap = (tags: readonly Tag[]): Record<string, string> =>
  Object.fromEntries(tags.map((t) => [t.Key, t.Value]));

/** Principal tags: session tags override the user's or role's tags with the same key, ignoring case. */
function overlayTags(base: readonly Tag[], session: readonly Tag[]): Record<string, string> {
  const overridden = new Set(session.map((t) => t.Key.toLowerCase()));
  return { ...tagMap(base.filter((t) => !overridden.has(t.Key.toLowerCase()))), ...tagMap(session) };
}

async function longTermCaller(tx: StoreTx, key: AccessKeyRecord): Promise<Caller | undefined> {
  const accountId = key.accountId;
  if (!key.userName) {
    const arn = `arn:aws:iam::${accountId}:root`;
    return {
      accountId,
      kind: 'root',
      arn,
      userId: accountId,
      accessKeyId: key.accessKeyId,
      principal: { arn },
    };
  }
  const user = await tx.get('users', accountId, key.userName.toLowerCase());
  if (!user) return undefined;
  return {
    accountId,
    kind: 'user',
    arn: user.arn,
    userId: user.id,
    accessKeyId: key.accessKeyId,
    userName: user.name,
    principal: { arn: user.arn, uniqueId: user.id, tags: tagMap(user.tags) },
  };
}

/** The caller behind temporary credentials; session tags override the role's or user's tags. */
export async function sessionCaller(tx: StoreTx, session: SessionRecord): Promise<Caller | undefined> {
  const accountId = session.accountId;
  if (session.kind === 'assumed-role') {
    const role = await tx.get('roles', accountId, (session.roleName ?? '').toLowerCase());
    if (!role) return undefined;
    return {
      accountId,
      kind: 'role-session',
      arn: session.arn,
      userId: `${role.id}:${session.sessionName ?? ''}`,
      accessKeyId: session.accessKeyId,
      roleName: role.name,
      session,
      principal: {
        arn: session.arn,
        roleArn: role.arn,
        uniqueId: role.id,
        tags: overlayTags(role.tags, session.tags),
      },
    };
  }
  const user = await tx.get('users', accountId, (session.userName ?? '').toLowerCase());
  if (session.kind === 'federated-user') {
    const name = session.arn.slice(session.arn.lastIndexOf('/') + 1);
    return {
      accountId,
      kind: 'federated-user',
      arn: session.arn,
      userId: `${accountId}:${name}`,
      accessKeyId: session.accessKeyId,
      ...(user ? { userName: user.name } : {}),
      session,
      principal: {
        arn: session.arn,
        ...(user ? { federatingUserArn: user.arn } : {}),
        tags: overlayTags(user?.tags ?? [], session.tags),
      },
    };
  }
  if (!user && session.userName) return undefined;
  const arn = user?.arn ?? `arn:aws:iam::${accountId}:root`;
  return {
    accountId,
    kind: user ? 'user' : 'root',
    arn,
    userId: user?.id ?? accountId,
    accessKeyId: session.accessKeyId,
    ...(user ? { userName: user.name } : {}),
    session,
    principal: { arn, ...(user ? { uniqueId: user.id, tags: tagMap(user.tags) } : {}) },
  };
}

/** Who an access key belongs to, as looked up in the store. */
interface KeyHolder {
  readonly secret: string;
  readonly caller: Caller | undefined;
  readonly session?: SessionRecord;
  /** Why the key is refused even before its signature is checked. */
  readonly refused?: 'inactive' | 'unknown';
}

async function lookUpKey(tx: StoreTx, id: string): Promise<KeyHolder> {
  const key = await tx.find('access-keys', id);
  if (key) {
    if (key.status !== 'Active') return { secret: '', caller: undefined, refused: 'inactive' };
    return { secret: key.secretAccessKey, caller: await longTermCaller(tx, key) };
  }
  const session = await tx.find('sessions', id);
  if (!session) return { secret: '', caller: undefined, refused: 'unknown' };
  return { secret: session.secretAccessKey, caller: await sessionCaller(tx, session), session };
}

const MAX_CACHED_KEYS = 10_000;

/**
 * Key lookups cached per store until its generation changes (any committed write, on any node), so that
 * a request whose credentials have not changed reads nothing from the store to authenticate.
 */
export class KeyCache {
  private readonly holders = new Map<string, KeyHolder>();
  private generation = Number.NaN;

  constructor(private readonly store: Store) {}

  async holder(id: string): Promise<KeyHolder> {
    const generation = await this.store.generation();
    if (generation !== this.generation) {
      this.holders.clear();
      this.generation = generation;
    }
    let holder = this.holders.get(id);
    if (!holder) {
      holder = await this.store.read((tx) => lookUpKey(tx, id));
      if (this.holders.size >= MAX_CACHED_KEYS) this.holders.clear();
      this.holders.set(id, holder);
    }
    return holder;
  }
}

export async function authenticate(req: HttpRequestLike, keys: KeyCache, now: Date): Promise<AuthResult> {
  const parsed = sigv4.parseSigV4(req);
  if (!parsed.ok) return { ok: false, error: parsed };
  const { secret, caller, session, refused } = await keys.holder(parsed.accessKeyId);
  if (refused || !caller) return { ok: false, error: sigv4.invalidClientTokenId() };
  if (session && parsed.sessionToken !== session.sessionToken) {
    return { ok: false, error: sigv4.invalidClientTokenId() };
  }
  const verified = await sigv4.verifySigV4(req, parsed, secret, now);
  if (!verified.ok) return { ok: false, error: verified };
  if (session && Date.parse(session.expiration) <= now.getTime()) {
    return { ok: false, error: sigv4.expiredToken() };
  }
  return { ok: true, caller, parsed };
}
