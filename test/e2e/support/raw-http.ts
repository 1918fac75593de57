/**
 * Raw HTTP against a test server, for the inputs the AWS SDK never produces: bodies with bad
 * percent-encoding, unknown or missing Actions, oversized bodies, unsigned requests, tampered signatures
 * and presigned URLs. Requests are signed with the SDK's own signer (@smithy/signature-v4), as
 * bench/server.ts does, and error documents are read the way the SDK reads them (Error.Code, Error.Message).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import { request } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { XMLParser } from 'fast-xml-parser';
import { Sha256 } from '../../../src/protocol/sigv4/signer.js';
import { ROOT, type Credentials } from '../harness.js';

export type QueryService = 'iam' | 'sts';

export const IAM_VERSION = '2010-05-08';
export const STS_VERSION = '2011-06-15';

export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface QueryError {
  readonly type: string;
  readonly code: string;
  readonly message: string;
}

export interface SignOptions {
  readonly service?: QueryService;
  readonly credentials?: Credentials;
  readonly region?: string;
  /** The time the signature claims (defaults to now). */
  readonly signingDate?: Date;
}

/** Encodes parameters as an AWS Query form body (`%20` for spaces, as the JS SDK does). */
export function form(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
}

/** Sends one request and collects the answer. */
export function send(
  url: string,
  method: string,
  path: string,
  headers: Readonly<Record<string, string>>,
  body?: string | Buffer,
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: target.hostname, port: target.port, method, path, headers: { ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function signer(options: SignOptions): SignatureV4 {
  return new SignatureV4({
    service: options.service ?? 'iam',
    region: options.region ?? 'us-east-1',
    credentials: options.credentials ?? ROOT,
    sha256: Sha256,
  });
}

/** The signed headers of a POST of `body` (as the SDK would send it). */
export async function signPost(
  url: string,
  body: string,
  options: SignOptions = {},
): Promise<Record<string, string>> {
  const target = new URL(url);
  const signed = await signer(options).sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: target.hostname,
      port: Number(target.port),
      path: '/',
      headers: { host: target.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body,
    },
    options.signingDate ? { signingDate: options.signingDate } : {},
  );
  return signed.headers as Record<string, string>;
}

/** POSTs a form body signed with SigV4 (the root of the default account unless told otherwise). */
export async function signedPost(url: string, body: string, options: SignOptions = {}): Promise<RawResponse> {
  return send(url, 'POST', '/', await signPost(url, body, options), body);
}

/** POSTs a form body without any signature. */
export function unsignedPost(url: string, body: string): Promise<RawResponse> {
  return send(url, 'POST', '/', { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, body);
}

/** A presigned GET URL path (`/?Action=...&X-Amz-Signature=...`) for the Query parameters. */
export async function presignedPath(
  url: string,
  params: Readonly<Record<string, string>>,
  options: SignOptions & { readonly expiresIn?: number } = {},
): Promise<string> {
  const target = new URL(url);
  const presigned = await signer(options).presign(
    {
      method: 'GET',
      protocol: 'http:',
      hostname: target.hostname,
      port: Number(target.port),
      path: '/',
      query: { ...params },
      headers: { host: target.host },
    },
    {
      expiresIn: options.expiresIn ?? 900,
      ...(options.signingDate ? { signingDate: options.signingDate } : {}),
    },
  );
  const query = Object.entries(presigned.query ?? {}).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value ?? '']).map(
      (v: string) => `${encodeURIComponent(name)}=${encodeURIComponent(v)}`,
    ),
  );
  return `/?${query.join('&')}`;
}

/** GETs a path (no signature headers; presigned paths carry theirs in the query). */
export function get(url: string, path: string): Promise<RawResponse> {
  return send(url, 'GET', path, {});
}

const xml = new XMLParser({ parseTagValue: false });

/** Parses an XML document into plain objects (element text stays a string). */
export function parseXml(body: string): Record<string, unknown> {
  return xml.parse(body) as Record<string, unknown>;
}

/** Reads an AWS Query `<ErrorResponse>`; fails the test when the body is not one. */
export function queryError(response: RawResponse): QueryError {
  const document = parseXml(response.body) as {
    ErrorResponse?: { Error?: { Type?: string; Code?: string; Message?: string } };
  };
  const error = document.ErrorResponse?.Error;
  if (!error?.Code) throw new Error(`not an AWS Query error document (${response.status}): ${response.body}`);
  return { type: error.Type ?? '', code: error.Code, message: error.Message ?? '' };
}
