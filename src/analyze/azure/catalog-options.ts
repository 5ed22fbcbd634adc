/** The role catalog a scan uses: the built-in one, extended by `--azure-roles` when given (built once per list). */
import type { ScanOptions } from '../../pipeline/frontend.js';
import { AzureRoleCatalog, DEFAULT_AZURE_ROLES, type AzureRole } from './roles.js';

const catalogs = new WeakMap<readonly AzureRole[], AzureRoleCatalog>();

export function azureRoleCatalog(options: Pick<ScanOptions, 'azureRoles'>): AzureRoleCatalog {
  const extra = options.azureRoles;
  if (!extra || extra.length === 0) return DEFAULT_AZURE_ROLES;
  let catalog = catalogs.get(extra);
  if (!catalog) {
    catalog = new AzureRoleCatalog(extra);
    catalogs.set(extra, catalog);
  }
  return catalog;
}
