import { posix } from 'node:path';
import { BackendSettings, DEFAULT_LOCAL_STATE_PATH } from './plan';

/**
 * Where Terraform state would be lost or shared: the two mistakes a backend setting can make. Shared by the
 * manifest resolver (located errors) and the constructs (code-built stacks), so both refuse the same settings.
 */
export interface BackendProblem {
  /** The backend field at fault: `path`, `key` or `workspace`. */
  readonly field: 'path' | 'key' | 'workspace';
  readonly problem: string;
  readonly fix: string;
}

/** The field that names each stack's state, for the backend types that have one. */
function stateField(backend: BackendSettings): { field: BackendProblem['field']; value: string } {
  switch (backend.type) {
    case 'local':
      return { field: 'path', value: backend.path };
    case 'azurerm':
      return { field: 'key', value: backend.key };
    case 'cloud':
      return { field: 'workspace', value: backend.workspace };
  }
}

/**
 * Problems of a backend used by `stackCount` stacks: a local state file inside the output directory (every synth
 * replaces what it wrote there, and `stacks/<stack>/` is the output), and — with more than one stack — a path, key
 * or workspace without `{stack}`, which would give every customer one state, so that one customer's apply destroys
 * another's delegations.
 */
export function backendProblems(backend: BackendSettings, stackCount: number): BackendProblem[] {
  const problems: BackendProblem[] = [];
  const { field, value } = stateField(backend);
  if (backend.type === 'local' && isInsideOutputDirectory(backend.path)) {
    problems.push({
      field,
      problem: `local state path ${JSON.stringify(backend.path)} is inside the output directory (paths are relative to <out>/stacks/<stack>/): synth would replace the directory that holds the state`,
      fix: `keep state outside the output, e.g. path: "${DEFAULT_LOCAL_STATE_PATH}" (the default), or use an azurerm or cloud backend`,
    });
  }
  if (stackCount > 1 && !value.includes('{stack}')) {
    problems.push({
      field,
      problem: `${backend.type} backend ${field} ${JSON.stringify(value)} has no {stack}, so all ${stackCount} customer stacks would share one Terraform state (one customer's apply would destroy another's delegations)`,
      fix: `put {stack} into the ${field}, e.g. ${JSON.stringify(withStack(field, value))}`,
    });
  }
  return problems;
}

/** Whether a local state path (relative to `<out>/stacks/<stack>/`) resolves inside `<out>`. */
function isInsideOutputDirectory(path: string): boolean {
  if (posix.isAbsolute(path) || /^[a-zA-Z]:[\\/]/.test(path)) return false; // the manifest schema refuses absolute paths
  const normalized = posix.normalize(posix.join('stacks', 'stack', path.split('{stack}').join('stack').replace(/\\/g, '/')));
  return normalized !== '..' && !normalized.startsWith('../');
}

/** A suggestion with `{stack}` in it, close to what the user wrote. */
function withStack(field: BackendProblem['field'], value: string): string {
  if (field === 'workspace') return `${value}-{stack}`;
  const slash = value.lastIndexOf('/');
  const dot = value.lastIndexOf('.');
  return dot > slash ? `${value.slice(0, dot)}.{stack}${value.slice(dot)}` : `${value}.{stack}`;
}
