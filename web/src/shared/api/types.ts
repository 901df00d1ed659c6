// Types of API answers and request bodies, taken from the generated contract (schema.gen.ts):
// the web never writes an API shape by hand.
import type { paths } from './schema.gen.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type Ok<R> = R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : never;

/** The JSON a route answers with on success (200, or 201 for a create). */
export type ApiResponse<P extends keyof paths, M extends Method & keyof paths[P]> = paths[P][M] extends { responses: infer R } ? Ok<R> : never;

/** The JSON body a route takes. */
export type ApiBody<P extends keyof paths, M extends Method & keyof paths[P]> =
  paths[P][M] extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** The element type of a list answer's `items`. */
export type ItemOf<T> = T extends { items: readonly (infer I)[] } ? I : never;
