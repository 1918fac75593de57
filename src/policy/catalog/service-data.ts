/**
 * One service's part of the catalogue, built from its three data files on first use and kept: actions by
 * lower-cased name, resource types with compiled ARN formats, and condition keys (exact keys, and
 * templated keys such as `s3:ExistingObjectTag/<key>` or `aws:RequestTag/${TagKey}` as patterns).
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html
 */
import { parseArn } from '../match/arn.js';
import { compileArnFormats, type CompiledArnFormat } from './arn-template.js';
import { readServiceFile } from './iam-data-files.js';
import type { ActionInfo, ConditionKeyInfo, ResourceTypeInfo } from './types.js';

export interface CompiledResourceType {
  readonly info: ResourceTypeInfo;
  /** Undefined when the format is not an ARN the matcher understands. */
  readonly format: CompiledArnFormat | undefined;
}

interface ResourceTypes {
  readonly byName: ReadonlyMap<string, CompiledResourceType>;
  readonly list: readonly ResourceTypeInfo[];
}

export interface ServiceConditionKeys {
  readonly exact: ReadonlyMap<string, ConditionKeyInfo>;
  /** Templated keys, each with a case-insensitive pattern over the whole key. */
  readonly templated: readonly { readonly pattern: RegExp; readonly info: ConditionKeyInfo }[];
}

/**
 * Placeholders in templated key names: `${TagKey}`, `<key>`, and two spellings the data also uses, a
 * final `/tag-key` and a bare final `/` (`sagemaker:ResourceTag/`).
 */
const TEMPLATE_PART = /\$\{[^}]*\}|<[^>]*>|(?<=\/)tag-key$|(?<=\/)$/i;
const TEMPLATE_PARTS = new RegExp(TEMPLATE_PART.source, 'gi');
const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/** `s3:ExistingObjectTag/<key>` -> /^s3:existingobjecttag\/.+$/: the placeholder stands for any text. */
export function templatePattern(template: string): RegExp {
  const pieces = template.toLowerCase().split(TEMPLATE_PARTS);
  return new RegExp(`^${pieces.map((p) => p.replace(REGEXP_SYNTAX, '\\$&')).join('.+')}$`);
}

export function isTemplated(key: string): boolean {
  return TEMPLATE_PART.test(key);
}

export class ServiceData {
  private actionMap?: ReadonlyMap<string, ActionInfo>;
  private types?: ResourceTypes;
  private keys?: ServiceConditionKeys;

  constructor(readonly service: string) {}

  /** True once any of the service's files has been read. */
  get loaded(): boolean {
    return this.actionMap !== undefined || this.types !== undefined || this.keys !== undefined;
  }

  get actions(): ReadonlyMap<string, ActionInfo> {
    if (!this.actionMap) {
      const raw = readServiceFile('actions', this.service);
      const map = new Map<string, ActionInfo>();
      for (const [lowerName, a] of Object.entries(raw)) {
        map.set(lowerName, {
          service: this.service,
          name: a.name,
          accessLevel: a.accessLevel,
          resourceTypes: a.resourceTypes.map((r) => ({
            name: r.name,
            required: r.required,
            conditionKeys: r.conditionKeys,
          })),
          conditionKeys: a.conditionKeys,
          dependentActions: a.dependentActions,
        });
      }
      this.actionMap = map;
    }
    return this.actionMap;
  }

  get resourceTypes(): ReadonlyMap<string, CompiledResourceType> {
    return this.loadResourceTypes().byName;
  }

  /** The resource types' descriptions, in the data's order. */
  get resourceTypeList(): readonly ResourceTypeInfo[] {
    return this.loadResourceTypes().list;
  }

  private loadResourceTypes(): ResourceTypes {
    if (!this.types) {
      const raw = Object.entries(readServiceFile('resourceTypes', this.service));
      const formats = compileArnFormats(raw.map(([, r]) => r.arn));
      const byName = new Map<string, CompiledResourceType>();
      raw.forEach(([lowerName, r], i) => {
        const arnParts = parseArn(r.arn);
        const info: ResourceTypeInfo = {
          service: this.service,
          name: r.key,
          arnFormat: r.arn,
          ...(arnParts === undefined ? {} : { arnParts }),
          conditionKeys: r.conditionKeys ?? [],
        };
        byName.set(lowerName, { info, format: formats[i] });
      });
      this.types = { byName, list: [...byName.values()].map((r) => r.info) };
    }
    return this.types;
  }

  get conditionKeys(): ServiceConditionKeys {
    if (!this.keys) {
      const exact = new Map<string, ConditionKeyInfo>();
      const templated: { pattern: RegExp; info: ConditionKeyInfo }[] = [];
      for (const [lowerKey, k] of Object.entries(readServiceFile('conditionKeys', this.service))) {
        const info = { key: k.key, type: k.type };
        exact.set(lowerKey, info);
        if (isTemplated(k.key)) templated.push({ pattern: templatePattern(k.key), info });
      }
      this.keys = { exact, templated };
    }
    return this.keys;
  }

  /** The key's definition in this service: an exact key first, then a templated one. */
  conditionKey(lowerKey: string): ConditionKeyInfo | undefined {
    const keys = this.conditionKeys;
    return keys.exact.get(lowerKey) ?? keys.templated.find((t) => t.pattern.test(lowerKey))?.info;
  }
}
