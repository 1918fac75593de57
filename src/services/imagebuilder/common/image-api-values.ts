/**
 * JSON values as Image Builder's API returns them, assignable to an operation's result: resources are
 * stored in exactly these shapes (the Get* output of the API reference) and answered as stored.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_Types.html
 */
export type ApiValue = string | number | boolean | null | readonly ApiValue[] | ApiObject;
export type ApiObject = { readonly [member: string]: ApiValue | undefined };

/** The object without its undefined members (they would otherwise be stored as absent anyway). */
export function compact<T extends ApiObject>(object: T): T {
  const out: Record<string, ApiValue> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** A string member of a stored object, if it is one. */
export const stringMember = (object: ApiObject | undefined, member: string): string | undefined => {
  const value = object?.[member];
  return typeof value === 'string' ? value : undefined;
};
