/** The client timeline (issue 17): a composition of every module's timeline entries, paged newest first. */
export { clientTimeline, timelineSources } from './timeline.service';
export { timelineRoutes } from './timeline.routes';
