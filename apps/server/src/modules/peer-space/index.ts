/** The peer space (SPEC §2.11): pseudonymous posts, threaded replies and reactions, screened before publishing, with moderation. */
export { peerSpaceRoutes } from './peer-space.routes';
export { peerAudience } from './peer-space.service';
export { seedPeerSpaceDemo } from './peer-space.demo';
export { erasePeerSpace } from './peer-space.erasure';
export { peerWritingOf } from './peer-space.export';
