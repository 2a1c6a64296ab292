import { Plan } from '../model/plan';
import { RoleCatalog } from '../roles/catalog';


export interface ImportOptions {
  /** Role catalog: role GUIDs get their built-in names from it. */
  readonly roles: RoleCatalog;
  /** ARM: the parameters file (`*.parameters.json`) that goes with the template. @default - the template's defaults */
  readonly parameters?: string;
  /**
   * What an ARM template cannot say because it is chosen at deploy time: the customer subscription and tenant.
   * @default '' (unknown: the Plan's convention; rules that need the value skip it)
   */
  readonly subscription?: string;
  /** @default '' (unknown) */
  readonly customerTenant?: string;
  /** Customer key in the Plan. @default - derived from the input (file name, stack name, tenant id) */
  readonly customer?: string;
}

/**
 * Reads one input file into a Plan. Throws InputError/InputErrors (file, line, column, JSON path, what,
 * fix) for input it cannot read; anything it can read but Azure would reject becomes findings later.
 * Every Plan element keeps its source location in the imported file(s).
 */
export type Importer = (file: string, options: ImportOptions) => Plan;
