/**
 * Bad input for the doctor: a file that is not JSON, is cut short, or is not the output of the AWS command
 * it should come from. The message names the file and, where it can, the line, column or JSON path; the
 * CLI turns it into exit code 2.
 */
export class SnapshotError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'SnapshotError';
  }
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return `line ${line} column ${column}`;
}

/** Parses JSON text, or throws a SnapshotError saying where it breaks and whether the file looks cut short. */
export function parseJsonFile(file: string, text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new SnapshotError(file, 'the file is empty (expected JSON)');
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : undefined;
    const end = body.trimEnd().length;
    const where = offset === undefined ? 'its end' : lineAndColumn(body, offset);
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '');
    if (
      (offset !== undefined && offset >= end - 1) ||
      /end of JSON input|Unterminated string/.test(message)
    ) {
      throw new SnapshotError(
        file,
        `the file is truncated: the JSON ends unexpectedly at ${where} (${reason}); fetch the output again`,
      );
    }
    throw new SnapshotError(file, `not valid JSON${offset === undefined ? '' : ` at ${where}`}: ${reason}`);
  }
}

/** A readable name for a JSON path: RoleDetailList[3].RolePolicyList[0].PolicyDocument. */
export function jsonPath(steps: readonly (string | number)[]): string {
  let out = '';
  for (const step of steps) out += typeof step === 'number' ? `[${step}]` : out === '' ? step : `.${step}`;
  return out === '' ? '(top level)' : out;
}
