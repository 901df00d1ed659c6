// One contender in the lock race of tests/ops-lock.test.ts: waits for the common start moment,
// tries to take DATA_DIR, prints the outcome and holds a won lock for a while.
import { LockHeldError, lockDataDir } from '../../src/platform/ops/lock.ts';

const start = Number(process.env.RACE_AT);
const late = Date.now() > start;
while (Date.now() < start);
try {
  lockDataDir(process.env.DATA_DIR!, 'server');
  console.log(late ? 'won late' : 'won');
  setTimeout(() => process.exit(0), 3000);
} catch (error) {
  if (!(error instanceof LockHeldError)) throw error;
  console.log(late ? 'held late' : 'held');
}
