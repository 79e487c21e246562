// The pieces every API table (contract, dossierMethods, appMethods) is built from, so the three
// tables declare methods, paths and "no input" the same way and type their APIs the same way.
import { z } from 'zod';

export const Nothing = z.object({}).strict();
export const Path = z.string().min(1).max(4096);
export const Passphrase = z.string().min(1).max(1024);

export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

type MethodTable = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** The promise-returning API an adapter exposes for a table of methods. */
export type ApiOf<T extends MethodTable> = { [M in keyof T]: (input: z.input<T[M]['input']>) => Promise<z.output<T[M]['output']>> };
