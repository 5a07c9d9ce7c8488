// How passwords are stored is part of the user record, so it lives beside it; @perizinan/auth
// decides who may log in.
import { hash, verify } from "@node-rs/argon2";

// argon2id (OWASP's first choice); `2` is Algorithm.Argon2id — the package's enum is a
// `const enum`, which isolatedModules cannot import.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a crash that reveals it.
    return false;
  }
}

/**
 * A hash of a random password, verified against when the account does not exist so that the
 * time a failed login takes does not reveal whether the account exists.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}
