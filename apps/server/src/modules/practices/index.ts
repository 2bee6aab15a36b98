/** The practice (tenant): its creation, people page and policies. */
export { practiceRoutes } from './practices.routes';
export { createPractice, replacePracticePolicy } from './practices.service';
