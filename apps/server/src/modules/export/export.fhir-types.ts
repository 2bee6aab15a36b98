/** The few FHIR R4 shapes the export writes (no FHIR library at run time: the tests validate with Medplum's). */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;
export interface FhirReference {
  reference: string;
  display?: string;
}
export type FhirBundleOut = {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
};

/** A Bundle entry's fullUrl, and every reference to it. */
export const urn = (id: string) => `urn:uuid:${id}`;
