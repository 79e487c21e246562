// The filing operations (shared/filingContract.ts) for main/service.ts to register: the service
// parses the input first and queues the call, so these run alone on the open vault.
import type { z } from 'zod';
import type { filingMethods } from '../../shared/filingContract';
import type { Db } from '../vault/sqlite';
import { addImportantDate, datedItems } from '../vault/dates';
import { writeStatement } from './statement/write';
import { writeHandover } from '../handover/seal';

type Methods = typeof filingMethods;
type Handler<M extends keyof Methods> = (input: z.output<Methods[M]['input']>) => Promise<z.input<Methods[M]['output']>>;

export function filingHandlers(getDb: () => Db, now: () => Date, guardTarget: (path: string) => Promise<void>): { [M in keyof Methods]: Handler<M> } {
  return {
    'statement.write': async (request) => {
      const db = getDb();
      await guardTarget(request.path);
      return writeStatement(db, request);
    },
    'dates.add': async ({ draft }) => addImportantDate(getDb(), draft, now().toISOString()),
    'dates.list': async () => datedItems(getDb(), now()),
    'handover.write': async (request) => {
      const db = getDb();
      await guardTarget(request.path);
      return writeHandover(db, request, now);
    },
  };
}
