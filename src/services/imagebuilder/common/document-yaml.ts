/**
 * Reading the YAML (or JSON, which YAML contains) documents that components and workflows carry in `data`:
 * the text becomes a plain value, and every problem found later can point at its line and column. A
 * syntax error is InvalidParameterValueException naming the parameter, the line and the column.
 * https://docs.aws.amazon.com/imagebuilder/latest/userguide/toe-use-documents.html
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { invalidParameterValue } from './errors.js';

export type DocumentPath = readonly (string | number)[];

export interface ParsedDocument {
  /** The document as plain JSON-like data. */
  readonly value: unknown;
  /** ` (line L, column C)` for the node at `path`, or '' when the node has no position. */
  where(path: DocumentPath): string;
}

/** Parses YAML or JSON text; throws InvalidParameterValueException on a syntax error. */
export function parseDocumentText(text: string, member: string): ParsedDocument {
  const lines = new LineCounter();
  const document: Document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const error = document.errors[0];
  if (error) {
    const at = lines.linePos(error.pos[0]);
    throw invalidParameterValue(
      `The document in parameter '${member}' is not valid YAML or JSON: ${error.message} (line ${at.line}, column ${at.col}).`,
    );
  }
  return {
    value: document.toJS({ maxAliasCount: 100 }) as unknown,
    where(path) {
      const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const start = node?.range?.[0];
      if (start === undefined) return '';
      const at = lines.linePos(start);
      return ` (line ${at.line}, column ${at.col})`;
    },
  };
}

export const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A scalar as AWSTOE reads it (strings, and numbers or booleans written without quotes). */
export const scalarText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
