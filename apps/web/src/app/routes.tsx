import type { Role } from '@steadfast/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, type ComponentType } from 'react';
import { loadable } from './loadable';

/**
 * The signed-in pages, one list per role. A feature adds its page here and nowhere else:
 * an entry with `nav` also appears in the navigation, in list order. Pages are loaded lazily
 * so each role downloads only its own area.
 */
export interface PageRoute {
  /** Below the site root, no leading slash; '' is the role's home. */
  path: string;
  page: ComponentType;
  /** The navigation label, when the page belongs in the navigation. */
  nav?: string;
  /** Shown in the navigation only when the practice's optional peer space is open to the person (its member-facing page or its queue). */
  navWhen?: 'peerSpace' | 'peerModeration';
}

/** The client's home, which the server may have painted already (src/app/server-page.ts). */
export const ClientHomePage = loadable(() => import('../features/home/ClientHomePage'));
/** The client home's requests, started while the app is still on its way in (features/home/home.prefetch.ts). */
export const prefetchClientHomeData = (queryClient: QueryClient, clientId: string) =>
  import('../features/home/ClientHomePage').then((m) => m.prefetchHomeData(queryClient, clientId));

const clientRoutes: PageRoute[] = [
  { path: '', nav: 'Home', page: ClientHomePage },
  { path: 'check-in', nav: 'Check-in', page: lazy(() => import('../features/check-ins/CheckinPage')) },
  { path: 'messages', nav: 'Messages', page: lazy(() => import('../features/messaging/ClientMessagesPage')) },
  { path: 'plan', nav: 'My safety plan', page: lazy(() => import('../features/safety-plans/SafetyPlanPage')) },
  { path: 'plan/print', page: lazy(() => import('../features/safety-plans/SafetyPlanPrintPage')) },
  { path: 'trends', nav: 'How things have been', page: lazy(() => import('../features/check-ins/TrendsPage')) },
  { path: 'questionnaires/:instrument', page: lazy(() => import('../features/measures/MeasurePage')) },
  { path: 'agreement', nav: 'Our agreement', page: lazy(() => import('../features/agreements/ClientAgreementPage')) },
  { path: 'appointments', nav: 'Appointments', page: lazy(() => import('../features/scheduling/ClientAppointmentsPage')) },
  { path: 'okay-plan', nav: 'My okay plan', page: lazy(() => import('../features/okay-plan/ClientOkayPlanPage')) },
  { path: 'notes', nav: 'Notes to keep', page: lazy(() => import('../features/okay-plan/ClientNotesPage')) },
  { path: 'your-information', nav: 'Your information', page: lazy(() => import('../features/export/ClientInformationPage')) },
  { path: 'peer', nav: 'Peer space', navWhen: 'peerSpace', page: lazy(() => import('../features/peer-space/PeerSpacePage')) },
  { path: 'peer/posts/:postId', page: lazy(() => import('../features/peer-space/PeerPostPage')) },
];

const clinicianRoutes: PageRoute[] = [
  { path: '', nav: 'Caseload', page: lazy(() => import('../features/caseload/CaseloadPage')) },
  { path: 'clients/:clientId', page: lazy(() => import('../features/caseload/ClientPage')) },
  { path: 'clients/:clientId/timeline', page: lazy(() => import('../features/timeline/ClientTimelinePage')) },
  { path: 'clients/:clientId/care-team', page: lazy(() => import('../features/care-teams/CareTeamPage')) },
  { path: 'reentry-requests', page: lazy(() => import('../features/care-transitions/ReentryRequestsPage')) },
  { path: 'handovers/:handoverId', page: lazy(() => import('../features/care-transitions/IncomingHandoverPage')) },
  { path: 'clients/:clientId/transitions', page: lazy(() => import('../features/care-transitions/TransitionsPage')) },
  { path: 'clients/:clientId/check-ins', page: lazy(() => import('../features/check-ins/ClientCheckinsPage')) },
  { path: 'clients/:clientId/messages', page: lazy(() => import('../features/messaging/ClinicianConversationPage')) },
  { path: 'clients/:clientId/safety-plan', page: lazy(() => import('../features/safety-plans/ClientSafetyPlanPage')) },
  { path: 'clients/:clientId/safety-plan/print', page: lazy(() => import('../features/safety-plans/SafetyPlanPrintPage')) },
  { path: 'clients/:clientId/okay-plan', page: lazy(() => import('../features/okay-plan/ClinicianOkayPlanPage')) },
  { path: 'triage', nav: 'Triage', page: lazy(() => import('../features/risk/TriagePage')) },
  { path: 'flags/:flagId', page: lazy(() => import('../features/risk/FlagPage')) },
  { path: 'clients/:clientId/appointments', page: lazy(() => import('../features/scheduling/ClinicianAppointmentsPage')) },
  { path: 'clients/:clientId/risk', page: lazy(() => import('../features/risk/ClientRiskPage')) },
  { path: 'clients/:clientId/notes', page: lazy(() => import('../features/clinical-notes/ClinicalNotesPage')) },
  { path: 'on-call', nav: 'On-call rota', page: lazy(() => import('../features/on-call/RotaPage')) },
  { path: 'clients/:clientId/agreement', page: lazy(() => import('../features/agreements/ClinicianAgreementPage')) },
  { path: 'absences', nav: 'Time away', page: lazy(() => import('../features/agreements/AbsencesPage')) },
  { path: 'peer/moderation', nav: 'Peer moderation', navWhen: 'peerModeration', page: lazy(() => import('../features/peer-space/PeerModerationPage')) },
];

