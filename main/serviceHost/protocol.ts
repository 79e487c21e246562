// The message protocol between whoever owns the window (Electron's main process, the browser
// harness) and the service process that holds the vault. Both sides parse what they receive: the
// service process trusts nothing it is sent, and the window side trusts nothing sent back.
import { z } from 'zod';
import { ERROR_CODES } from '../../shared/errors';

export const ServiceRequest = z.object({ id: z.number().int().min(0), method: z.string().min(1).max(200), input: z.unknown() }).strict();
export type ServiceRequest = z.infer<typeof ServiceRequest>;

const ErrorPayload = z.object({
  code: z.enum(ERROR_CODES),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const ServiceReply = z.discriminatedUnion('ok', [
  z.object({ id: z.number().int(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: ErrorPayload }),
]);
export type ServiceReply = z.infer<typeof ServiceReply>;

/** Sent once by the service process when it is ready for requests. */
export const READY = 'dossier-service-ready';
