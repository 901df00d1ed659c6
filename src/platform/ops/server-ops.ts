// What src/server.ts needs from operations, kept in one place so the start-up stays short.
import { LockHeldError, lockDataDir, type DataDirLock } from './lock.ts';
export { startAdminApi } from './admin-api.ts';

/** Takes DATA_DIR for this server, or ends the process with the Dutch reason (exit code 1). */
export function holdDataDir(dataDir: string): DataDirLock {
  try {
    return lockDataDir(dataDir, 'server');
  } catch (error) {
    if (!(error instanceof LockHeldError)) throw error;
    console.error(`Kindveilig start niet: ${error.message}`);
    process.exit(1);
  }
}
