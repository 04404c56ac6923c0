import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { startTestApp } from '../../../test/support/app.ts';
import { createCustomerToken, createStaffToken } from '../../../test/support/auth.ts';

interface SmtpMessage {
  from: string;
  to: string[];
  data: string;
}

/** Just enough of an SMTP server on 127.0.0.1 for nodemailer: greeting, EHLO, MAIL, RCPT, DATA, QUIT. */
async function startSmtpSink(): Promise<{ port: number; messages: SmtpMessage[] }> {
  const messages: SmtpMessage[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffered = '';
    let inData = false;
    let current: SmtpMessage = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP ready');
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let end: number;
      while ((end = buffered.indexOf('\r\n')) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 2.0.0 queued');
          } else {
            current.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250 sink');
        else if (verb === 'HELO') reply('250 sink');
        else if (verb === 'MAIL') {
          current.from = line;
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          current.to.push(line);
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else if (verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else reply('502 not implemented');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });
  return { port: (server.address() as AddressInfo).port, messages };
}

/** Undoes quoted-printable soft breaks and escapes, which nodemailer uses for long lines. */
const unQuote = (text: string) =>
  text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const sink = await startSmtpSink();
const t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${sink.port}` });

void test('with SMTP_URL the reset email goes out over SMTP (not to the table), and its token works', async () => {
  const customer = await createCustomerToken(t);
  const res = await t.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email: customer.email } });
  assert.equal(res.statusCode, 202);
  assert.equal(sink.messages.length, 1);
  const message = sink.messages[0]!;
  assert.match(message.to.join(), new RegExp(customer.email.replace(/[.+]/g, '\\$&')));
  assert.match(message.from, /no-reply@/);
  const body = unQuote(message.data);
  assert.match(body, /Subject: Reset your password/);
  const token = /\?token=([A-Za-z0-9_-]+)/.exec(body)![1]!;

  const owner = await createStaffToken(t, 'owner');
  const stored = await t.app.inject({ method: 'GET', url: '/admin/emails', headers: { authorization: `Bearer ${owner}` } });
  assert.deepEqual(stored.json().items, [], 'nothing is kept in the emails table');
  const confirm = await t.app.inject({
    method: 'POST',
    url: '/auth/customers/password-reset/confirm',
    payload: { token, password: 'a password from smtp' },
  });
  assert.equal(confirm.statusCode, 204);
});

void test('an unreachable SMTP server still answers 202 (no account oracle) and logs the failure without the token', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const broken = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  const customer = await createCustomerToken(broken);
  const start = broken.logs.length;
  const res = await broken.app.inject({ method: 'POST', url: '/auth/customers/password-reset', payload: { email: customer.email } });
  assert.equal(res.statusCode, 202);
  const logs = broken.logs.slice(start).join('');
  assert.match(logs, /auth\.reset_email_failed/);
  assert.ok(!/token=/.test(logs));
});
