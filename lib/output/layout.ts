/**
 * What one command writes into its output directory. A run replaces exactly the paths its layout owns; anything
 * else found there (Terraform's `.terraform/` and lock file from `cdktf diff`, a user's notes) is kept as it is.
 */
export interface OutputLayout {
  /** The command whose output this is: it is written into the directory's marker and must match on the next run. */
  readonly command: OutputCommand;
  /** Whether `path` (relative to the output directory, `/`-separated) is one this command writes. */
  owns(path: string, isDirectory: boolean): boolean;
}

export type OutputCommand = 'synth' | 'arm' | 'partner-center';

/** The files of one synthesized stack directory, `stacks/<stack>/`. */
const STACK_FILES = new Set(['cdk.tf.json', 'ACCESS.md']);

/** `synth`: cdktf's layout, `manifest.json` and `stacks/<stack>/cdk.tf.json` (+ ACCESS.md). */
export const SYNTH_LAYOUT: OutputLayout = {
  command: 'synth',
  owns(path, isDirectory) {
    const parts = path.split('/');
    if (parts.length === 1) return isDirectory ? parts[0] === 'stacks' : parts[0] === 'manifest.json';
    if (parts[0] !== 'stacks') return false;
    if (parts.length === 2) return isDirectory;
    return parts.length === 3 && !isDirectory && STACK_FILES.has(parts[2]);
  },
};

/** `arm`: `<customer>/<subscription>.json`, `<subscription>.parameters.json` and `README.md`. */
export const ARM_LAYOUT: OutputLayout = {
  command: 'arm',
  owns(path, isDirectory) {
    const parts = path.split('/');
    if (parts.length === 1) return isDirectory;
    return parts.length === 2 && !isDirectory && (parts[1].endsWith('.json') || parts[1] === 'README.md');
  },
};

/** `partner-center`: `<offer>/plan.json` and `<offer>/plan.md`. */
export const PARTNER_CENTER_LAYOUT: OutputLayout = {
  command: 'partner-center',
  owns(path, isDirectory) {
    const parts = path.split('/');
    if (parts.length === 1) return isDirectory;
    return parts.length === 2 && !isDirectory && (parts[1] === 'plan.json' || parts[1] === 'plan.md');
  },
};
