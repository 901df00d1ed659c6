// E-mail goes through a transactional outbox: written with the event, delivered by SMTP,
// kept and retried with backoff while the mail server is down.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, startTestApp, type TestApp } from '../../../tests/support/harness.ts';
import { buildWorld, importPersons, type World } from '../../../tests/support/fixtures.ts';

/** A minimal SMTP server (RFC 5321 happy path) that records what it receives. */
function smtpServer(port: number) {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let inData = false;
    let buffer = '';
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let idx: number;
      while ((idx = inData ? buffer.indexOf('\r\n.\r\n') : buffer.indexOf('\r\n')) >= 0) {
        if (inData) {
          received.push(buffer.slice(0, idx));
          buffer = buffer.slice(idx + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const line = buffer.slice(0, idx);
        buffer = buffer.slice(idx + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-test\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO' || verb === 'MAIL' || verb === 'RCPT' || verb === 'RSET' || verb === 'NOOP') socket.write('250 ok\r\n');
        else if (verb === 'DATA') { inData = true; socket.write('354 go\r\n'); }
        else if (verb === 'QUIT') { socket.write('221 bye\r\n'); socket.end(); }
        else socket.write('502 no\r\n');
      }
    });
  });
  return {
    received,
    start: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe.each(ENGINES)('notification outbox on %s', (engine) => {
  let t: TestApp;
  let w: World;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    t = await startTestApp(engine, {
      today: '2026-06-15',
      config: { smtp: { host: '127.0.0.1', port, secure: false, from: 'kindveilig@test.nl' } },
    });
    w = await buildWorld(t);
  });
  afterAll(async () => t?.close());

  it('keeps the e-mail when SMTP is down and delivers it on a later attempt', async () => {
    const child = w.bsn();
    await importPersons(w, [{ bsn: child, givenNames: 'Zoë', familyName: 'Geheim', dateOfBirth: '2017-07-07' }]);
    await (await w.as('leerkracht')).post('/api/v1/signalen', { bsn: child, informedOn: '2026-06-15', relationship: { reason: 'leerling' } });
    const res = await (await w.as('jgz')).post('/api/v1/signalen', { bsn: child, informedOn: '2026-06-15', relationship: { reason: 'client_in_zorg' } });
    expect(res.body.matches).toHaveLength(1);

    const queued = await t.db.selectFrom('outbox').selectAll().execute();
    expect(queued.map((m) => m.to_address).sort()).toEqual(['jgz@test.nl', 'leerkracht@test.nl']);

    const now = new Date(); // the outbox is due from the database's own clock
    expect(await t.ctx.notifier.deliverDue(t.db, now)).toEqual({ sent: 0, failed: 2 });
    const failed = await t.db.selectFrom('outbox').selectAll().execute();
    for (const m of failed) {
      expect(m.sent_at).toBeNull();
      expect(m.attempts).toBe(1);
      expect(m.last_error).toBeTruthy();
      expect(new Date(m.next_attempt_at).getTime() - now.getTime()).toBe(30_000);
    }
    // The in-app notification is there regardless of the mail server.
    expect((await (await w.as('leerkracht')).get('/api/v1/berichten')).body.unread).toBe(1);

    const smtp = smtpServer(port);
    await smtp.start();
    try {
      expect(await t.ctx.notifier.deliverDue(t.db, new Date(now.getTime() + 10_000))).toEqual({ sent: 0, failed: 0 }); // backing off
      expect(await t.ctx.notifier.deliverDue(t.db, new Date(now.getTime() + 31_000))).toEqual({ sent: 2, failed: 0 });
    } finally {
      await smtp.stop();
    }
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[0]).toContain('Subject: Kindveilig: Nieuwe kindmatch in de Verwijsindex');
    expect(smtp.received.join('\n')).not.toMatch(/Zo[eë]|Geheim/);
    expect(smtp.received.join('\n')).not.toContain(child);
    const sent = await t.db.selectFrom('outbox').selectAll().execute();
    expect(sent.every((m) => m.sent_at !== null && m.attempts === 2)).toBe(true);
  });

  it('writes no notification or e-mail when the command fails', async () => {
    const before = await t.db.selectFrom('outbox').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const bad = await (await w.as('huisarts')).post('/api/v1/signalen', { bsn: '123456782', informedOn: '2026-06-15', relationship: { reason: 'client_in_zorg' } });
    expect(bad.status).toBe(404);
    const after = await t.db.selectFrom('outbox').select(t.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
