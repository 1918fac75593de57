/**
 * ARN formats of the Service Authorization Reference (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`)
 * compiled for matching against ARNs and policy ARN patterns. The first five components are compared one
 * by one (a policy `*` there stays inside its component); the resource part is compared as a whole.
 * A `${Var}` is one or more characters. Strictly, it cannot contain a character that the service's ARN
 * formats put right after it: `${BucketName}` excludes `/` because the object format continues with `/`,
 * and `${FunctionName}` excludes `:` because of `function:${FunctionName}:${Version}`; a final variable
 * with no such continuation (`role/${RoleNameWithPath}`) can contain anything. Loosely, a variable is any
 * run of characters, `:` included (CloudWatch Logs' `log-group:name:*` style), except a `/` that the formats
 * put after it: a path never spills into a name (`arn:aws:s3:::bucket/*` is never a bucket).
 * Resource ARN formats: https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html#resources_table
 * Wildcards in ARNs: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
import { parseArn } from '../match/arn.js';
import {
  ANY_RUN,
  literalSteps,
  policyPatternSteps,
  stepsIntersect,
  wildcardSteps,
  type Step,
} from './pattern-steps.js';

/** A compiled ARN format: five header components and the resource part, strict and loose. */
export interface CompiledArnFormat {
  /** The service component (formats never put variables there). */
  readonly service: string;
  /** The literal text that starts the resource part, before any variable or `*`. */
  readonly resourcePrefix: string;
  readonly header: readonly (readonly Step[])[];
  readonly looseHeader: readonly (readonly Step[])[];
  readonly resource: readonly Step[];
  readonly looseResource: readonly Step[];
}

const VARIABLE = /\$\{[^}]*\}/g;
/** Stands for one variable in a format's shape (a character that never occurs in ARN formats). */
const SLOT = '\u0000';

/** The service and the resource part of a format, with every `${Var}` replaced by SLOT. */
function shapeOf(format: string): { readonly service: string; readonly shape: string } | undefined {
  const arn = parseArn(format);
  return arn && { service: arn.service, shape: arn.resource.replace(VARIABLE, SLOT) };
}

function partSteps(part: string, exceptAt: (slotIndex: number) => string, loose: boolean): Step[] {
  const steps: Step[] = [];
  let last = 0;
  let slot = 0;
  for (const match of part.matchAll(VARIABLE)) {
    steps.push(...templateLiteralSteps(part.slice(last, match.index)));
    const except = exceptAt(slot);
    steps.push(
      ...(loose ? wildcardSteps(except.includes('/') ? '/' : '', false) : wildcardSteps(except, true)),
    );
    last = match.index + match[0].length;
    slot++;
  }
  steps.push(...templateLiteralSteps(part.slice(last)));
  return steps;
}

/** Literal text of a format; a `*` written in the format itself (`image/${Name}/${Version}/*`) is a wildcard. */
function templateLiteralSteps(text: string): Step[] {
  return Array.from(text, (c) => (c === '*' ? ANY_RUN : literalSteps(c)[0]!));
}

/**
 * Compiles the ARN formats of one service. `formats` are all of that service's formats: each variable's
 * excluded characters come from the formats that share the text before it.
 */
export function compileArnFormats(formats: readonly string[]): (CompiledArnFormat | undefined)[] {
  const shapes = formats.map(shapeOf);
  return formats.map((format, index) => {
    const arn = parseArn(format);
    const own = shapes[index];
    if (!arn || own === undefined) return undefined;
    const shape = own.shape;
    const slotPositions = [...shape].flatMap((c, at) => (c === SLOT ? [at] : []));
    const exceptAt = (slot: number): string => {
      const at = slotPositions[slot]!;
      const prefix = shape.slice(0, at + 1);
      let except = '';
      for (const other of shapes) {
        const sibling = other?.service === own.service && other.shape.startsWith(prefix);
        const next = sibling ? other.shape[at + 1] : undefined;
        if (next !== undefined && next !== SLOT && next !== '*' && !except.includes(next)) except += next;
      }
      return except;
    };
    const headerParts = [arn.partition, arn.service, arn.region, arn.account];
    return {
      service: arn.service,
      resourcePrefix: literalPrefix(arn.resource),
      header: [literalSteps('arn'), ...headerParts.map((p) => partSteps(p, () => ':', false))],
      looseHeader: [literalSteps('arn'), ...headerParts.map((p) => partSteps(p, () => ':', true))],
      resource: partSteps(arn.resource, exceptAt, false),
      looseResource: partSteps(arn.resource, exceptAt, true),
    };
  });
}

/** The text before the first `*`, `?` or `${`. */
function literalPrefix(text: string): string {
  const end = text.search(/[*?]|\$\{/);
  return end < 0 ? text : text.slice(0, end);
}

/** A policy ARN pattern prepared once for comparison with many formats. */
export interface PreparedArnPattern {
  /** The service component when it is literal text, for a quick rejection of other services' formats. */
  readonly service?: string;
  /** The literal text that starts the resource part, for a quick rejection of formats that start otherwise. */
  readonly resourcePrefix?: string;
  /** The five header components and the resource part, or undefined when the text has fewer components. */
  readonly parts?: readonly (readonly Step[])[];
  /** The whole text, for short patterns such as `arn:aws:s3:*` whose trailing `*` spans components. */
  readonly whole: readonly Step[];
}

export function prepareArnPattern(pattern: string): PreparedArnPattern {
  const arn = parseArn(pattern);
  const whole = policyPatternSteps(pattern);
  if (!arn) return { whole };
  const parts = ['arn', arn.partition, arn.service, arn.region, arn.account, arn.resource].map(
    policyPatternSteps,
  );
  const service = literalPrefix(arn.service) === arn.service ? arn.service : undefined;
  return {
    parts,
    whole,
    resourcePrefix: literalPrefix(arn.resource),
    ...(service === undefined ? {} : { service }),
  };
}

/** False when the literal beginnings already disagree (neither is a prefix of the other). */
function prefixesAgree(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** True when some ARN matches both the policy pattern and the format. */
export function arnPatternMeetsFormat(
  pattern: PreparedArnPattern,
  format: CompiledArnFormat,
  loose: boolean,
): boolean {
  const header = loose ? format.looseHeader : format.header;
  const resource = loose ? format.looseResource : format.resource;
  if (pattern.parts) {
    if (pattern.service !== undefined && pattern.service !== format.service) return false;
    if (pattern.resourcePrefix !== undefined && !prefixesAgree(pattern.resourcePrefix, format.resourcePrefix))
      return false;
    return (
      header.every((steps, i) => stepsIntersect(pattern.parts![i]!, steps)) &&
      stepsIntersect(pattern.parts[5]!, resource)
    );
  }
  const colon = literalSteps(':');
  const whole = header.flatMap((steps, i) => (i === 0 ? [...steps] : [...colon, ...steps]));
  return stepsIntersect(pattern.whole, [...whole, ...colon, ...resource]);
}
