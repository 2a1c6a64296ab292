import * as fs from 'node:fs';
import * as path from 'node:path';
import { deriveCatalog, formatCatalog, RoleCatalog } from '../../lib/roles';
import { readRoleDump } from '../../lib/roles/read-dump';
import { skipNotice } from '../helpers/skip-notice';

// The full `az` dump and its independent status CSV live outside the project (../shared); the project must test
// green without them, so these checks only run in a checkout that has them.
const dataDir = path.join(__dirname, '../../../shared/data');
const dumpFile = path.join(dataDir, 'azure-builtin-roles.json');
const csvFile = path.join(dataDir, 'builtin-roles-lighthouse-status.csv');
const committedFile = path.join(__dirname, '../../lib/roles/builtin-roles.json');
const shared = fs.existsSync(dumpFile) && fs.existsSync(csvFile);
const sharedTest = shared ? test : test.skip;
if (!shared) skipNotice(`the role catalog derivation checks: ../shared is absent (${dataDir})`);

interface StatusRow {
  id: string;
  name: string;
  dataActionsCount: number;
  notDataActionsCount: number;
  restrictedActions: string[];
  status: string;
}

// The CSV has CRLF line ends and no quoted fields (no role name has a comma); several restricted actions are joined with `;`.
function readStatusCsv(): StatusRow[] {
  const [header, ...lines] = fs.readFileSync(csvFile, 'utf8').trim().split(/\r?\n/);
  expect(header).toBe('roleDefinitionGuid,roleName,dataActionsCount,notDataActionsCount,restrictedActionsFound,lighthouseStatusDerived,roleUpdatedOn');
  return lines.map((line) => {
    const cells = line.split(',');
    expect(cells).toHaveLength(7);
    return {
      id: cells[0],
      name: cells[1],
      dataActionsCount: Number(cells[2]),
      notDataActionsCount: Number(cells[3]),
      restrictedActions: cells[4] === '' ? [] : cells[4].split(';'),
      status: cells[5],
    };
  });
}

describe('committed builtin-roles.json against the shared az dump', () => {
  sharedTest('is exactly what deriving the dump gives (run `npm run roles` if not)', () => {
    const derived = formatCatalog(deriveCatalog(readRoleDump(dumpFile), dumpFile));
    expect(fs.readFileSync(committedFile, 'utf8')).toBe(derived);
  });

  sharedTest('agrees with the status CSV role by role', () => {
    const catalog = RoleCatalog.builtIn();
    const rows = readStatusCsv();
    expect(rows).toHaveLength(catalog.size);
    for (const row of rows) {
      const role = catalog.byId(row.id);
      expect(role?.name).toBe(row.name);
      if (!role) continue;
      expect({ id: row.id, dataActions: role.dataActions, notDataActions: role.notDataActions }).toEqual({
        id: row.id,
        dataActions: row.dataActionsCount > 0,
        notDataActions: row.notDataActionsCount > 0,
      });
      expect({ id: row.id, restricted: new Set(role.restrictedActions) }).toEqual({ id: row.id, restricted: new Set(row.restrictedActions) });
      const allowed = row.status === 'allowed' || row.status.startsWith('limited:');
      expect({ id: row.id, allowed: catalog.isAllowedForLighthouse(role) }).toEqual({ id: row.id, allowed });
    }
  });
});
