export { authenticate, LOGIN_MESSAGES, type AppKind, type LoginResult, type SessionUser } from "./authenticate";
export { authOptions, cookieOptions } from "./next-auth";
export { hashPassword, verifyPassword, PASSWORD_MIN_LENGTH } from "@perizinan/db/password";
export { accountKey, LOGIN_LIMITS } from "./rate-limit";
