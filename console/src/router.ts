/**
 * Hash routing (`#/iam/roles/NAME?tab=trust`): the server serves one page at /console and every view is
 * a fragment, so links can be shared and the browser's back button works.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** Path segments, decoded: `#/iam/roles/My%20Role` -> ['iam', 'roles', 'My Role']. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = hash.split('?', 2);
  return {
    segments: path.split('/').filter(Boolean).map(decodeURIComponent),
    query: new URLSearchParams(search),
  };
}

/** A link target: `href('iam', 'roles', name)` -> `#/iam/roles/NAME`; query values are encoded. */
export function href(...segments: readonly string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

export function hrefWithQuery(segments: readonly string[], query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `${href(...segments)}${search ? `?${search}` : ''}`;
}

export function navigate(target: string): void {
  window.location.hash = target.replace(/^#/, '');
}

export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
