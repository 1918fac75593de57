/**
 * The policies of a simulation as the simulator reports them: each engine policy id mapped to the
 * SourcePolicyId AWS shows (`PolicyInputList.1`, the inline or managed policy's name, `ResourcePolicy`),
 * its SourcePolicyType (`IAM Policy` or `Resource Policy`, the values AWS returns on the wire) and its
 * text, so that a matched statement can be located (StartPosition/EndPosition, 1-based, the end just
 * after the statement's closing brace, as in AWS's answers).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_Statement.html
 */
import type { StatementRef } from '../../../policy/authorize/types.js';
import { parsePolicy, type ParseResult } from '../../../policy/document/parse.js';
import type { ResultStruct } from '../../common/operation.js';

export type SourcePolicyType = 'IAM Policy' | 'Resource Policy';

interface SourceEntry {
  readonly sourceId: string;
  readonly type: SourcePolicyType;
  readonly text: string;
  parsed?: ParseResult;
}

export class SimulationSources {
  private readonly byEngineId = new Map<string, SourceEntry>();
  private keys: string[] | undefined;

  /** Registers a policy under the id the engine knows it by. */
  add(engineId: string, sourceId: string, type: SourcePolicyType, text: string, parsed?: ParseResult): void {
    if (!this.byEngineId.has(engineId)) {
      this.keys = undefined;
      this.byEngineId.set(engineId, { sourceId, type, text, ...(parsed ? { parsed } : {}) });
    }
  }

  /** Every registered text (for context key discovery). */
  texts(): readonly string[] {
    return [...this.byEngineId.values()].map((e) => e.text);
  }

  private parsed(entry: SourceEntry): ParseResult {
    return (entry.parsed ??= parsePolicy(entry.text));
  }

  /** The Statement structure of a matched statement. */
  statementShape(ref: StatementRef): ResultStruct {
    const entry = this.byEngineId.get(ref.policyId);
    if (!entry) return { SourcePolicyId: ref.policyId, SourcePolicyType: 'IAM Policy' };
    const span = this.parsed(entry).locate(['Statement', ref.statementIndex]);
    return {
      SourcePolicyId: entry.sourceId,
      SourcePolicyType: entry.type,
      StartPosition: span ? { Line: span.start.line, Column: span.start.column } : undefined,
      EndPosition: span ? { Line: span.end.line, Column: span.end.column } : undefined,
    };
  }

  /**
   * The condition keys and policy variables the policies use, as first written, each once
   * (case-insensitively), in order of appearance.
   */
  contextKeys(): string[] {
    return (this.keys ??= contextKeysOf(this.texts()));
  }

  /**
   * Maps the engine's lower-cased missing keys back to the spelling the policies use, keeping only keys of
   * the registered (identity-based and resource-based) policies: keys only SCPs use are not reported.
   */
  spelled(lowerKeys: readonly string[]): string[] {
    const written = new Map(this.contextKeys().map((k) => [k.toLowerCase(), k]));
    return lowerKeys.flatMap((k) => {
      const key = written.get(k);
      return key === undefined ? [] : [key];
    });
  }

  /** The name (SourcePolicyId) and text a policy was registered with. */
  source(engineId: string): { readonly name: string; readonly text: string } | undefined {
    const entry = this.byEngineId.get(engineId);
    return entry ? { name: entry.sourceId, text: entry.text } : undefined;
  }

  /** Whether the engine policy id is one of the registered policies. */
  has(engineId: string): boolean {
    return this.byEngineId.has(engineId);
  }
}

const VARIABLE = /\$\{([^}]*)\}/g;

/** Keys referenced by documents: Condition keys and `${key}` policy variables (not `${*}`, `${?}`, `${$}`). */
export function contextKeysOf(texts: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const add = (key: string) => {
    const trimmed = key.trim();
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  };
  const variables = (values: readonly string[] | undefined) => {
    for (const value of values ?? []) {
      for (const match of value.matchAll(VARIABLE)) {
        const body = match[1]!.split(',')[0]!;
        if (!['*', '?', '$'].includes(body.trim())) add(body);
      }
    }
  };
  for (const text of texts) {
    const document = parsePolicy(text).document;
    if (!document) continue;
    for (const statement of document.statements) {
      variables(statement.resource);
      variables(statement.notResource);
      for (const condition of statement.conditions) {
        add(condition.key);
        variables(condition.values);
      }
    }
  }
  return [...seen.values()];
}
