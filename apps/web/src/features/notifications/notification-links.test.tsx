import { describe, expect, it } from 'vitest';
import { notificationPath } from './notification-links';

const client = '11111111-1111-4111-8111-111111111111';

describe('where a notice leads', () => {
  it('takes a client to the page the notice is about', () => {
    expect(notificationPath({ kind: 'sessions_stepped_up', clientId: client, subjectId: null }, 'client')).toBe('/appointments');
    expect(notificationPath({ kind: 'agreement_proposed', clientId: client, subjectId: null }, 'client')).toBe('/agreement');
    expect(notificationPath({ kind: 'cover_arranged', clientId: client, subjectId: null }, 'client')).toBe('/agreement');
    expect(notificationPath({ kind: 'message', clientId: client, subjectId: null }, 'client')).toBe('/messages');
    expect(notificationPath({ kind: 'flag_raised', clientId: client, subjectId: 'f' }, 'client')).toBeUndefined();
  });

  it('takes a clinician to that client’s page of the same name', () => {
    expect(notificationPath({ kind: 'sessions_stepped_up', clientId: client, subjectId: null }, 'clinician')).toBe(`/clients/${client}/appointments`);
    expect(notificationPath({ kind: 'agreement_in_force', clientId: client, subjectId: null }, 'clinician')).toBe(`/clients/${client}/agreement`);
    expect(notificationPath({ kind: 'reply_window_nearing', clientId: client, subjectId: 'm' }, 'clinician')).toBe(`/clients/${client}/messages`);
    expect(notificationPath({ kind: 'cover_arranged', clientId: null, subjectId: 'a' }, 'clinician')).toBeUndefined();
  });
});
