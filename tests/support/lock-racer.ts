// One contender in the lock race of tests/ops-lock.test.ts: waits for the common start moment,
// tries to take DATA_DIR and prints the outcome; a winner holds the lock until it is terminated.
import { LockHeldError, lockDataDir } from '../../src/platform/ops/lock.ts';

const start = Number(process.env.RACE_AT);
const late = Date.now() > start;
while (Date.now() < start);
try {
  lockDataDir(process.env.DATA_DIR!, 'server');
  console.log(late ? 'won late' : 'won');
  process.on('SIGTERM', () => process.exit(0)); // exit handlers release the lock
  setTimeout(() => process.exit(0), 120_000);
} catch (error) {
  if (!(error instanceof LockHeldError)) throw error;
  console.log(late ? 'held late' : 'held');
}
