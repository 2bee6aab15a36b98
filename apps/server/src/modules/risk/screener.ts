/**
 * The screener lives in its own package (packages/screener); this re-export keeps the risk
 * module's older import path (`../risk/screener`) working for callers such as check-ins.
 */
export * from '@steadfast/screener';
