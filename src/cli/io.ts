/**
 * Reading CLI inputs: a file path or `-` for standard input, with errors that name the file.
 */
import { readFileSync } from 'node:fs';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

let stdinText: string | undefined;

/** Reads a file (or standard input for `-`, read once) as UTF-8 text. */
export function readInput(path: string): string {
  if (path === '-') {
    stdinText ??= readFileSync(0, 'utf8');
    return stdinText;
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
    throw new CliError(`cannot read ${path}: ${why}`);
  }
}

/** How standard input is named in messages. */
export const STDIN_NAME = '<stdin>';

/** Name used for an input in messages. */
export function inputName(path: string): string {
  return path === '-' ? STDIN_NAME : path;
}
