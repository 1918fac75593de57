// Runs the validation corpus: each case names the Access Analyzer findings that must (not) be reported.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validatePolicy } from '../../src/policy/validate/validate.js';
import { validationFiles } from './load-corpus.js';

for (const { file, cases } of validationFiles()) {
  describe(`validation corpus: ${file}`, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const { findings } = validatePolicy(testCase.text, testCase.policyType);
        const seen = findings.map((f) => `${f.findingType} ${f.issueCode}`);
        const why = `${testCase.source}\nreported: ${seen.join(', ') || 'nothing'}`;
        for (const expected of testCase.expectFindings) {
          assert.ok(
            seen.includes(`${expected.findingType} ${expected.issueCode}`),
            `missing ${expected.findingType} ${expected.issueCode}\n${why}`,
          );
        }
        for (const code of testCase.forbidFindings ?? []) {
          assert.ok(!findings.some((f) => f.issueCode === code), `unexpected ${code}\n${why}`);
        }
      });
    }
  });
}
