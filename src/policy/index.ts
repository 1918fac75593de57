/**
 * ibiam's IAM policy engine as a library: parse, validate and authorize are separate steps, and
 * authorize never throws on policy content.
 *
 *   const parsed = parsePolicy(text, { type: 'identity' });
 *   const set = compilePolicySet({ identity: [{ id: 'MyPolicy', document: parsed.document! }] });
 *   const decision = authorize({ principal: { arn }, action: 'imagebuilder:GetImage', resource }, set);
 */
export type * from './document/ast.js';
export { parsePolicy, policyFromJson, type ParseResult } from './document/parse.js';
export { printPolicy } from './document/print.js';
export type { Finding, FindingType, ValidationPolicyType } from './validate/finding.js';
export { validatePolicy, type ValidationResult } from './validate/validate.js';
export type * from './authorize/types.js';
export { authorize, type AuthorizeOptions } from './authorize/authorize.js';
export {
  compilePolicySet,
  type PolicyInput,
  type PolicySet,
  type PolicySetInput,
} from './authorize/policy-set.js';
export type { ConditionTrace, ContextValue } from './condition/types.js';
export {
  createCatalog,
  defaultCatalog,
  type ActionInfo,
  type ActionResourceType,
  type Catalog,
  type ConditionKeyInfo,
  type ResourceTypeInfo,
} from './catalog/index.js';
