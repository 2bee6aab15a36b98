import type { ClientExport, ExportFormat } from '@steadfast/contracts';
import { authorizeClient } from '../../access/authorize';
import type { Ctx } from '../../http/context';
import { audit } from '../audit';
import { toFhirBundle } from './export.fhir';
import type { FhirBundleOut } from './export.fhir-types';
import { gatherRecord } from './export.gather';
import { exportWords } from './export.words';

export interface ExportFile {
  body: ClientExport | FhirBundleOut;
  contentType: string;
  fileName: string;
}

/**
 * A client's record as one download (SPEC §2.12): for the client themself (access and portability)
 * or their primary clinician (a transfer to another service). Audited with the format, ids only.
 * Private clinical notes are in neither: a separate record (CLINICAL.md §5.1), shared on its own.
 */
export async function exportClientRecord(ctx: Ctx, clientId: string, format: ExportFormat): Promise<ExportFile> {
  const access = await authorizeClient(ctx, 'client.export', clientId);
  const record = await gatherRecord(ctx, access);
  await audit(ctx, { action: 'client.export', clientId, subjectType: 'export_format', subjectId: format });
  const fileName = exportWords.fileName(record.client.name, format, record.exportedAt.slice(0, 10));
  return format === 'fhir'
    ? { body: toFhirBundle(record), contentType: 'application/fhir+json; charset=utf-8', fileName }
    : { body: record, contentType: 'application/json; charset=utf-8', fileName };
}
