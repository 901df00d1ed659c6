// Structured JSON logs (pino, through Fastify's logger): one line per request with the request
// id, the route pattern, status and duration. Never the raw URL, query string, headers, body or
// an error message: those can hold a BSN, a name, a password or a token.
import { randomUUID } from 'node:crypto';
import { LogController, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What an error may show in a log line: its kind and code, and where it was thrown. */
export function safeError(error: unknown): Record<string, unknown> {
  const e = (error ?? {}) as { name?: unknown; code?: unknown; stack?: unknown };
  // The first stack line repeats the message (which may quote input); the frames do not.
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((l) => l.trimStart().startsWith('at ')).slice(0, 8).map((l) => l.trim()) : [];
  return { type: typeof e.name === 'string' ? e.name : typeof error, code: typeof e.code === 'string' ? e.code : undefined, frames };
}

function requestLine(request: FastifyRequest, reply: FastifyReply) {
  return { method: request.method, route: request.routeOptions.url ?? null, status: reply.statusCode, durationMs: Math.round(reply.elapsedTime * 10) / 10 };
}

/** Fastify's internal log lines, each replaced by one that carries no request content. */
class SafeLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }
  override incomingRequest() {}
  override routeNotFound() {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error) reply.log.error({ ...requestLine(request, reply), err: safeError(error) }, 'verzoek');
    else reply.log.info(requestLine(request, reply), 'verzoek');
  }
  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log[reply.statusCode >= 500 ? 'error' : 'info']({ ...requestLine(request, reply), err: safeError(error) }, 'verzoek mislukt');
  }
  override streamError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log.warn({ ...requestLine(request, reply), err: safeError(error) }, 'antwoord afgebroken');
  }
  override writeHeadError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log.warn({ ...requestLine(request, reply), err: safeError(error) }, 'antwoord afgebroken');
  }
  override serializerError(error: Error, request: FastifyRequest, reply: FastifyReply) {
    reply.log.error({ ...requestLine(request, reply), err: safeError(error) }, 'antwoord niet te serialiseren');
  }
}

/** Fastify options for the logger; logging off for level 'silent' (tests, unless asked for). */
export function loggerOptions(level: string): Pick<FastifyServerOptions, 'logger' | 'logController' | 'genReqId' | 'requestIdHeader'> {
  return {
    logger: level === 'silent' ? false : { level },
    logController: new SafeLogController(),
    // Our own ids: an incoming header is client input and would end up in every log line.
    requestIdHeader: false,
    genReqId: () => randomUUID(),
  };
}
