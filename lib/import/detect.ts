import { INPUT_KINDS, InputFormat } from './input-kinds';

/**
 * What an input is, by its content (file names lie: `main.json` can be anything): the first kind of INPUT_KINDS
 * whose detector says yes, or undefined when none does. An ARM parameters file given as the input is an InputError.
 */
export function detectInputFormat(data: unknown, file = '<input>'): InputFormat | undefined {
  return INPUT_KINDS.find((kind) => kind.detect(data, file))?.name;
}
