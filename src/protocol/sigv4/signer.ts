/**
 * Recomputes a SigV4 signature with the AWS SDK's own signer (@smithy/signature-v4): its canonical
 * header, query, path and payload code builds the canonical request, and its HMAC chain signs it. We
 * only choose the inputs: exactly the headers the client listed in SignedHeaders, the claimed scope and
 * time. The hash primitive is Node's crypto (SHA-256 / HMAC-SHA256), the same as @smithy/hash-node.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html
 */
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { ALGORITHM_IDENTIFIER, SignatureV4, getCanonicalHeaders, getPayloadHash } from '@smithy/signature-v4';

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
  stringToSign(amzDate: string, scope: string, canonicalRequest: string): Promise<string> {
    return this.createStringToSign(amzDate, scope, canonicalRequest, ALGORITHM_IDENTIFIER);
  }
}

/** Hex SHA-256 of a body, computed by the SDK's payload hasher. */
export function payloadHash(body: Uint8Array | string): Promise<string> {
  return getPayloadHash(
    { method: 'POST', protocol: 'https:', hostname: '', path: '/', headers: {}, body },
    Sha256,
  );
}

export interface SignatureInputs {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly service: string;
  readonly scope: string;
  readonly amzDate: string;
  readonly requestTime: Date;
  readonly request: CanonicalInput;
  readonly signedHeaders: readonly string[];
  readonly payloadHash: string;
}

/** The hex signature the SDK would have produced for these inputs. */
export async function computeSignature(inputs: SignatureInputs): Promise<string> {
  const signer = new VerifyingSigner({
    service: inputs.service,
    region: inputs.region,
    credentials: { accessKeyId: inputs.accessKeyId, secretAccessKey: inputs.secretAccessKey },
    sha256: Sha256,
  });
  const canonical = signer.canonicalRequest(
    inputs.request,
    new Set(inputs.signedHeaders),
    inputs.payloadHash,
  );
  const stringToSign = await signer.stringToSign(inputs.amzDate, inputs.scope, canonical);
  return signer.sign(stringToSign, {
    signingDate: inputs.requestTime,
    signingRegion: inputs.region,
    signingService: inputs.service,
  });
}
