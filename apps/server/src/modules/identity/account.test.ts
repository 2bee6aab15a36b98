import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { useTestApp, sessionCookieFrom, nextTestAddress } from '../../testing/test-app';
import { createOtherPractice, createPerson, FACTORY_PASSWORD } from '../../testing/factories';
import { auditEvents } from '../audit/audit.tables';
import { users } from './identity.tables';

const t = useTestApp();

const signInAs = async (email: string, password: string, totp?: string) =>
  t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email, password, ...(totp ? { totp } : {}) },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });

async function newClinician() {
  const person = await createPerson(t.deps.database.db, t.demo.practiceId, 'clinician');
  const cookie = sessionCookieFrom(await signInAs(person.email, FACTORY_PASSWORD));
  return { person, cookie };
}

// Each from its own address, as the route's rate limit counts per address.
const changePassword = (options: { cookie?: string; body: object }) =>
  t.request({ method: 'POST', url: '/api/v1/me/password', headers: { 'x-forwarded-for': nextTestAddress() }, ...options });

const auditRows = (action: string, subjectId: string) =>
  t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subjectId, subjectId)));

describe('changing one’s own password', () => {
  it('needs the current password, then signs out the other devices and keeps this one', async () => {
    const { person, cookie } = await newClinician();
    const elsewhere = sessionCookieFrom(await signInAs(person.email, FACTORY_PASSWORD));

    const wrong = await changePassword({ cookie, body: { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: '/currentPassword' }] });

    const changed = await changePassword({ cookie, body: { currentPassword: FACTORY_PASSWORD, newPassword: 'a-brand-new-password' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ signedOutElsewhere: 1 });
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: elsewhere })).statusCode).toBe(401);
    expect((await signInAs(person.email, FACTORY_PASSWORD)).statusCode).toBe(401);
    expect((await signInAs(person.email, 'a-brand-new-password')).statusCode).toBe(200);
    expect(await auditRows('identity.password.changed', person.id)).toHaveLength(1);
  });

  it('refuses a short password, the same password again, and unknown fields, with the error shape', async () => {
    const { cookie } = await newClinician();
    const cases = [
      { currentPassword: FACTORY_PASSWORD, newPassword: 'short' },
      { currentPassword: FACTORY_PASSWORD, newPassword: FACTORY_PASSWORD },
      { currentPassword: FACTORY_PASSWORD, newPassword: 'a-brand-new-password', admin: true },
      { newPassword: 'a-brand-new-password' },
    ];
    for (const body of cases) {
      const res = await changePassword({ cookie, body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });

  it('is refused without a session', async () => {
    const res = await changePassword({ body: { currentPassword: 'x', newPassword: 'a-brand-new-password' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('an admin resets a person’s two-factor sign-in', () => {
  async function enrolledClinician() {
    const { person, cookie } = await newClinician();
    const { secret } = (await t.request({ method: 'POST', url: '/api/v1/me/totp', cookie })).json() as { secret: string };
    const epoch = Math.floor(t.clock.now().getTime() / 1000);
    expect((await t.request({ method: 'POST', url: '/api/v1/me/totp/verify', cookie, body: { code: await generate({ secret, epoch }) } })).statusCode).toBe(
      200,
    );
    return { person, cookie, secret };
  }

  it('turns it off, ends every session of theirs, and leaves an audit row', async () => {
    const { person, cookie } = await enrolledClinician();
    const ada = await t.signIn('ada');
    const res = await t.request({ method: 'POST', url: `/api/v1/practice/people/${person.id}/reset-two-factor`, cookie: ada });
    expect(res.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode).toBe(401);
    const [row] = await t.deps.database.db.select().from(users).where(eq(users.id, person.id));
    expect(row).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodes: [] });
    // Signing in needs the password only again; the set-up can start afresh.
    const again = sessionCookieFrom(await signInAs(person.email, FACTORY_PASSWORD));
    expect((await t.request({ method: 'POST', url: '/api/v1/me/totp', cookie: again })).statusCode).toBe(200);
    expect(await auditRows('identity.totp.reset', person.id)).toHaveLength(1);
  });

  it('is for admins only, never for oneself, and never across practices', async () => {
    const { person } = await enrolledClinician();
    const dana = await t.signIn('dana');
    expect((await t.request({ method: 'POST', url: `/api/v1/practice/people/${person.id}/reset-two-factor`, cookie: dana })).statusCode).toBe(403);

    const ada = await t.signIn('ada');
    const [adaRow] = await t.deps.database.db.select().from(users).where(eq(users.email, 'ada@harbour.example'));
    const self = await t.request({ method: 'POST', url: `/api/v1/practice/people/${adaRow!.id}/reset-two-factor`, cookie: ada });
    expect(self.statusCode).toBe(409);

    const other = await createOtherPractice(t.deps.database.db);
    const across = await t.request({ method: 'POST', url: `/api/v1/practice/people/${other.clinician.id}/reset-two-factor`, cookie: ada });
    expect(across.statusCode).toBe(404);
  });
});

describe('recovery codes', () => {
  it('lets only one of two simultaneous sign-ins spend the same code', async () => {
    const { person, cookie } = await newClinician();
    const { secret } = (await t.request({ method: 'POST', url: '/api/v1/me/totp', cookie })).json() as { secret: string };
    const epoch = Math.floor(t.clock.now().getTime() / 1000);
    const verified = await t.request({ method: 'POST', url: '/api/v1/me/totp/verify', cookie, body: { code: await generate({ secret, epoch }) } });
    const [code] = (verified.json() as { recoveryCodes: string[] }).recoveryCodes;
    const results = await Promise.all([signInAs(person.email, FACTORY_PASSWORD, code), signInAs(person.email, FACTORY_PASSWORD, code)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });
});
