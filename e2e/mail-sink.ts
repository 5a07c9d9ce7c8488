/**
 * The e2e suite's mail server: a real SMTP server (smtp-server) on E2E_SMTP_PORT that keeps what
 * it receives, and an HTTP endpoint on E2E_MAIL_API_PORT listing it (GET /messages?to=<address>),
 * from which a test reads the email a step action caused, as an applicant would read it.
 */
import http from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const apiPort = Number(process.env.E2E_MAIL_API_PORT ?? 2526);
const messages: { to: string; subject: string; text: string; messageId: string; receivedAt: string }[] = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? "");
        messages.push({ to, subject: mail.subject ?? "", text: mail.text ?? "", messageId: mail.messageId ?? "", receivedAt: new Date().toISOString() });
        callback();
      })
      .catch((error: Error) => callback(error));
  },
});
smtp.listen(smtpPort, "127.0.0.1");

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return res.end("ok");
    if (url.pathname !== "/messages") return res.writeHead(404).end();
    const to = url.searchParams.get("to");
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
  })
  .listen(apiPort, "127.0.0.1", () => console.log(`mail sink: SMTP ${smtpPort}, HTTP ${apiPort}`));
