/**
 * Patterns as sequences of steps, so that two patterns can be compared: does some string match both?
 * That question decides whether a policy's ARN pattern (`arn:aws:s3:::bucket/*`) can name a resource of a
 * given type (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`). A step is one character from a class,
 * or a run (possibly empty) of such characters. Policy wildcards: `*` is a run of anything and `?` one
 * character of anything; policy variables (`${aws:username}`) can be anything, so they read as `*`; the
 * escapes `${*}`, `${?}`, `${$}` are literal characters.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars
 */

export interface Step {
  /** The one character this step accepts, or null for any character not in `except`. */
  readonly char: string | null;
  /** Characters a wildcard step refuses (unused when `char` is set). */
  readonly except: string;
  /** True for a run of zero or more characters of the class; false for exactly one. */
  readonly run: boolean;
}

export const ANY_RUN: Step = Object.freeze({ char: null, except: '', run: true });
export const ANY_ONE: Step = Object.freeze({ char: null, except: '', run: false });

export function literalSteps(text: string): Step[] {
  return Array.from(text, (char) => ({ char, except: '', run: false }));
}

/** A wildcard refusing some characters: one-or-more when `nonEmpty`, else zero-or-more. */
export function wildcardSteps(except: string, nonEmpty: boolean): Step[] {
  const run: Step = { char: null, except, run: true };
  return nonEmpty ? [{ char: null, except, run: false }, run] : [run];
}

function classesMeet(a: Step, b: Step): boolean {
  if (a.char !== null && b.char !== null) return a.char === b.char;
  if (a.char !== null) return !b.except.includes(a.char);
  if (b.char !== null) return !a.except.includes(b.char);
  return true; // two "any but a few" classes always share a character
}

/** True when some string is accepted by both step sequences (a reachability search over step pairs). */
export function stepsIntersect(a: readonly Step[], b: readonly Step[]): boolean {
  const width = b.length + 1;
  const seen = new Uint8Array((a.length + 1) * width);
  const stack: number[] = [0];
  seen[0] = 1;
  const push = (i: number, j: number): void => {
    const at = i * width + j;
    if (seen[at] === 0) {
      seen[at] = 1;
      stack.push(at);
    }
  };
  while (stack.length > 0) {
    const at = stack.pop()!;
    const i = Math.floor(at / width);
    const j = at % width;
    if (i === a.length && j === b.length) return true;
    const sa = a[i];
    const sb = b[j];
    if (sa?.run) push(i + 1, j);
    if (sb?.run) push(i, j + 1);
    if (sa !== undefined && sb !== undefined && classesMeet(sa, sb))
      push(sa.run ? i : i + 1, sb.run ? j : j + 1);
  }
  return false;
}

const ESCAPES = new Set(['*', '?', '$']);

/** Steps of a policy pattern: `*`, `?`, policy variables and their escapes as IAM reads them. */
export function policyPatternSteps(pattern: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '$' && pattern[i + 1] === '{') {
      const close = pattern.indexOf('}', i + 2);
      if (close > 0) {
        const body = pattern.slice(i + 2, close);
        steps.push(ESCAPES.has(body) ? { char: body, except: '', run: false } : ANY_RUN);
        i = close + 1;
        continue;
      }
    }
    steps.push(c === '*' ? ANY_RUN : c === '?' ? ANY_ONE : { char: c, except: '', run: false });
    i++;
  }
  return steps;
}
