/**
 * The baseline for the messages benchmark: a bare Fastify route that does one INSERT into the
 * same PostgreSQL database, with nothing else (no session, no access check, no audit, no outbox).
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
await pool.query(`create table if not exists bench_bare_messages (
  id uuid primary key, client_id uuid not null, body text not null, created_at timestamptz not null default now())`);
const clientId = randomUUID();
const app = Fastify({ logger: false });
app.post('/bare/messages', async (request, reply) => {
  const { body } = request.body as { body: string };
  await pool.query('insert into bench_bare_messages (id, client_id, body) values ($1, $2, $3)', [randomUUID(), clientId, body]);
  return reply.status(201).send({ ok: true });
});
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
const stop = () => void app.close().then(() => pool.end()).then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
