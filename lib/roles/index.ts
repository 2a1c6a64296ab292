export { RoleCatalog, type BuiltInRole, type CatalogSource } from './catalog';
export { deriveCatalog, formatCatalog, type CatalogData, type CatalogEntry } from './derive';
export { RESTRICTED_AUTHORIZATION_ACTIONS, WELL_KNOWN_ROLES } from './restricted-actions';
