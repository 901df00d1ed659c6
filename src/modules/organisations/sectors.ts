// The sectors live in the shared contract (src/contract/sectors.ts), which the web imports too.
export { SECTORS, type Sector } from '../../contract/sectors.ts';
