/** The on-call rota, who is on call now, and the practice's escalation policy. */
export { escalationPolicyOf, escalationWindowMs, readEscalationPolicy } from './on-call.policy';
export { findOnCallNow, onCallClinicianBeside, type OnCallNow } from './on-call.queries';
export { onCallRoutes } from './on-call.routes';
