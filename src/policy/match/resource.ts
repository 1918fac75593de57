/**
 * Resource matching: ARN patterns are case-sensitive; `*` and `?` match within each of the first five
 * ARN components, the resource part's `*` also spans `/` and `:`, and a trailing `*` in a shorter pattern
 * (`arn:aws:ec2:*`) expands beyond the colon boundaries. Policy variables may appear in the resource part.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
import type { ContextReader } from '../condition/types.js';
import { parseArn, type Arn } from './arn.js';
import { ANY_RUN, compileGlob, type GlobPart, type GlobPattern } from './glob.js';
import { compileTemplate, resolvePattern, type Template } from './variables.js';

const NO_CONTEXT: ContextReader = { get: () => undefined };

/** The requested resource, parsed at most once per request. */
export class ResourceView {
  private parsed: Arn | null | undefined;
  constructor(readonly text: string) {}
  get arn(): Arn | null {
    if (this.parsed === undefined) this.parsed = parseArn(this.text) ?? null;
    return this.parsed;
  }
}

export interface ResourceMatcher {
  (resource: ResourceView, ctx: ContextReader): boolean;
  /** Lower-cased keys of the policy variables in the patterns (for missing-key reporting). */
  readonly variableKeys: readonly string[];
}

type Segment = (value: string) => boolean;

function segmentMatcher(pattern: GlobPattern): Segment {
  if (pattern.length === 1 && pattern[0] === ANY_RUN) return () => true;
  return compileGlob(pattern);
}

/** Splits a pattern at the first five colons of its literal text: the six ARN components. */
function splitArnComponents(pattern: GlobPattern): GlobPart[][] {
  const components: GlobPart[][] = [[]];
  for (const part of pattern) {
    let current = components[components.length - 1]!;
    if (typeof part !== 'string') {
      current.push(part);
      continue;
    }
    let text = part;
    let colon = text.indexOf(':');
    while (components.length < 6 && colon >= 0) {
      if (colon > 0) current.push(text.slice(0, colon));
      current = [];
      components.push(current);
      text = text.slice(colon + 1);
      colon = text.indexOf(':');
    }
    if (text !== '') current.push(text);
  }
  return components;
}

/** Compiles one pattern whose variables are already resolved. */
export function compileLiteralResource(pattern: GlobPattern): (resource: ResourceView) => boolean {
  const components = splitArnComponents(pattern);
  const [prefix, partitionP, serviceP, regionP, accountP, restP] = components;
  const isArn = prefix?.length === 1 && prefix[0] === 'arn';
  if (!isArn || restP === undefined) {
    // `*`, a non-ARN resource, or a short pattern whose trailing `*` spans the rest (`arn:aws:ec2:*`).
    const whole = segmentMatcher(pattern);
    return (resource) => whole(resource.text);
  }
  const partition = segmentMatcher(partitionP!);
  const service = segmentMatcher(serviceP!);
  const region = segmentMatcher(regionP!);
  const account = segmentMatcher(accountP!);
  const rest = segmentMatcher(restP);
  return (resource) => {
    const target = resource.arn;
    if (!target) return false;
    return (
      rest(target.resource) &&
      service(target.service) &&
      account(target.account) &&
      region(target.region) &&
      partition(target.partition)
    );
  };
}

/** Compiles a Resource/NotResource list; variables are resolved per request when the version allows them. */
export function compileResourceMatcher(
  patterns: readonly string[],
  allowVariables: boolean,
): ResourceMatcher {
  const literal: ((resource: ResourceView) => boolean)[] = [];
  const templated: Template[] = [];
  for (const pattern of patterns) {
    const template = compileTemplate(pattern, allowVariables);
    if (template.isLiteral) literal.push(compileLiteralResource(resolvePattern(template, NO_CONTEXT) ?? []));
    else templated.push(template);
  }
  if (templated.length === 0) {
    if (literal.length === 1) {
      const only = literal[0]!;
      return Object.assign((resource: ResourceView) => only(resource), { variableKeys: [] });
    }
    return Object.assign(
      (resource: ResourceView) => {
        for (const m of literal) if (m(resource)) return true;
        return false;
      },
      { variableKeys: [] },
    );
  }
  const variableKeys = [...new Set(templated.flatMap((t) => t.variableKeys))];
  const matcher = (resource: ResourceView, ctx: ContextReader) => {
    for (const m of literal) if (m(resource)) return true;
    for (const template of templated) {
      const resolved = resolvePattern(template, ctx);
      // A variable without a value makes the entry match nothing.
      if (resolved !== null && compileLiteralResource(resolved)(resource)) return true;
    }
    return false;
  };
  return Object.assign(matcher, { variableKeys });
}
