import type { FastifyInstance } from 'fastify';
import {
  CheckinBody,
  CheckinConfig,
  CheckinConfigBody,
  CheckinList,
  CheckinListQuery,
  CheckinResponse,
  CheckinTrends,
  ClientParams,
  ReminderPreferences,
  ReminderPreferencesBody,
  TrendsQuery,
} from '@steadfast/contracts';
import { z } from 'zod';
import { typed } from '../../http/route';
import { getCheckinConfig, updateCheckinConfig } from './check-ins.config';
import { getReminderPreferences, setReminderPreferences } from './check-ins.reminders';
import { listCheckins, recordCheckin } from './check-ins.service';
import { getTrends, trendsCsv } from './check-ins.trends';

/** Daily check-ins (SPEC §4), their configuration, trends and the client's reminder times. */
export async function checkinRoutes(app: FastifyInstance) {
  const r = typed(app);

  r.post('/api/v1/clients/:clientId/checkins', {
    schema: {
      tags: ['check-ins'],
      summary: "Today's check-in (or a recent missed day): 201 new, 200 when it updated that day's; clients never get a risk label",
      params: ClientParams,
      body: CheckinBody,
      response: { 200: CheckinResponse, 201: CheckinResponse },
    },
    config: { access: { client: 'checkins.write' } },
    handler: async (request, reply) => {
      const result = await recordCheckin(request.ctx, request.params.clientId, request.body);
      return reply.status(result.updated ? 200 : 201).send(result);
    },
  });

  r.get('/api/v1/clients/:clientId/checkins', {
    schema: {
      tags: ['check-ins'],
      summary: 'Check-ins between two days inclusive, oldest first',
      params: ClientParams,
      querystring: CheckinListQuery,
      response: { 200: CheckinList },
    },
    config: { access: { client: 'checkins.read' } },
    handler: async (request) => listCheckins(request.ctx, request.params.clientId, request.query),
  });

  r.get('/api/v1/clients/:clientId/checkins/config', {
    schema: { tags: ['check-ins'], summary: 'What this client’s check-in asks', params: ClientParams, response: { 200: CheckinConfig } },
    config: { access: { client: 'checkins.read' } },
    handler: async (request) => getCheckinConfig(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/checkins/config', {
    schema: {
      tags: ['check-ins'],
      summary: 'Set the check-in from the catalogue, the client’s own urges, and the self-neglect thresholds',
      params: ClientParams,
      body: CheckinConfigBody,
      response: { 200: CheckinConfig },
    },
    config: { access: { client: 'checkins.configure' } },
    handler: async (request) => updateCheckinConfig(request.ctx, request.params.clientId, request.body),
  });

  r.get('/api/v1/clients/:clientId/checkins/trends', {
    schema: {
      tags: ['check-ins'],
      summary: 'One row per day (missed days empty), baseline band, adherence and measure totals: the charts and the export',
      params: ClientParams,
      querystring: TrendsQuery,
      response: { 200: CheckinTrends },
    },
    config: { access: { client: 'checkins.read' } },
    handler: async (request) => getTrends(request.ctx, request.params.clientId, request.query),
  });

  r.get('/api/v1/clients/:clientId/checkins/export.csv', {
    schema: {
      tags: ['check-ins'],
      summary: 'The same rows as the trends, as CSV',
      params: ClientParams,
      querystring: TrendsQuery,
      produces: ['text/csv'],
      response: { 200: z.string().describe('CSV with a header row') },
    },
    config: { access: { client: 'checkins.read' } },
    handler: async (request, reply) => {
      const trends = await getTrends(request.ctx, request.params.clientId, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="check-ins-${trends.from}-to-${trends.to}.csv"`)
        .send(trendsCsv(trends));
    },
  });

  r.get('/api/v1/clients/:clientId/checkins/reminders', {
    schema: {
      tags: ['check-ins'],
      summary: 'The client’s reminder times (wall clock, in their zone)',
      params: ClientParams,
      response: { 200: ReminderPreferences },
    },
    config: { access: { client: 'checkins.reminders' } },
    handler: async (request) => getReminderPreferences(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/checkins/reminders', {
    schema: {
      tags: ['check-ins'],
      summary: 'Choose reminder times; no clinical content ever leaves the app',
      params: ClientParams,
      body: ReminderPreferencesBody,
      response: { 200: ReminderPreferences },
    },
    config: { access: { client: 'checkins.reminders' } },
    handler: async (request) => setReminderPreferences(request.ctx, request.params.clientId, request.body),
  });
}
