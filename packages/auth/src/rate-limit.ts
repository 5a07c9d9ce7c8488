import type { Db } from "@perizinan/db";

/** Failed logins allowed per account, and per address, inside the window. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 } as const;

export function accountKey(app: string, identifier: string): string {
  return `${app}:account:${identifier.trim().toLowerCase()}`;
}
export function addressKey(ip: string): string {
  return `ip:${ip}`;
}

export async function isLoginBlocked(db: Db, keys: { account: string; address: string }, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: { key: keys.account, at: { gte: since } } }),
    db.loginAttempt.count({ where: { key: keys.address, at: { gte: since } } }),
  ]);
  return account >= LOGIN_LIMITS.perAccount || address >= LOGIN_LIMITS.perAddress;
}

export async function recordFailedLogin(db: Db, keys: { account: string; address: string }, now = new Date()): Promise<void> {
  await db.loginAttempt.createMany({
    data: [
      { key: keys.account, at: now },
      { key: keys.address, at: now },
    ],
  });
}

/** A successful login forgives the account's earlier failures, not the address's. */
export async function clearFailedLogins(db: Db, accountKeyValue: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key: accountKeyValue } });
}
