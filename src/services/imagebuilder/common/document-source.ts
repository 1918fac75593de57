/**
 * Where a document comes from: inline (`data`, at most 16,000 characters) or an S3 object (`uri`,
 * `s3://bucket/key`) — exactly one of the two, else InvalidParameterCombinationException. Image Builder
 * reads an S3 document with the caller's permissions ("the requester must have permission to access the
 * S3 bucket it points to"), so a `uri` adds an s3:GetObject request on the object.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_CreateComponent.html
 */
import type { AccessCheck } from '../../common/operation.js';
import { invalidParameterCombination, invalidParameterValue } from './errors.js';
import type { JsonReader } from './input.js';

export const MAX_INLINE_DOCUMENT = 16000;

export interface DocumentSource {
  readonly data?: string;
  readonly uri?: string;
}

const S3_URI = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/;

export function readDocumentSource(
  reader: JsonReader,
  dataMember = 'data',
  uriMember = 'uri',
  maxData = MAX_INLINE_DOCUMENT,
): DocumentSource {
  const data = reader.optionalString(dataMember);
  const uri = reader.optionalString(uriMember);
  if (data !== undefined && uri !== undefined)
    throw invalidParameterCombination(
      `You can't specify both '${dataMember}' and '${uriMember}'. Specify the document inline with '${dataMember}' or as an S3 object with '${uriMember}'.`,
    );
  if (data === undefined && uri === undefined)
    throw invalidParameterCombination(
      `You must specify either '${dataMember}' or '${uriMember}': the document inline, or the S3 URI of the document.`,
    );
  if (data !== undefined) {
    if (data.length === 0 || data.length > maxData)
      throw invalidParameterValue(
        `The value supplied for parameter '${dataMember}' is not valid. Its length must be between 1 and ${maxData} characters; it is ${data.length}.`,
      );
    if (data.includes('\u0000'))
      throw invalidParameterValue(
        `The value supplied for parameter '${dataMember}' must not contain NUL characters.`,
      );
    return { data };
  }
  if (!S3_URI.test(uri!))
    throw invalidParameterValue(
      `The value supplied for parameter '${uriMember}' is not valid. Specify an S3 URI such as s3://bucket/key.`,
    );
  return { uri: uri! };
}

/** The s3:GetObject request for a document stored in S3 (none for an inline document). */
export function documentObjectChecks(source: DocumentSource, partition = 'aws'): AccessCheck[] {
  const m = source.uri !== undefined ? S3_URI.exec(source.uri) : null;
  return m ? [{ action: 's3:GetObject', resource: `arn:${partition}:s3:::${m[1]}/${m[2]}` }] : [];
}
