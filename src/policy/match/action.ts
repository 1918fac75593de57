/**
 * Action matching: `service:Action` patterns are case-insensitive and may use `*` and `?` anywhere.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
import { compileGlob } from './glob.js';

export type ActionMatcher = (lowerAction: string) => boolean;

/** Compiles an Action/NotAction list into one matcher over lower-cased `service:action` strings. */
export function compileActionMatcher(patterns: readonly string[]): ActionMatcher {
  const exact = new Set<string>();
  const globs: ((s: string) => boolean)[] = [];
  for (const pattern of patterns) {
    const lower = pattern.toLowerCase();
    if (lower === '*') return () => true;
    if (lower.includes('*') || lower.includes('?')) globs.push(compileGlob(lower, { ignoreCase: false }));
    else exact.add(lower);
  }
  if (globs.length === 0) return (action) => exact.has(action);
  return (action) => {
    if (exact.has(action)) return true;
    for (const glob of globs) if (glob(action)) return true;
    return false;
  };
}

/** The lower-cased service prefix of an action (`iam` for `IAM:GetRole`), or '' when there is none. */
export function actionService(lowerAction: string): string {
  const colon = lowerAction.indexOf(':');
  return colon < 0 ? '' : lowerAction.slice(0, colon);
}
