/**
 * Encodes an operation result as an AWS Query XML response:
 * `<GetRoleResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><GetRoleResult>...</GetRoleResult>
 *  <ResponseMetadata><RequestId>...</RequestId></ResponseMetadata></GetRoleResponse>`.
 * Object key order is element order (services build results in model order); lists are `<member>`
 * elements, maps (QueryMap) `<entry><key/><value/></entry>`, dates ISO-8601 UTC, booleans `true`/`false`;
 * null/undefined members are omitted; operations without output pass `undefined` and get no Result.
 * https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#response-serialization
 */
import { XmlWriter } from './xml-writer.js';

export type QueryResultValue =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | readonly QueryResultValue[]
  | QueryMap
  | QueryResultStruct;

export interface QueryResultStruct {
  readonly [member: string]: QueryResultValue;
}

/** Marks a value as a Query map (e.g. IAM GetAccountSummary's SummaryMap) rather than a structure. */
export class QueryMap {
  readonly entries: readonly (readonly [string, QueryResultValue])[];
  constructor(
    entries: Iterable<readonly [string, QueryResultValue]> | Readonly<Record<string, QueryResultValue>>,
  ) {
    this.entries = Symbol.iterator in entries ? [...entries] : Object.entries(entries);
  }
}

export interface QueryResponseOptions {
  /** The service's XML namespace, e.g. IAM_NAMESPACE or STS_NAMESPACE. */
  readonly namespace: string;
  readonly requestId: string;
}

/** ISO-8601 UTC, without milliseconds when they are zero (`2019-11-09T13:34:41Z`). */
export function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

function writeValue(xml: XmlWriter, name: string, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') xml.text(name, value);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Query response member ${name} is not a finite number`);
    xml.text(name, String(value));
  } else if (typeof value === 'boolean') xml.text(name, value ? 'true' : 'false');
  else if (value instanceof Date) xml.text(name, formatTimestamp(value));
  else if (Array.isArray(value)) {
    if (value.length === 0) {
      xml.empty(name);
      return;
    }
    xml.open(name);
    for (const item of value as readonly unknown[]) writeValue(xml, 'member', item);
    xml.close(name);
  } else if (value instanceof QueryMap) {
    xml.open(name);
    for (const [key, entry] of value.entries) {
      xml.open('entry').text('key', key);
      writeValue(xml, 'value', entry);
      xml.close('entry');
    }
    xml.close(name);
  } else if (typeof value === 'object') {
    writeStruct(xml, name, value);
  } else {
    throw new TypeError(`Query response member ${name} has unsupported type ${typeof value}`);
  }
}

/**
 * The XML of frozen structures (results built from the store's read cache are frozen and shared by many
 * responses), per element name: such a structure is encoded once.
 */
const encodedStructs = new WeakMap<object, Map<string, string>>();

function writeStruct(xml: XmlWriter, name: string, struct: object): void {
  if (!Object.isFrozen(struct)) return writeStructOnce(xml, name, struct);
  let byName = encodedStructs.get(struct);
  if (!byName) encodedStructs.set(struct, (byName = new Map()));
  let encoded = byName.get(name);
  if (encoded === undefined) {
    const own = new XmlWriter();
    writeStructOnce(own, name, struct);
    encoded = own.toString();
    byName.set(name, encoded);
  }
  xml.raw(encoded);
}

function writeStructOnce(xml: XmlWriter, name: string, struct: object): void {
  const members = Object.entries(struct).filter(([, v]) => v !== null && v !== undefined);
  if (members.length === 0) {
    xml.empty(name);
    return;
  }
  xml.open(name);
  for (const [member, value] of members) writeValue(xml, member, value);
  xml.close(name);
}

/**
 * `result` is the operation's output structure: any object whose members are QueryResultValues (typed
 * service interfaces are accepted as they are; unsupported member types throw a TypeError).
 */
export function encodeQueryResponse(
  action: string,
  result: object | undefined,
  options: QueryResponseOptions,
): string {
  const xml = new XmlWriter().open(`${action}Response`, { xmlns: options.namespace });
  if (result !== undefined) writeStruct(xml, `${action}Result`, result);
  xml.open('ResponseMetadata').text('RequestId', options.requestId).close('ResponseMetadata');
  return xml.close(`${action}Response`).toString();
}
