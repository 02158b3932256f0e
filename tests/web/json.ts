/** A JSON answer parsed with its response contract (src/web/api-schemas.ts): typed, and checked on the way. */
import type { z } from 'zod';

export function body<S extends z.ZodType>(schema: S, res: { body: unknown }): z.output<S> {
  return schema.parse(res.body);
}
