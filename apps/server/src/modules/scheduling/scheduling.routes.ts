import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  AnswerOfferBody,
  AppointmentList,
  CalendarFeedView,
  AppointmentParams,
  AppointmentRequestList,
  AppointmentRequestView,
  AppointmentsQuery,
  ChangeAppointmentBody,
  ClientParams,
  CreateStepDownPlanBody,
  DecideRequestBody,
  RequestAppointmentBody,
  RequestOptions,
  RequestParams,
  ScheduleAppointmentBody,
  ScheduledView,
  StepDownPlanResponse,
  StepUpBody,
} from '@steadfast/contracts';
import type { Deps } from '../../http/context';
import { typed } from '../../http/route';
import { getMyCalendarFeed, renderCalendarFeed, rotateMyCalendarFeed } from './scheduling.feed';
import { answerOffer, decideRequest, getRequestOptions, listRequests, requestAppointment, setBookingMode } from './scheduling.requests';
import { changeAppointment, listClientAppointments, scheduleAppointment } from './scheduling.service';
import { agreeToStepDownPlan, createStepDownPlan, getStepDownPlan, stepBackUp } from './step-down.service';
import type { MoodRunReader } from './scheduling.signals';

const tags = ['scheduling'];

/** Appointments, requests, calendar feeds and step-down plans (SPEC §2.4, §4). */
export async function schedulingRoutes(app: FastifyInstance, deps: Deps, moodRuns: MoodRunReader) {
  const r = typed(app);

  r.get('/api/v1/clients/:clientId/appointments', {
    schema: {
      tags,
      summary: 'Appointments in a window, series expanded into occurrences, oldest first',
      params: ClientParams,
      querystring: AppointmentsQuery,
      response: { 200: AppointmentList },
    },
    config: { access: { client: 'appointments.read' } },
    handler: async (request) => listClientAppointments(request.ctx, request.params.clientId, request.query),
  });

  r.post('/api/v1/clients/:clientId/appointments', {
    schema: {
      tags,
      summary: 'Schedule one appointment or a bounded weekly series (wall clock in the practice zone)',
      params: ClientParams,
      body: ScheduleAppointmentBody,
      response: { 201: ScheduledView },
    },
    config: { access: { client: 'appointments.schedule' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.code(201).send(await scheduleAppointment(request.ctx, request.params.clientId, request.body)),
  });

  r.post('/api/v1/clients/:clientId/appointments/:appointmentId/change', {
    schema: {
      tags,
      summary: 'Move or cancel this one, this and following, or all still to come',
      params: AppointmentParams,
      body: ChangeAppointmentBody,
      response: { 200: z.object({ changed: z.number().int() }) },
    },
    config: { access: { client: 'appointments.schedule' }, refuses: ['conflict'] },
    handler: async (request) => changeAppointment(request.ctx, request.params.clientId, request.params.appointmentId, request.body),
  });

  r.get('/api/v1/clients/:clientId/appointment-requests/options', {
    schema: {
      tags,
      summary: 'Whether the client may request now; in an off-week the agreed words and open routes',
      params: ClientParams,
      response: { 200: RequestOptions },
    },
    config: { access: { client: 'appointments.read' } },
    handler: async (request) => getRequestOptions(request.ctx, request.params.clientId),
  });

  r.put('/api/v1/clients/:clientId/appointment-requests/mode', {
    schema: {
      tags,
      summary: 'Whether this client sees (view) and may request (request) appointments, or neither (off)',
      params: ClientParams,
      body: z.strictObject({ mode: z.enum(['off', 'view', 'request']) }),
      response: { 200: RequestOptions },
    },
    config: { access: { client: 'appointments.schedule' } },
    handler: async (request) => setBookingMode(request.ctx, request.params.clientId, request.body.mode),
  });

  r.get('/api/v1/clients/:clientId/appointment-requests', {
    schema: { tags, summary: 'Appointment requests and their answers, newest first', params: ClientParams, response: { 200: AppointmentRequestList } },
    config: { access: { client: 'appointments.read' } },
    handler: async (request) => listRequests(request.ctx, request.params.clientId),
  });

  r.post('/api/v1/clients/:clientId/appointment-requests', {
    schema: {
      tags,
      summary: 'A client asks for a time; it is held until the clinician answers',
      params: ClientParams,
      body: RequestAppointmentBody,
      response: { 201: AppointmentRequestView },
    },
    config: { access: { client: 'appointments.request' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.code(201).send(await requestAppointment(request.ctx, request.params.clientId, request.body)),
  });

  r.post('/api/v1/clients/:clientId/appointment-requests/:requestId/decision', {
    schema: {
      tags,
      summary: 'Accept, offer another time, or decline with a kind note',
      params: RequestParams,
      body: DecideRequestBody,
      response: { 200: AppointmentRequestView },
    },
    config: { access: { client: 'appointmentRequests.decide' }, refuses: ['conflict'] },
    handler: async (request) => decideRequest(request.ctx, request.params.clientId, request.params.requestId, request.body),
  });

  r.post('/api/v1/clients/:clientId/appointment-requests/:requestId/offer-answer', {
    schema: {
      tags,
      summary: 'The client takes or turns down an offered time',
      params: RequestParams,
      body: AnswerOfferBody,
      response: { 200: AppointmentRequestView },
    },
    config: { access: { client: 'appointments.request' }, refuses: ['conflict'] },
    handler: async (request) => answerOffer(request.ctx, request.params.clientId, request.params.requestId, request.body.answer),
  });

  r.get('/api/v1/clients/:clientId/step-down-plan', {
    schema: { tags, summary: 'The step-down plan as a timeline with its reason and promise', params: ClientParams, response: { 200: StepDownPlanResponse } },
    config: { access: { client: 'stepDown.read' } },
    handler: async (request) => ({ plan: await getStepDownPlan(request.ctx, moodRuns, request.params.clientId) }),
  });

  r.post('/api/v1/clients/:clientId/step-down-plan', {
    schema: {
      tags,
      summary: 'Agree a step-down plan: it writes the series and the agreement off-weeks',
      params: ClientParams,
      body: CreateStepDownPlanBody,
      response: { 201: StepDownPlanResponse },
    },
    config: { access: { client: 'stepDown.write' }, refuses: ['conflict'] },
    handler: async (request, reply) => reply.code(201).send({ plan: await createStepDownPlan(request.ctx, moodRuns, request.params.clientId, request.body) }),
  });

  r.post('/api/v1/clients/:clientId/step-down-plan/agree', {
    schema: {
      tags,
      summary: 'The client agrees to the plan shown to them; this signs its off-weeks into the agreement',
      params: ClientParams,
      response: { 200: StepDownPlanResponse },
    },
    config: { access: { client: 'stepDown.agree' } },
    handler: async (request) => ({ plan: await agreeToStepDownPlan(request.ctx, moodRuns, request.params.clientId) }),
  });

  r.post('/api/v1/clients/:clientId/step-down-plan/step-up', {
    schema: {
      tags,
      summary: 'Step back up to more sessions: one click, the clinician decides',
      params: ClientParams,
      body: StepUpBody,
      response: { 200: StepDownPlanResponse },
    },
    config: { access: { client: 'stepDown.write' }, refuses: ['conflict'] },
    handler: async (request) => ({ plan: await stepBackUp(request.ctx, moodRuns, request.params.clientId, request.body) }),
  });

  r.get('/api/v1/me/calendar-feed', {
    schema: { tags, summary: 'The caller’s secret calendar feed (its address is shown only when made)', response: { 200: CalendarFeedView } },
    config: { access: { signedIn: true } },
    handler: async (request) => getMyCalendarFeed(request.ctx),
  });

  r.post('/api/v1/me/calendar-feed/rotate', {
    schema: { tags, summary: 'A new secret address; the old one answers 404', response: { 200: CalendarFeedView } },
    config: { access: { signedIn: true } },
    handler: async (request) => rotateMyCalendarFeed(request.ctx),
  });

  r.get('/api/v1/calendar-feeds/:file', {
    schema: {
      tags,
      summary: 'The iCalendar feed for calendar apps (no session: the secret address is the key)',
      params: z.strictObject({ file: z.string().max(80) }),
      produces: ['text/calendar'],
      response: { 200: z.string().describe('An iCalendar (RFC 5545) file of the caller’s appointments') },
    },
    // Calendar apps poll every few hours; guessing a 256-bit secret is hopeless, but cap it anyway.
    config: { access: { public: true }, rateLimit: { max: 60, timeWindow: '1 minute' } },
    handler: async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '');
      const body = await renderCalendarFeed(deps, token);
      return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=900').send(body);
    },
  });
}
