/**
 * Loads the corpus files (test/corpus/decisions/*.json, test/corpus/validation/*.json) from the repository
 * root, which is the working directory of `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionCase, ValidationCase } from './schema.js';

function load<T>(folder: string): { file: string; cases: T[] }[] {
  const dir = join(process.cwd(), 'test', 'corpus', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => ({ file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')) as T[] }));
}

export const decisionFiles = (): { file: string; cases: DecisionCase[] }[] => load<DecisionCase>('decisions');
export const validationFiles = (): { file: string; cases: ValidationCase[] }[] =>
  load<ValidationCase>('validation');
