export { authenticate, LOGIN_MESSAGES, type AppKind, type LoginResult, type SessionUser } from "./authenticate";
export { authOptions } from "./next-auth";
export { cookieOptions } from "./cookies";
export { clientIp, type HeaderBag } from "./client-ip";
export { signIn, type SignInResult } from "./sign-in";
export { sessionCookie, sessionClaims, SESSION_MAX_AGE, type SessionCookie } from "./session-cookie";
export { hashPassword, verifyPassword, PASSWORD_MIN_LENGTH } from "@perizinan/db/password";
export { accountKey, LOGIN_LIMITS } from "./rate-limit";
export { safeReturnPath } from "./return-path";
