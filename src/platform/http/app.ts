// Builds the Fastify application: zod validation, OpenAPI, problem+json errors, sessions with
// CSRF protection, security headers, the web UI, and every module's routes.
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyError } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifyStatic from '@fastify/static';
import { z } from 'zod';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { actorOf } from './context.ts';
import { Problem, problemBody } from './problem.ts';
import { recordAudit } from '../audit/audit.ts';
import { loadSession, sessionIdOf, SESSION_COOKIE } from '../auth/sessions.ts';
import { AUTH_STATE_ROUTES, SessionCache } from '../auth/session-cache.ts';

z.config(z.locales.nl());

import type { FastifyBaseLogger, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
export type RouteModule = (app: App, ctx: AppContext) => void | Promise<void>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');

export async function buildApp(ctx: AppContext, modules: RouteModule[]): Promise<App> {
  const fastify = Fastify({ logger: false, bodyLimit: 1_048_576, trustProxy: ctx.config.production });
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Kindveilig API', version: '1.0.0', description: 'API van Kindveilig. Fouten volgen RFC 9457 (application/problem+json) met een vaste `code`.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas registered with an id (zod .meta({ id })) become components/schemas, referenced by $ref.
    transformObject: jsonSchemaTransformObject,
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    if (reply.request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });

  // A change to sessions, users or organisations empties the session cache before it is answered.
  const sessions = new SessionCache(ctx.config.sessionIdleMinutes * 60_000, ctx.config.sessionAbsoluteHours * 3_600_000);
  app.addHook('onSend', async (req) => {
    const route = req.routeOptions.url ?? req.url; // the route pattern: no encodings, no query string
    if (UNSAFE.has(req.method) && AUTH_STATE_ROUTES.some((prefix) => route.startsWith(prefix))) sessions.clear();
  });

  // Session, two-factor enrolment gate and CSRF check for every API route.
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/') || !req.routeOptions.url) return; // unknown routes: plain 404
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const now = ctx.clock.now();
      const cached = sessions.get(sessionIdOf(token), now.getTime());
      const generation = sessions.generation;
      const found = cached ? { auth: cached } : await loadSession(ctx.db, ctx.config, token, now);
      if (found && 'auth' in found) {
        req.auth = found.auth;
        if (!cached && 'createdAt' in found) sessions.set(found.auth.sessionId, found.auth, found, now.getTime(), generation);
      } else if (found && 'expired' in found && !req.routeOptions.config?.public) {
        throw new Problem(401, 'session-expired', 'Uw sessie is verlopen. Log opnieuw in.');
      }
    }
    if (req.routeOptions.config?.public) return;
    if (!req.auth) throw new Problem(401, 'not-authenticated', 'U bent niet ingelogd.');
    if (UNSAFE.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== req.auth.csrfToken) {
        throw new Problem(403, 'csrf-token-invalid', 'Het beveiligingstoken (CSRF) ontbreekt of klopt niet. Laad de pagina opnieuw.');
      }
    }
    if (req.auth.totpEnrolmentRequired && !req.routeOptions.config?.allowDuringTotpEnrolment) {
      throw new Problem(403, 'totp-enrolment-required', 'Uw organisatie vereist tweestapsverificatie. Stel die eerst in.');
    }
  });

  app.setErrorHandler(async (error: FastifyError, req, reply) => {
    const problem = toProblem(error);
    if (problem.status === 401 || problem.status === 403) {
      await recordAudit(ctx.db, actorOf(req), [{
        action: `${req.method} ${req.routeOptions.url ?? req.url}`,
        recordType: problem.auditContext?.recordType ?? 'route',
        recordId: problem.auditContext?.recordId ?? (req.params as { id?: string } | undefined)?.id ?? null,
        personId: problem.auditContext?.personId ?? null,
        outcome: 'refused',
        detail: { code: problem.code },
      }]).catch(() => undefined);
    }
    if (problem.status >= 500) console.error(error);
    const retryAfter = problem.extra.retryAfterSeconds;
    if (typeof retryAfter === 'number') reply.header('Retry-After', String(retryAfter));
    return reply
      .code(problem.status)
      .type('application/problem+json')
      .send(problemBody(problem.status, problem.code, problem.detail, req.url, problem.extra));
  });

  app.setNotFoundHandler(async (req, reply) => {
    // API routes and missing files (a stale hashed asset, say) are a real 404, not the app shell.
    if (req.url.startsWith('/api/') || req.method !== 'GET' || /\.[a-z0-9]+$/i.test(req.url.split('?')[0])) {
      return reply.code(404).type('application/problem+json').send(problemBody(404, 'not-found', 'Deze bron bestaat niet.', req.url));
    }
    if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return reply.sendFile('index.html');
    return reply.code(503).type('text/plain').send('De webinterface is nog niet gebouwd: voer `npm run build` uit.');
  });

  if (fs.existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  }

  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  app.get('/api/v1/health', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));

  for (const register of modules) await register(app, ctx);
  await app.ready();
  return app;
}

function toProblem(error: FastifyError): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: `${v.instancePath}`.replace(/^\//, '').replaceAll('/', '.'),
      keyword: v.keyword,
      message: v.message ?? 'ongeldig',
      keys: (v.params as { keys?: string[] } | undefined)?.keys,
    }));
    const unknown = issues.filter((i) => i.keyword === 'unrecognized_keys').flatMap((i) => i.keys ?? []);
    if (unknown.length) {
      return new Problem(400, 'unknown-fields', `Onbekende velden: ${unknown.join(', ')}.`, { fields: unknown });
    }
    return new Problem(400, 'validation-failed', 'Niet alle gegevens zijn goed ingevuld.', {
      errors: issues.map(({ path, message }) => ({ path, message })),
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(413, 'body-too-large', 'Het verzoek is te groot.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new Problem(415, 'unsupported-media-type', 'Dit inhoudstype wordt niet ondersteund; gebruik application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new Problem(400, 'invalid-json', 'Het verzoek bevat geen gegevens.');
  }
  // Database refusals that bad input or a concurrent request can cause: never a 500.
  switch ((error as { code?: string }).code) {
    case '23505':
      return new Problem(409, 'conflict', 'Dit is intussen al vastgelegd, mogelijk door een gelijktijdig verzoek. Laad de gegevens opnieuw.');
    case '22P05':
    case '22021':
      return new Problem(400, 'invalid-characters', 'De tekst bevat tekens die niet kunnen worden opgeslagen (zoals een NUL-teken).');
  }
  if (error.statusCode === 400) return new Problem(400, 'invalid-json', 'Het verzoek is geen geldige JSON.');
  if (error.statusCode === 429) return new Problem(429, 'too-many-requests', 'Te veel verzoeken; probeer het later opnieuw.');
  return new Problem(500, 'internal-error', 'Er ging iets mis. Probeer het later opnieuw.');
}
