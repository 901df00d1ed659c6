import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { unprocessable } from '../http/problem.ts';

// Argon2id (algorithm 2) with the OWASP-recommended memory cost.
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

/** The published password of the demo users (README); never a real one. */
export const DEMO_PASSWORD = 'Kindveilig-demo-2026';

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

// The ~49,000 most common passwords of public breach corpora, shipped in the package: no
// network lookup at run time.
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** A breached password with digits or punctuation put around it ("monkey123456!") is no better. */
function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return COMMON.has(lower) || (core.length >= 4 && COMMON.has(core));
}

/** One unit repeated ("aaaaaaaaaaaa", "abcabcabcabc") or one straight run ("lkjihgfedcba", "345678901234"). */
function isPredictable(password: string): boolean {
  if (/^(.+?)\1+$/su.test(password)) return true;
  const chars = [...password.toLowerCase()];
  const steps = new Set(chars.slice(1).map((c, i) => {
    const step = c.codePointAt(0)! - chars[i].codePointAt(0)!;
    return /\d/.test(c) && /\d/.test(chars[i]) && Math.abs(step) === 9 ? -Math.sign(step) : step; // 9→0 and 0→9 go on counting
  }));
  return steps.size === 1 && [1, -1].includes([...steps][0]);
}

/**
 * NIST SP 800-63B (5.1.1.2): a minimum length and a check against common, breached, repetitive
 * and context-specific passwords; no composition rules (no required digits or capitals).
 */
export function assertPasswordPolicy(password: string, username?: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw unprocessable('password-too-short', `Een wachtwoord heeft minstens ${MIN_PASSWORD_LENGTH} tekens.`);
  }
  const lower = password.toLowerCase();
  if (lower === DEMO_PASSWORD.toLowerCase() || lower.includes('kindveilig') || (username && username.length >= 3 && lower.includes(username.toLowerCase()))) {
    throw unprocessable('password-context', 'Kies een wachtwoord zonder uw gebruikersnaam, de naam Kindveilig of het demowachtwoord.');
  }
  if (isCommon(password)) {
    throw unprocessable('password-common', 'Dit wachtwoord staat op de lijst van veelgebruikte en uitgelekte wachtwoorden. Kies een ander, bijvoorbeeld een zin van een paar woorden.');
  }
  if (isPredictable(password)) {
    throw unprocessable('password-predictable', 'Dit wachtwoord is te voorspelbaar: het herhaalt tekens of volgt een reeks (zoals aaaa of 1234). Kies een ander.');
  }
}
