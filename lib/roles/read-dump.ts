import { readFileSync } from 'node:fs';
import { InputError } from '../model/errors';
import { decodeInputBytes } from '../source/text-encoding';

const HOW_TO_DUMP = 'produce a dump with `az role definition list --output json > roles.json`';

/** Reads and parses a role dump file; InputError naming the file (and line:column of a JSON syntax error). */
export function readRoleDump(file: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`cannot read the role dump: ${reason}`, HOW_TO_DUMP, { file });
  }
  // Windows PowerShell's `>` writes UTF-16LE with a byte-order mark, so a dump made there arrives in that form.
  const text = decodeInputBytes(bytes, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = syntaxErrorPosition(message, text);
    const reason = position ? message.replace(/ (in JSON at position \d+|\(line \d+ column \d+\))/, '') : message;
    throw new InputError(`the role dump is not valid JSON: ${reason}`, HOW_TO_DUMP, { file, ...position });
  }
}

// V8 reports either `(line L column C)` (Node 22+) or `at position N` (Node 20); some messages carry neither.
function syntaxErrorPosition(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
