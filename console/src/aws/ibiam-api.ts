/**
 * ibiam's own API (service name `ibiam`, JSON over HTTP under /_ibiam/api/), signed with SigV4 like every
 * AWS API, by the AWS SDK's own signer. Each operation is authorized as the AWS action it stands for
 * (see src/services/ibiam/): the console gains no access through it.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Credentials } from './session.js';

/** An error the API answered: the AWS error code (AccessDeniedException, ValidationException, ...). */
export class IbiamApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = code;
  }
}

export class IbiamApi {
  private readonly signer: SignatureV4;

  constructor(
    private readonly endpoint: string,
    region: string,
    credentials: Credentials,
  ) {
    this.signer = new SignatureV4({ service: 'ibiam', region, credentials, sha256: Sha256 });
  }

  /** A GET; a query value given as an array repeats the parameter (`roleArn=a&roleArn=b`). */
  get<T>(path: string, query: Record<string, string | readonly string[] | undefined> = {}): Promise<T> {
    return this.send<T>('GET', path, query, undefined);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, {}, JSON.stringify(body));
  }

  private async send<T>(
    method: string,
    path: string,
    query: Record<string, string | readonly string[] | undefined>,
    body: string | undefined,
  ): Promise<T> {
    const url = new URL(path, this.endpoint);
    const definedQuery: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(query)) {
      if (typeof value === 'string') definedQuery[key] = value;
      else if (value !== undefined && value.length > 0) definedQuery[key] = [...value];
    }
    const headers: Record<string, string> = { host: url.host };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const signed = await this.signer.sign({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      ...(url.port ? { port: Number(url.port) } : {}),
      path: url.pathname,
      query: definedQuery,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const search = Object.entries(definedQuery)
      .flatMap(([key, value]) => (typeof value === 'string' ? [value] : value).map((v) => [key, v] as const))
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join('&');
    const requestHeaders = { ...signed.headers } as Record<string, string>;
    delete requestHeaders['host']; // the browser sets Host itself
    const response = await fetch(`${url.origin}${url.pathname}${search ? `?${search}` : ''}`, {
      method,
      headers: requestHeaders,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (!response.ok) {
      const code =
        (response.headers.get('x-amzn-errortype') ?? 'UnknownError').split(':')[0] ?? 'UnknownError';
      const message = (parsed as { message?: string }).message ?? response.statusText;
      throw new IbiamApiError(code, message, response.status);
    }
    return parsed as T;
  }
}
