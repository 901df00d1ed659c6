// The roles live in the shared contract (src/contract/roles.ts), which the web imports too.
export { ROLES, CASEWORK_ROLES, type Role } from '../../contract/roles.ts';
