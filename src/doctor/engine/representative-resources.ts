/**
 * Representative resources: for an action and a statement's Resource pattern, one concrete ARN per
 * resource type of the action (from the Service Authorization Reference) that the pattern can match,
 * with wildcards filled (Region and account wildcards by the checked account's Region and id). A pattern
 * that matches none of the action's resource types is a grant AWS never uses and yields nothing; actions
 * without resource-level permissions are only ever authorized on `*`.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
import type { ActionInfo, Catalog } from '../../policy/catalog/types.js';
import { compileGlob } from '../../policy/match/glob.js';
import { FILLER, fillGlob } from './satisfy-conditions.js';

export interface ResourceEnv {
  readonly account: string;
  readonly region: string;
}

const fillPart = (part: string, value: string) => (/[*?]/.test(part) ? value : part);

/** Fills an ARN pattern's wildcards, the Region and account components with the environment's. */
function fillArn(pattern: string, env: ResourceEnv, filler: string): string {
  if (!pattern.startsWith('arn:')) return fillGlob(pattern, filler);
  const parts = pattern.split(':');
  if (parts.length < 6) return fillGlob(pattern, filler);
  const [, partition = '', service = '', region = '', account = '', ...rest] = parts;
  return [
    'arn',
    fillPart(partition, 'aws'),
    fillGlob(service, filler),
    region === '' ? '' : fillPart(region, env.region),
    account === '' ? '' : fillPart(account, env.account),
    fillGlob(rest.join(':'), filler),
  ].join(':');
}

/** A concrete ARN from an ARN format of the reference (`arn:${Partition}:s3:::${BucketName}`). */
export function fromFormat(format: string, env: ResourceEnv): string {
  return format.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
    if (name === 'Partition') return 'aws';
    if (name === 'Region') return env.region;
    if (name === 'Account') return env.account;
    return FILLER;
  });
}

const FILLERS = [
  FILLER,
  `${FILLER}/${FILLER}`,
  `${FILLER}/${FILLER}/${FILLER}`,
  `${FILLER}/${FILLER}/${FILLER}/1`,
];

export class RepresentativeResources {
  private readonly globs = new Map<string, (s: string) => boolean>();

  constructor(private readonly catalog: Catalog) {}

  private matches(pattern: string, arn: string): boolean {
    let glob = this.globs.get(pattern);
    if (!glob) {
      glob = compileGlob(pattern);
      this.globs.set(pattern, glob);
    }
    return glob(arn);
  }

  /**
   * Fillers for a pattern's wildcards: plain text, a few path segments, and the filler followed by each
   * tail of the resource type's own shape (`:log-stream:x` for a log stream under a log-group pattern).
   */
  private fillers(fromType: string | undefined): string[] {
    const out = [...FILLERS];
    if (fromType) {
      const resourceStart = fromType.split(':', 5).join(':').length + 1;
      for (let i = resourceStart; i < fromType.length; i++) {
        const c = fromType[i];
        if (c === ':' || c === '/') out.push(FILLER + fromType.slice(i));
      }
    }
    return out;
  }

  /** Concrete resources for the action under the Resource pattern (one per resource type it can match). */
  resourcesFor(action: ActionInfo, pattern: string, env: ResourceEnv): string[] {
    if (action.resourceTypes.length === 0) return pattern === '*' ? ['*'] : [];
    const typeNames =
      pattern === '*'
        ? action.resourceTypes.map((t) => t.name)
        : this.catalog.resourceTypesForArn(action, pattern, { loose: true });
    const out: string[] = [];
    for (const typeName of typeNames) {
      const type = this.catalog.resourceType(action.service, typeName);
      const fromType = type ? fromFormat(type.arnFormat, env) : undefined;
      const candidates =
        pattern === '*'
          ? [fromType]
          : [...this.fillers(fromType).map((f) => fillArn(pattern, env, f)), fromType];
      // From the type's own format, the ARN is of that type by construction.
      const pick =
        pattern === '*'
          ? fromType
          : candidates.find(
              (c) =>
                c !== undefined &&
                this.matches(pattern, c) &&
                this.catalog
                  .resourceTypesForArn(action, c)
                  .some((t) => t.toLowerCase() === typeName.toLowerCase()),
            );
      const chosen = pick ?? (pattern === '*' ? fromType : undefined);
      if (chosen !== undefined && !out.includes(chosen)) out.push(chosen);
    }
    return out;
  }
}
