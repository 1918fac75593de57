/**
 * Recomputes a SigV4 signature with the AWS SDK's own signer (@smithy/signature-v4): its canonical
 * header, query and path code builds the canonical request, and its key derivation signs it. We
 * only choose the inputs: exactly the headers the client listed in SignedHeaders, the claimed scope and
 * time. The signing key comes from the SDK's getSigningKey (cached per secret, day, Region and service),
 * and the signature is HMAC-SHA256(signing key, string to sign), the last step of the SDK's signString.
 * The hash primitive is Node's crypto (SHA-256 / HMAC-SHA256), the same as @smithy/hash-node.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import { createHash, createHmac, hash, type Hash, type Hmac } from 'node:crypto';
import { ALGORITHM_IDENTIFIER, SignatureV4, getCanonicalHeaders, getSigningKey } from '@smithy/signature-v4';

type SourceData = string | ArrayBuffer | ArrayBufferView;

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** SHA-256, or HMAC-SHA256 when constructed with a secret, in the SDK's `Hash` shape. */
export class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: SourceData): void {
    this.hash.update(toBytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

/** The request parts that enter the canonical request. */
export interface CanonicalInput {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  /** Only the signed headers, with their received values. */
  readonly headers: Record<string, string>;
}

/** Exposes the SDK signer's protected canonical-request and string-to-sign builders. */
class VerifyingSigner extends SignatureV4 {
  canonicalRequest(input: CanonicalInput, signedNames: ReadonlySet<string>, payloadHash: string): string {
    const request = { ...input, protocol: 'https:', hostname: '', body: undefined };
    // signableHeaders = the client's list, so headers the SDK never signs itself (user-agent...) still count.
    const canonicalHeaders = getCanonicalHeaders(request, undefined, new Set(signedNames));
    return this.createCanonicalRequest(request, canonicalHeaders, payloadHash);
  }
  /** `ALGORITHM\nDATE\nSCOPE\nhex(SHA-256(canonical request))`, as the SDK's createStringToSign writes it. */
  stringToSign(amzDate: string, scope: string, canonicalRequest: string): string {
    return `${ALGORITHM_IDENTIFIER}\n${amzDate}\n${scope}\n${hash('sha256', canonicalRequest, 'hex')}`;
  }
}

/** Hex SHA-256 of a body (what the SDK's getPayloadHash computes for a body it can read at once). */
export function payloadHash(body: Uint8Array | string): string {
  return hash('sha256', body, 'hex');
}

export interface SignatureInputs {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly service: string;
  readonly scope: string;
  readonly amzDate: string;
  readonly request: CanonicalInput;
  readonly signedHeaders: readonly string[];
  readonly payloadHash: string;
}

const MAX_CACHED = 10_000;

/**
 * One signer per (service, Region): the canonical-request and string-to-sign builders depend on nothing
 * else (the credentials are only used to sign, below).
 */
const signers = new Map<string, VerifyingSigner>();

function signerFor(service: string, region: string): VerifyingSigner {
  const key = `${service}\n${region}`;
  let signer = signers.get(key);
  if (!signer) {
    signer = new VerifyingSigner({
      service,
      region,
      credentials: { accessKeyId: '', secretAccessKey: '' },
      sha256: Sha256,
    });
    if (signers.size >= MAX_CACHED) signers.clear();
    signers.set(key, signer);
  }
  return signer;
}

/**
 * Signing keys (kSigning = HMAC chain of secret, date, Region, service) derived by the SDK's own
 * getSigningKey, kept per (secret, date, Region, service): a key changes once a day.
 */
const signingKeys = new Map<string, Uint8Array>();

async function signingKey(inputs: SignatureInputs): Promise<Uint8Array> {
  const shortDate = inputs.amzDate.slice(0, 8);
  const key = `${inputs.secretAccessKey}\n${shortDate}\n${inputs.region}\n${inputs.service}`;
  let derived = signingKeys.get(key);
  if (!derived) {
    derived = await getSigningKey(
      Sha256,
      { accessKeyId: inputs.accessKeyId, secretAccessKey: inputs.secretAccessKey },
      shortDate,
      inputs.region,
      inputs.service,
    );
    if (signingKeys.size >= MAX_CACHED) signingKeys.clear();
    signingKeys.set(key, derived);
  }
  return derived;
}

/** The hex signature the SDK would have produced for these inputs: HMAC(kSigning, string to sign). */
export async function computeSignature(inputs: SignatureInputs): Promise<string> {
  const signer = signerFor(inputs.service, inputs.region);
  const canonical = signer.canonicalRequest(
    inputs.request,
    new Set(inputs.signedHeaders),
    inputs.payloadHash,
  );
  const stringToSign = signer.stringToSign(inputs.amzDate, inputs.scope, canonical);
  return createHmac('sha256', await signingKey(inputs))
    .update(stringToSign, 'utf8')
    .digest('hex');
}
