// Builds the Fastify application: zod validation, OpenAPI, problem+json errors, sessions with
// CSRF protection, security headers, the web UI, and every module's routes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
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
import type { ErrorCode } from '../../contract/errors.ts';
import { personNamedInBody, recordAudit } from '../audit/audit.ts';
import { loadSession, sessionCookieName, sessionIdOf } from '../auth/sessions.ts';
import { AUTH_STATE_ROUTES, SessionCache } from '../auth/session-cache.ts';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/availability.ts';
import { loggerOptions, REQUEST_ID_HEADER, safeError } from './logging.ts';

z.config(z.locales.nl());

import type { FastifyBaseLogger, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;
export type RouteModule = (app: App, ctx: AppContext) => void | Promise<void>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WEB_DIST = path.resolve(import.meta.dirname, '../../../web/dist');
const MAX_URL_LENGTH = 4096;
const CSP = [
  "default-src 'self'", "img-src 'self' data:", "style-src 'self' 'unsafe-inline'", "object-src 'none'",
  "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');
const PERMISSIONS_POLICY = [
  'camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'serial=()', 'bluetooth=()', 'hid=()',
  'midi=()', 'accelerometer=()', 'gyroscope=()', 'magnetometer=()', 'display-capture=()', 'screen-wake-lock=()',
  'publickey-credentials-get=()', 'browsing-topics=()', 'interest-cohort=()',
].join(', ');

/**
 * Whether a request is for the API. Decided by the matched route pattern where there is one, so
 * that `/%61pi/…` (which the router decodes to `/api/…`) is an API request too; otherwise by the
 * decoded, lower-cased path, so that `/API/…` is an API 404 rather than the web app's shell.
 */
function isApiRequest(req: FastifyRequest): boolean {
  const route = req.routeOptions.url;
  if (route) return route.startsWith('/api/');
  const rawPath = req.url.split('?')[0];
  let decoded = rawPath;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    /* malformed encoding: judge the raw path */
  }
  return /^\/+api(\/|$)/i.test(decoded);
}

/** A lone UTF-16 surrogate cannot be stored (PostgreSQL's jsonb refuses it, text turns it into U+FFFD). */
const LONE_SURROGATE = /\p{Cs}/u;
function hasLoneSurrogate(body: unknown): boolean {
  const pending: unknown[] = [body]; // iterative: deeply nested JSON must not overflow the stack
  while (pending.length) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return true;
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (LONE_SURROGATE.test(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * A request head the HTTP parser refuses (beyond 16 KiB, say) never reaches a route: answer
 * problem+json directly on the socket, as the router's errors below do.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail]: [number, ErrorCode, string] = error.code === 'HPE_HEADER_OVERFLOW'
    ? [431, 'request-head-too-large', 'Het adres of de kopregels van het verzoek zijn te lang.']
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request-timeout', 'Het verzoek duurde te lang.']
      : [400, 'bad-request', 'Het verzoek is ongeldig.'];
  const body = JSON.stringify(problemBody(status, code, detail));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/problem+json\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

/** Malformed percent-encoding and over-long path parameters: problem+json that does not echo the URL. */
function answerRouterError(error: FastifyError, _req: FastifyRequest, reply: FastifyReply) {
  const problem = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
    ? new Problem(414, 'uri-too-long', 'Het adres van het verzoek is te lang.')
    : new Problem(400, 'invalid-url', 'Het adres van het verzoek is ongeldig.');
  reply.code(problem.status).header('Content-Security-Policy', CSP).header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'no-store')
    .type('application/problem+json').send(problemBody(problem.status, problem.code, problem.detail));
}

export async function buildApp(ctx: AppContext, modules: RouteModule[]): Promise<App> {
  // X-Forwarded-For only from the configured proxies: anyone else could choose their own address.
  const trustProxy = ctx.config.trustedProxies.length ? ctx.config.trustedProxies : false;
  // return503OnClosing off: during a graceful shutdown a request that still arrives on an open
  // keep-alive connection is answered normally (with Connection: close), not cut short.
  const fastify = Fastify({
    ...loggerOptions(ctx.config.logLevel), return503OnClosing: false, bodyLimit: 1_048_576, trustProxy,
    clientErrorHandler: answerClientError, frameworkErrors: answerRouterError,
  });
  const SESSION_COOKIE = sessionCookieName(ctx.config);
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

  app.addHook('onRequest', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Content-Security-Policy', CSP);
    reply.header('Permissions-Policy', PERMISSIONS_POLICY);
    if (isApiRequest(reply.request)) reply.header('Cache-Control', 'no-store');
    if (ctx.config.production) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });

  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH) throw new Problem(414, 'uri-too-long', 'Het adres van het verzoek is te lang.');
  });

  // A change to sessions, users or organisations empties the session cache before it is answered.
  const sessions = new SessionCache(ctx.config.sessionIdleMinutes * 60_000, ctx.config.sessionAbsoluteHours * 3_600_000);
  app.addHook('onSend', async (req) => {
    const route = req.routeOptions.url ?? req.url; // the route pattern: no encodings, no query string
    if (UNSAFE.has(req.method) && AUTH_STATE_ROUTES.some((prefix) => route.startsWith(prefix))) sessions.clear();
  });

  // Session, two-factor enrolment gate and CSRF check for every API route.
  app.addHook('preValidation', async (req) => {
    if (!req.routeOptions.url?.startsWith('/api/')) return; // the matched route, never the raw URL; unknown routes: plain 404
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

  app.addHook('preValidation', async (req) => {
    if (hasLoneSurrogate(req.body)) {
      throw new Problem(400, 'invalid-characters', 'De tekst bevat tekens die niet kunnen worden opgeslagen (zoals een NUL-teken).');
    }
  });

  app.setErrorHandler(async (error: FastifyError, req, reply) => {
    const problem = toProblem(error);
    if (problem.status === 401 || problem.status === 403) {
      await recordAudit(ctx.db, actorOf(req), [{
        action: `${req.method} ${req.routeOptions.url ?? req.url}`,
        recordType: problem.auditContext?.recordType ?? 'route',
        recordId: problem.auditContext?.recordId ?? (req.params as { id?: string } | undefined)?.id ?? null,
        personId: problem.auditContext?.personId ?? (await personNamedInBody(ctx.db, req.body).catch(() => null)),
        outcome: 'refused',
        detail: { code: problem.code },
      }]).catch(() => undefined);
    }
    if (problem.status >= 500) req.log[problem.status === 503 ? 'warn' : 'error']({ err: safeError(error), code: problem.code }, 'verzoek mislukt');
    const retryAfter = problem.extra.retryAfterSeconds;
    if (typeof retryAfter === 'number') reply.header('Retry-After', String(retryAfter));
    return reply
      .code(problem.status)
      .type('application/problem+json')
      .send(problemBody(problem.status, problem.code, problem.detail, problem.status === 414 ? undefined : req.url, problem.extra));
  });

  app.setNotFoundHandler(async (req, reply) => {
    // API routes and missing files (a stale hashed asset, say) are a real 404, not the app shell.
    if (isApiRequest(req) || req.method !== 'GET' || /\.[a-z0-9]+$/i.test(req.url.split('?')[0])) {
      return reply.code(404).type('application/problem+json').send(problemBody(404, 'not-found', 'Deze bron bestaat niet.', req.url));
    }
    if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return reply.sendFile('index.html');
    return reply.code(503).type('text/plain').send('De webinterface is nog niet gebouwd: voer `npm run build` uit.');
  });

  if (fs.existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, {
      root: WEB_DIST,
      wildcard: false,
      preCompressed: true, // the .br and .gz files the build writes (scripts/vite-precompress.ts)
      setHeaders(res, file) {
        // Hashed file names never change content: cache for a year. Everything else (index.html
        // above all, which names the current hashes) is revalidated on every use.
        const hashed = path.relative(WEB_DIST, file).startsWith(`assets${path.sep}`);
        res.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
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
  // A failover or lost connection: the command was not carried out and may be retried.
  if (isDatabaseUnavailable(error)) {
    return new Problem(503, 'database-unavailable', 'Kindveilig kan de database even niet bereiken. Probeer het over enkele seconden opnieuw en kijk daarna of uw laatste wijziging is opgeslagen.', { retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
  // Database refusals that bad input or a concurrent request can cause: never a 500.
  switch ((error as { code?: string }).code) {
    case '23505':
      return new Problem(409, 'conflict', 'Dit is intussen al vastgelegd, mogelijk door een gelijktijdig verzoek. Laad de gegevens opnieuw.');
    case '22P05':
    case '22021':
      return new Problem(400, 'invalid-characters', 'De tekst bevat tekens die niet kunnen worden opgeslagen (zoals een NUL-teken).');
    case '22003':
      return new Problem(400, 'number-out-of-range', 'Een getal in het verzoek is te groot of te klein.');
    case '22P02':
    case '22007':
    case '22008':
      return new Problem(400, 'invalid-value', 'Een waarde in het verzoek heeft geen geldige vorm.');
  }
  if (error.statusCode === 400) return new Problem(400, 'invalid-json', 'Het verzoek is geen geldige JSON.');
  if (error.statusCode === 429) return new Problem(429, 'too-many-requests', 'Te veel verzoeken; probeer het later opnieuw.');
  return new Problem(500, 'internal-error', 'Er ging iets mis. Probeer het later opnieuw.');
}
