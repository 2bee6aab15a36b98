import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ClientExport, ClientParams, ExportQuery, FhirBundle } from '@steadfast/contracts';
import { typed } from '../../http/route';
import { exportClientRecord } from './export.service';

/** The client's record export (SPEC §2.12, §2.13): JSON in our own shape, or a FHIR R4 Bundle. */
export async function exportRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/export', {
    schema: {
      tags: ['export'],
      summary: "The client's record as a download: `json` (our shape) or `fhir` (a FHIR R4 collection Bundle, application/fhir+json)",
      params: ClientParams,
      querystring: ExportQuery,
      produces: ['application/json', 'application/fhir+json'],
      response: { 200: z.union([ClientExport, FhirBundle]) },
    },
    config: { access: { client: 'client.export' } },
    handler: async (request, reply) => {
      const file = await exportClientRecord(request.ctx, request.params.clientId, request.query.format);
      // A JSON-like content type (application/fhir+json too) goes through the response schema's serialiser.
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  });
}
