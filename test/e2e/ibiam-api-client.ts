/**
 * A small client for ibiam's own API (SigV4 service name `ibiam`, JSON under /_ibiam/api/), signing each
 * request with the SDK's own signer (@smithy/signature-v4) as bench/server.ts and the web console do.
 * Errors are read the way the AWS SDK reads REST-JSON errors: the code from `x-amzn-ErrorType`, the
 * message from the body's `message`.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '../../src/protocol/sigv4/signer.js';
import { ROOT, type Credentials } from './harness.js';
import { send, type RawResponse } from './support/raw-http.js';

export interface ApiAnswer<T = unknown> {
  readonly status: number;
  /** The parsed JSON body. */
  readonly body: T;
  /** `x-amzn-ErrorType` for errors. */
  readonly errorCode?: string;
  readonly requestId?: string;
}

function answer<T>(raw: RawResponse): ApiAnswer<T> {
  const code = raw.headers['x-amzn-errortype'];
  const id = raw.headers['x-amzn-requestid'];
  return {
    status: raw.status,
    body: (raw.body ? JSON.parse(raw.body) : {}) as T,
    ...(typeof code === 'string' ? { errorCode: code.split(':')[0]! } : {}),
    ...(typeof id === 'string' ? { requestId: id } : {}),
  };
}

const queryString = (query: Readonly<Record<string, string>>) =>
  Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');

export class IbiamApiClient {
  constructor(
    private readonly url: string,
    private readonly credentials: Credentials = ROOT,
    private readonly region = 'us-east-1',
  ) {}

  /** Sends a signed request; `body` is sent as is (a string that need not be JSON). */
  async request<T = unknown>(
    method: string,
    path: string,
    options: { query?: Readonly<Record<string, string>>; body?: string } = {},
  ): Promise<ApiAnswer<T>> {
    const target = new URL(this.url);
    const query = options.query ?? {};
    const headers: Record<string, string> = { host: target.host };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const signer = new SignatureV4({
      service: 'ibiam',
      region: this.region,
      credentials: this.credentials,
      sha256: Sha256,
    });
    const signed = await signer.sign({
      method,
      protocol: 'http:',
      hostname: target.hostname,
      port: Number(target.port),
      path,
      query: { ...query },
      headers,
      ...(options.body !== undefined ? { body: options.body } : {}),
    });
    const search = queryString(query);
    const raw = await send(
      this.url,
      method,
      search ? `${path}?${search}` : path,
      signed.headers as Record<string, string>,
      options.body,
    );
    return answer<T>(raw);
  }

  simulate<T = SimulateAnswer>(body: unknown): Promise<ApiAnswer<T>> {
    return this.request<T>('POST', '/_ibiam/api/simulate', { body: JSON.stringify(body) });
  }

  decisions<T = DecisionsAnswer>(query: Readonly<Record<string, string>> = {}): Promise<ApiAnswer<T>> {
    return this.request<T>('GET', '/_ibiam/api/decisions', { query });
  }
}

/** Sends a request without any signature. */
export async function unsignedRequest(url: string, method: string, path: string, body?: string) {
  const headers: Record<string, string> = body !== undefined ? { 'content-type': 'application/json' } : {};
  return answer(await send(url, method, path, headers, body));
}

// The answers' shapes, as the contract (ibiam's API for the web console) gives them.
export interface ConditionTraceJson {
  readonly operator: string;
  readonly key: string;
  readonly policyValues: readonly (string | null)[];
  readonly requestValue?: string | readonly string[];
  readonly matched: boolean;
  readonly reason: string;
  readonly errors?: readonly string[];
}
export interface StatementRefJson {
  readonly policyId: string;
  readonly policyType: string;
  readonly statementIndex: number;
  readonly sid?: string;
  readonly effect: 'Allow' | 'Deny';
}
export interface TraceJson extends StatementRefJson {
  readonly actionMatched: boolean;
  readonly resourceMatched: boolean;
  readonly principalMatched?: boolean;
  readonly matched: boolean;
  readonly reason: string;
  readonly conditions: readonly ConditionTraceJson[];
}
export interface SimulationResultJson {
  readonly action: string;
  readonly resource: string;
  readonly decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  readonly blockedBy?: string;
  readonly decidingStatements: readonly StatementRefJson[];
  readonly missingContextKeys: readonly string[];
  readonly errors: readonly string[];
  readonly trace: readonly TraceJson[];
  readonly summary: string;
}
export interface SimulateAnswer {
  readonly results: readonly SimulationResultJson[];
  readonly policies: readonly { policyId: string; policyType: string; name: string; document: string }[];
  readonly message?: string;
}
export interface DecisionEntryJson {
  readonly time: string;
  readonly requestId: string;
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
}
export interface DecisionsAnswer {
  readonly entries: readonly DecisionEntryJson[];
  readonly cursor: string;
  readonly message?: string;
}
