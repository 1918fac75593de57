/**
 * Every policy document the doctor evaluates, parsed and compiled once: a managed policy attached to
 * thousands of roles is compiled the first time one of them is checked and shared afterwards. AWS managed
 * policies come from the catalogue of AWS managed policies (their current default version), customer
 * managed ones from the snapshot of their account.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html
 */
import { policyFromJson } from '../../policy/document/parse.js';
import { CompiledPolicy } from '../../policy/evaluate/compiled-policy.js';
import type { PolicyType } from '../../policy/authorize/types.js';
import type { PolicyDocument } from '../../policy/document/ast.js';
import type { ValidationPolicyType } from '../../policy/validate/finding.js';
import { AWS_MANAGED_PREFIX, type AwsManagedPolicies } from '../../services/iam/aws-managed/catalog.js';
import type { JsonValue } from '../snapshot/types.js';
import type { AccountView } from '../world.js';

export type Note = (message: string) => void;

export class PolicyCache {
  private readonly compiled = new Map<string, CompiledPolicy | null>();
  private readonly awsDocuments = new Map<string, JsonValue | null>();

  constructor(
    readonly awsManaged: AwsManagedPolicies,
    private readonly note: Note = () => {},
  ) {}

  /** Parses a document into the engine's AST, or undefined (with a note) when it cannot be evaluated. */
  parse(id: string, document: JsonValue, type: ValidationPolicyType): PolicyDocument | undefined {
    const parsed = policyFromJson(document, { type });
    if (!parsed.document) {
      const why = parsed.findings.find((f) => f.findingType === 'ERROR')?.message ?? 'unreadable';
      this.note(`policy ${id} cannot be evaluated (${why}); it is treated as granting nothing`);
    }
    return parsed.document;
  }

  /** The compiled policy for an id, compiling the document on first use. */
  compile(id: string, type: PolicyType, document: JsonValue | undefined): CompiledPolicy | undefined {
    const key = `${type}\u0000${id}`;
    let policy = this.compiled.get(key);
    if (policy === undefined) {
      const ast = document === undefined ? undefined : this.parse(id, document, type);
      policy = ast ? new CompiledPolicy(id, type, ast) : null;
      this.compiled.set(key, policy);
    }
    return policy ?? undefined;
  }

  /** The current default document of an AWS managed policy, from the catalogue. */
  awsManagedDocument(arn: string): JsonValue | undefined {
    let doc = this.awsDocuments.get(arn);
    if (doc === undefined) {
      const text = this.awsManaged.defaultDocument(arn);
      doc = text === undefined ? null : (JSON.parse(text) as JsonValue);
      this.awsDocuments.set(arn, doc);
    }
    return doc ?? undefined;
  }

  /** The default document of a managed policy attached in an account. */
  managedDocument(account: AccountView, arn: string): JsonValue | undefined {
    if (arn.startsWith(AWS_MANAGED_PREFIX)) {
      const doc = this.awsManagedDocument(arn);
      if (doc !== undefined) return doc;
    }
    const doc = account.managedPolicy(arn)?.document;
    if (doc === undefined)
      this.noteOnce(arn, `managed policy ${arn} is not in the snapshot of account ${account.id}`);
    return doc;
  }

  /** A managed policy compiled (once per ARN: a managed policy's default version is the same everywhere). */
  managed(account: AccountView, arn: string, type: PolicyType): CompiledPolicy | undefined {
    const key = `${type}\u0000${arn}`;
    if (this.compiled.has(key)) return this.compiled.get(key) ?? undefined;
    return this.compile(arn, type, this.managedDocument(account, arn));
  }

  private readonly noted = new Set<string>();
  private noteOnce(key: string, message: string): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.note(message);
  }
}
