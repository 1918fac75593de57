// Access Analyzer findings in the policy editor: positions count lines from 1 and columns from 0
// (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_Position.html); a finding may have
// several locations or none (https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ValidatePolicyFinding.html).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countByType, flattenFindings, lineMarkers } from '../src/ui/policy-editor-findings.js';

const span = (line: number, column: number, endLine = line) => ({
  span: { start: { line, column, offset: 0 }, end: { line: endLine, column: column + 3, offset: 3 } },
});

describe('flattenFindings', () => {
  it('gives one row per location, sorted by position, and one row without a line for a finding without one', () => {
    const rows = flattenFindings([
      {
        findingType: 'WARNING',
        issueCode: 'REDUNDANT_ACTION',
        findingDetails: 'redundant',
        locations: [span(9, 4), span(3, 8)],
      },
      { findingType: 'ERROR', issueCode: 'JSON_SYNTAX_ERROR', findingDetails: 'bad', locations: [] },
    ]);
    assert.deepEqual(
      rows.map((r) => [r.findingType, r.line, r.column]),
      [
        ['ERROR', undefined, undefined],
        ['WARNING', 3, 8],
        ['WARNING', 9, 4],
      ],
    );
  });
});

describe('lineMarkers', () => {
  it('marks every line a span covers with its most severe finding type', () => {
    const rows = flattenFindings([
      { findingType: 'SUGGESTION', issueCode: 'A', locations: [span(2, 0, 4)] },
      { findingType: 'SECURITY_WARNING', issueCode: 'B', locations: [span(3, 1)] },
      { findingType: 'WARNING', issueCode: 'C', locations: [span(4, 1)] },
    ]);
    assert.deepEqual([...lineMarkers(rows)].sort(), [
      [2, 'SUGGESTION'],
      [3, 'SECURITY_WARNING'],
      [4, 'WARNING'],
    ]);
  });
});

describe('countByType', () => {
  it('counts findings (not locations) per type, most severe first', () => {
    const rows = flattenFindings([
      { findingType: 'WARNING', issueCode: 'W', findingDetails: 'w', locations: [span(1, 0), span(2, 0)] },
      { findingType: 'ERROR', issueCode: 'E', findingDetails: 'e', locations: [span(3, 0)] },
    ]);
    assert.deepEqual(countByType(rows), [
      ['ERROR', 1],
      ['WARNING', 1],
    ]);
  });
});
