/**
 * Pagination across several lists of one answer (GetAccountAuthorizationDetails' users, groups, roles and
 * policies; ListEntitiesForPolicy's groups, users and roles): MaxItems counts the items of all the lists
 * together, in the order given, and the answer's lists hold the items of the page.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html
 */
import type { ResultValue } from '../../common/operation.js';
import { paginate, type PageRequest } from './pagination.js';

export interface PageAcross<T> {
  /** The items of this page, in their original order. */
  readonly items: readonly T[];
  /** IsTruncated and, when truncated, Marker. */
  readonly rest: Record<string, ResultValue>;
}

/** One page of `items`; `key` must tell items apart. */
export function paginateAcross<T>(
  items: readonly T[],
  page: PageRequest,
  key: (item: T) => string,
): PageAcross<T> {
  const { Items: keys, ...rest } = paginate(items, page, 'Items', key);
  const onPage = new Set(keys as readonly string[]);
  return { items: items.filter((item) => onPage.has(key(item))), rest };
}
