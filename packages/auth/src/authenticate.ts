import type { Db } from "@perizinan/db";
import type { Role } from "@perizinan/domain";
import { dummyPasswordHash, verifyPassword } from "@perizinan/db/password";
import { accountKey, addressKey, clearFailedLogins, isLoginBlocked, recordFailedLogin, LOGIN_LIMITS } from "./rate-limit";

/** Which site a login is for: applicants use the portal, staff the back office — never crossed. */
export type AppKind = "portal" | "backoffice";

export interface SessionUser {
  id: string;
  name: string;
  kind: "APPLICANT" | "STAFF";
  officeId: string | null;
  roles: Role[];
}

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: "INVALID" | "RATE_LIMITED" | "INACTIVE"; message: string };

export const LOGIN_MESSAGES = {
  portal: { INVALID: "Email/NIK atau kata sandi salah.", REQUIRED: "Email/NIK dan kata sandi wajib diisi." },
  backoffice: { INVALID: "Nama pengguna/NIP atau kata sandi salah.", REQUIRED: "Nama pengguna/NIP dan kata sandi wajib diisi." },
  RATE_LIMITED: `Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam ${LOGIN_LIMITS.windowMinutes} menit.`,
  INACTIVE: "Akun Anda tidak aktif. Silakan hubungi administrator.",
} as const;

function findUser(db: Db, app: AppKind, identifier: string) {
  const id = identifier.trim();
  const include = { roles: true } as const;
  if (app === "portal") {
    return db.user.findFirst({
      where: { kind: "APPLICANT", OR: [{ email: id.toLowerCase() }, { nik: id }] },
      include,
    });
  }
  return db.user.findFirst({
    where: { kind: "STAFF", OR: [{ username: id.toLowerCase() }, { nip: id.replace(/\s+/g, "") }] },
    include,
  });
}

/**
 * Checks a login. Unknown account and wrong password give the same message and take the same
 * time, so nothing about which accounts exist is revealed; failures are rate-limited per account
 * and per address.
 */
export async function authenticate(
  db: Db,
  app: AppKind,
  input: { identifier: string; password: string; ip: string },
): Promise<LoginResult> {
  const keys = { account: accountKey(app, input.identifier), address: addressKey(input.ip) };
  if (await isLoginBlocked(db, keys)) {
    return { ok: false, reason: "RATE_LIMITED", message: LOGIN_MESSAGES.RATE_LIMITED };
  }
  const user = input.identifier.trim() ? await findUser(db, app, input.identifier) : null;
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk) {
    await recordFailedLogin(db, keys);
    return { ok: false, reason: "INVALID", message: LOGIN_MESSAGES[app].INVALID };
  }
  if (!user.active) {
    return { ok: false, reason: "INACTIVE", message: LOGIN_MESSAGES.INACTIVE };
  }
  await clearFailedLogins(db, keys.account);
  return {
    ok: true,
    user: { id: user.id, name: user.name, kind: user.kind, officeId: user.officeId, roles: user.roles.map((r) => r.role) },
  };
}
