/** The practice's crisis lines, seeded from its country's defaults. */
export { crisisResourceRoutes } from './crisis-resources.routes';
export { getCrisisLines, seedCrisisLines } from './crisis-resources.service';
