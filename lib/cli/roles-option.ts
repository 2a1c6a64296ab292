import { RoleCatalog } from '../roles/catalog';

/** `--roles <dump.json>`: a fresh `az role definition list --output json` dump instead of the shipped snapshot. */
export function catalogFromOption(file: string | undefined): RoleCatalog {
  return file === undefined ? RoleCatalog.builtIn() : RoleCatalog.fromDumpFile(file);
}
