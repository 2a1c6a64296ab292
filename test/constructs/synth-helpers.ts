import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizePlan } from '../../lib/constructs/plan-app';
import { Plan } from '../../lib/model/plan';
import { readTree } from '../helpers/tree';

export { readTree };

/**
 * A private temporary root per test file, also made TMPDIR so that cdktf's Testing helpers (which
 * mkdtemp under os.tmpdir()) leave nothing behind; removed after the file's tests.
 */
export function useTempRoot(): () => string {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'lh-constructs-'));
  process.env.TMPDIR = root;
  afterAll(() => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  });
  let n = 0;
  return () => join(root, `out-${++n}`);
}

export interface Synthesized {
  readonly outdir: string;
  readonly files: Record<string, string>;
  /** Parsed `stacks/<id>/cdk.tf.json` by stack id. */
  readonly stacks: Record<string, any>;
}

export function synthToDir(plan: Plan, outdir: string): Synthesized {
  synthesizePlan(plan, outdir);
  const files = readTree(outdir);
  const stacks: Record<string, any> = {};
  for (const [path, text] of Object.entries(files)) {
    const match = /^stacks\/([^/]+)\/cdk\.tf\.json$/.exec(path.split('\\').join('/'));
    if (match) stacks[match[1]] = JSON.parse(text);
  }
  return { outdir, files, stacks };
}

/** Resources of one type across a stack (an empty object when there are none). */
export function resources(stack: any, type: string): Record<string, any> {
  return stack.resource?.[type] ?? {};
}
