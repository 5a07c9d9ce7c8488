/**
 * A signed-in user of one app over plain HTTP, as a browser would be: NextAuth's credentials
 * login (CSRF token, then the callback) and tRPC calls with the session cookie. Every call
 * returns the HTTP status, never throws on one, so a test can count what people were shown.
 */
export interface CallResult {
  status: number;
  body: unknown;
}

export class AppSession {
  private constructor(
    readonly baseUrl: string,
    private readonly cookie: string,
  ) {}

  static async login(baseUrl: string, identifier: string, password: string): Promise<AppSession> {
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = cookiesOf(csrf);
    const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
      body: new URLSearchParams({ csrfToken, identifier, password, json: "true" }),
    });
    const session = cookiesOf(res);
    if (!session.includes("session-token")) throw new Error(`Gagal masuk sebagai ${identifier} (HTTP ${res.status})`);
    return new AppSession(baseUrl, `${jar}; ${session}`);
  }

  /** An anonymous visitor. */
  static anonymous(baseUrl: string): AppSession {
    return new AppSession(baseUrl, "");
  }

  query(procedure: string, input?: unknown): Promise<CallResult> {
    const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    return this.send(`${this.baseUrl}/api/trpc/${procedure}${qs}`, { method: "GET" });
  }

  mutation(procedure: string, input: unknown): Promise<CallResult> {
    return this.send(`${this.baseUrl}/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
  }

  private async send(url: string, init: RequestInit): Promise<CallResult> {
    try {
      const res = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie: this.cookie } });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* an HTML error page */
      }
      return { status: res.status, body };
    } catch (error) {
      // The connection itself failed (the server is down): status 0, distinct from any HTTP answer.
      return { status: 0, body: String(error) };
    }
  }
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The data of a successful tRPC answer (superjson's envelope removed). */
export function dataOf<T>(result: CallResult): T {
  return (result.body as { result: { data: { json: T } } }).result.data.json;
}
