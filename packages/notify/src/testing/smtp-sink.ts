import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  key: string;
}

/**
 * A real SMTP server for the tests, on 127.0.0.1 and a free port. `answer` decides, per message
 * received, whether to accept it (null) or refuse it with an SMTP code; it may also wait, to
 * hold a worker mid-send.
 */
export async function startSmtpSink(answer: (n: number, mail: ReceivedMail) => Promise<number | null> | number | null = () => null) {
  const received: ReceivedMail[] = [];
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream: SMTPServerDataStream, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      simpleParser(stream)
        .then(async (parsed: ParsedMail) => {
          const mail: ReceivedMail = {
            to: Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? ""),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            messageId: parsed.messageId ?? "",
            key: headerText(parsed.headers.get("x-perizinan-key")),
          };
          const code = await answer(++count, mail);
          if (code === null) {
            received.push(mail);
            callback();
          } else {
            callback(Object.assign(new Error(code >= 500 ? "5.7.1 ditolak" : "4.3.0 coba lagi nanti"), { responseCode: code }));
          }
        })
        .catch((error: unknown) => callback(error as Error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function headerText(value: unknown): string {
  return typeof value === "string" ? value : "";
}
