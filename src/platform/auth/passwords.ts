import { hash, verify } from '@node-rs/argon2';
import { unprocessable } from '../http/problem.ts';

// Argon2id (algorithm 2) with the OWASP-recommended memory cost.
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function assertPasswordPolicy(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw unprocessable('password-too-short', `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.`);
  }
}
