import type { MeResponse, NotificationPreferences, NotificationView } from '@steadfast/contracts';
import { json } from '../../test/render';

/** Test data for the notifications pages (component tests only). */
export const practice = { id: '7f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', name: 'Harbour Street Therapy', country: 'GB', timeZone: 'Europe/London' };
const clientId = '0b6c1c39-4f3a-4d53-9a8f-1b8f0f6f3c11';

export function me(role: 'client' | 'clinician'): MeResponse {
  return {
    user: {
      id: '5b0c3a3e-2f4e-4f0e-9d49-3a1f6f0c2a10',
      role,
      name: role === 'client' ? 'Sam Taylor' : 'Omar Haddad',
      email: 'x@harbour.example',
      totpEnabled: role !== 'client',
      mustEnrolTotp: false,
      ...(role === 'client' ? { clientId } : {}),
    },
    practice,
    can: { managePractice: false, inviteClinicians: false, inviteClients: role === 'clinician', viewCaseload: role === 'clinician' },
  };
}

export function notification(extra: Partial<NotificationView> = {}): NotificationView {
  return {
    id: '9a1b2c3d-4e5f-4a6b-8c7d-000000000001',
    kind: 'flag_raised',
    title: 'A risk flag for Sam Taylor needs acknowledging',
    clientId,
    subjectId: '3c2b1a00-4e5f-4a6b-8c7d-000000000002',
    urgent: true,
    createdAt: '2026-11-25T10:00:00.000Z',
    readAt: null,
    ...extra,
  };
}

export const defaultPreferences: NotificationPreferences = { email: true, push: true, sms: false, smsNumber: null };

export const listOf = (notifications: NotificationView[]) => json(200, { notifications, unread: notifications.filter((n) => !n.readAt).length });
