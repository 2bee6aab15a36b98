/** People's accounts: sign-in, sessions and their cache, passwords, two-factor; the writes to a person's account. */
export { resetTwoFactor } from './account.service';
export { findUserByEmail, findUserById, type UserRow } from './identity.queries';
export { createSignInLimit, identityRoutes, setSessionCookie, type SignInLimit } from './identity.routes';
export { signIn } from './sign-in';
export { hashPassword, newToken, sha256 } from './passwords';
export { revokeAllSessionsOf } from './sessions.service';
export { createAccount, isPersonOf, liftSignInLock, peopleOfPractice, type NewAccount } from './people.service';
export { actorOfSession, sessionIsLive } from './session-actor';
export { getMe } from './me.service';
export { eraseAccount, erasedAddressOf, ERASED_PERSON_NAME } from './identity.erasure';
export { forgetSessionsOf } from './session-cache';
