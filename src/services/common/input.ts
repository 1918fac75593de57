/**
 * Reading and validating operation parameters with AWS's constraint messages, collected so that one
 * ValidationError names every problem: `Value 'x' at 'roleName' failed to satisfy constraint: Member must
 * satisfy regular expression pattern: [\w+=,.@-]+`. Member names are reported in lowerCamelCase.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonErrors.html (ValidationError)
 */
import type { Tag } from '../../store/records.js';
import type { InputParams, InputValue } from './operation.js';
import { validationError } from './service-error.js';

export interface StringRule {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
}

const lowerCamel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** The rule's pattern as AWS prints it (without the ^...$ anchors). */
const patternText = (pattern: RegExp) => pattern.source.replace(/^\^|\$$/g, '');

// AWS patterns match the whole value, even alternations such as `(\u002F)|(\u002F[...]+\u002F)`.
const wholeValue = new WeakMap<RegExp, RegExp>();
function matchesWhole(pattern: RegExp, value: string): boolean {
  let anchored = wholeValue.get(pattern);
  if (!anchored) {
    anchored = new RegExp(`^(?:${patternText(pattern)})$`, pattern.flags);
    wholeValue.set(pattern, anchored);
  }
  return anchored.test(value);
}

export class InputReader {
  private readonly problems: string[] = [];

  constructor(private readonly params: InputParams) {}

  private problem(name: string, value: string | null, constraint: string): void {
    const shown = value === null ? 'null' : `'${value}'`;
    this.problems.push(
      `Value ${shown} at '${lowerCamel(name)}' failed to satisfy constraint: Member must ${constraint}`,
    );
  }

  private check(name: string, value: string, rule: StringRule): void {
    if (rule.min !== undefined && value.length < rule.min) {
      this.problem(name, value, `have length greater than or equal to ${rule.min}`);
    } else if (rule.max !== undefined && value.length > rule.max) {
      this.problem(name, value, `have length less than or equal to ${rule.max}`);
    } else if (rule.pattern && !matchesWhole(rule.pattern, value)) {
      this.problem(name, value, `satisfy regular expression pattern: ${patternText(rule.pattern)}`);
    }
  }

  /** A string member; undefined when absent. */
  optionalString(name: string, rule: StringRule = {}): string | undefined {
    const value = this.params[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.problem(name, null, 'be a string');
      return undefined;
    }
    this.check(name, value, rule);
    return value;
  }

  /** A required string member (reported as null when absent). */
  string(name: string, rule: StringRule = {}): string {
    const value = this.optionalString(name, rule);
    if (value === undefined && this.params[name] === undefined) this.problem(name, null, 'not be null');
    return value ?? '';
  }

  optionalInteger(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.params[name];
    if (raw === undefined) return undefined;
    const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(value)) {
      this.problem(name, typeof raw === 'string' ? raw : null, 'be an integer');
      return undefined;
    }
    if (range.min !== undefined && value < range.min) {
      this.problem(name, String(value), `have value greater than or equal to ${range.min}`);
    } else if (range.max !== undefined && value > range.max) {
      this.problem(name, String(value), `have value less than or equal to ${range.max}`);
    }
    return value;
  }

  optionalBoolean(name: string): boolean | undefined {
    const raw = this.params[name];
    if (raw === undefined) return undefined;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    this.problem(name, typeof raw === 'string' ? raw : null, 'be a boolean (true or false)');
    return undefined;
  }

  /** A list member (`Name.member.N`); an empty value counts as an empty list. */
  optionalList(name: string): readonly InputValue[] | undefined {
    const raw = this.params[name];
    if (raw === undefined) return undefined;
    if (raw === '') return [];
    if (Array.isArray(raw)) return raw as readonly InputValue[];
    this.problem(name, null, 'be a list');
    return undefined;
  }

  /** A list of strings, each checked against the rule. */
  optionalStringList(name: string, rule: StringRule = {}, maxItems?: number): string[] | undefined {
    const list = this.optionalList(name);
    if (!list) return undefined;
    if (maxItems !== undefined && list.length > maxItems) {
      this.problem(name, null, `have length less than or equal to ${maxItems}`);
    }
    return list.map((item) => {
      if (typeof item !== 'string') {
        this.problem(name, null, 'contain only strings');
        return '';
      }
      this.check(name, item, rule);
      return item;
    });
  }

  /** `Tags.member.N.Key/Value`, with IAM's tag rules (at most 50, key 1-128, value 0-256). */
  optionalTags(name = 'Tags'): Tag[] | undefined {
    const list = this.optionalList(name);
    if (!list) return undefined;
    if (list.length > 50) this.problem(name, null, 'have length less than or equal to 50');
    const tagPattern = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
    return list.map((item, index) => {
      const struct = typeof item === 'object' && !Array.isArray(item) ? (item as InputParams) : {};
      const key = struct['Key'];
      const value = struct['Value'];
      const where = `${name}.${index + 1}.member`;
      if (typeof key !== 'string') this.problem(`${where}.key`, null, 'not be null');
      else if (key.length < 1 || key.length > 128)
        this.problem(`${where}.key`, key, 'have length between 1 and 128');
      else if (!tagPattern.test(key))
        this.problem(`${where}.key`, key, `satisfy regular expression pattern: ${tagPattern.source}`);
      if (typeof value !== 'string') this.problem(`${where}.value`, null, 'not be null');
      else if (value.length > 256)
        this.problem(`${where}.value`, value, 'have length less than or equal to 256');
      else if (!tagPattern.test(value))
        this.problem(`${where}.value`, value, `satisfy regular expression pattern: ${tagPattern.source}`);
      return { Key: typeof key === 'string' ? key : '', Value: typeof value === 'string' ? value : '' };
    });
  }

  /** Throws one ValidationError naming every problem found so far. */
  done(): void {
    if (this.problems.length > 0) throw validationError(this.problems);
  }
}
