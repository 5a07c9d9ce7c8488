/** Characters a path on this site may hold (RFC 3986 path, query and fragment); nothing else. */
const SITE_PATH = /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/;

/**
 * A path on this site to go to after logging in; anything else falls back. Another host
 * (`//evil`, `/\evil`), a scheme, or a control character a browser would strip (`/\t/evil`
 * becomes `//evil`) is refused, so a phishing link cannot borrow our login page as a redirector.
 */
export function safeReturnPath(candidate: string | null | undefined, fallback: string): string {
  return candidate && SITE_PATH.test(candidate) ? candidate : fallback;
}