const adminRoutes: PageRoute[] = [
  { path: '', nav: 'People', page: lazy(() => import('../features/practices/PeoplePage')) },
  { path: 'clients', nav: 'Clients', page: lazy(() => import('../features/care-teams/PracticeClientsPage')) },
  { path: 'clients/:clientId/care-team', page: lazy(() => import('../features/care-teams/CareTeamPage')) },
  { path: 'invitations', nav: 'Invitations', page: lazy(() => import('../features/invitations/InvitationsPage')) },
  { path: 'mail', nav: 'Outgoing mail', page: lazy(() => import('../features/practices/MailPage')) },
  { path: 'crisis-lines', nav: 'Crisis lines', page: lazy(() => import('../features/crisis-resources/CrisisLinesEditorPage')) },
  { path: 'on-call', nav: 'On-call rota', page: lazy(() => import('../features/on-call/RotaPage')) },
  { path: 'escalation-windows', nav: 'Escalation windows', page: lazy(() => import('../features/practices/EscalationWindowsPage')) },
  { path: 'care-balance', nav: 'Care-contact balance', page: lazy(() => import('../features/care-balance/PracticeCareBalancePage')) },
  { path: 'reentry-requests', nav: 'Requests to come back', page: lazy(() => import('../features/care-transitions/ReentryRequestsPage')) },
  { path: 'erasure-requests', nav: 'Erasure requests', page: lazy(() => import('../features/erasure/ErasureRequestsPage')) },
  { path: 'peer-settings', nav: 'Peer space', page: lazy(() => import('../features/peer-space/PeerSettingsPage')) },
  { path: 'peer/moderation', nav: 'Peer moderation', navWhen: 'peerModeration', page: lazy(() => import('../features/peer-space/PeerModerationPage')) },
];

/** Pages everyone signed in has, after their role's own. */
const everyoneRoutes: PageRoute[] = [
  { path: 'sessions', nav: 'Your devices', page: lazy(() => import('../features/identity/SessionsPage')) },
  { path: 'two-factor', page: lazy(() => import('../features/identity/TwoFactorSetupPage')) },
  { path: 'notifications', page: lazy(() => import('../features/notifications/NotificationsPage')) },
  { path: 'notification-settings', nav: 'Notification settings', page: lazy(() => import('../features/notifications/NotificationSettingsPage')) },
];

const byRole: Record<Role, PageRoute[]> = {
  client: clientRoutes,
  clinician: clinicianRoutes,
  admin: adminRoutes,
};

export function routesFor(role: Role): PageRoute[] {
  return [...byRole[role], ...everyoneRoutes];
}

/** Pages anyone may open without signing in (the crisis screen is outside these, and eager). */
// The sign-in page, which the server may have painted already (src/app/server-page.ts).
export const SignInPage = loadable(() => import('../features/identity/SignInPage'));
export const AcceptInvitationPage = lazy(() => import('../features/invitations/AcceptInvitationPage'));
export const ForgotPasswordPage = lazy(() => import('../features/identity/ForgotPasswordPage'));
export const ResetPasswordPage = lazy(() => import('../features/identity/ResetPasswordPage'));
