// The two dossier operations for main/service.ts to register: the service parses the input with
// shared/dossierContract.ts first and queues the call, so these run alone on the open vault.
import type { z } from 'zod';
import type { dossierMethods } from '../../shared/dossierContract';
import { X509Certificate } from 'node:crypto';
import { ensureSigningIdentity } from '../vault/signing';
import type { Db } from '../vault/sqlite';
import { exportDossier } from './export';
import { verifyDossier } from './verify';

type Methods = typeof dossierMethods;
type Handler<M extends keyof Methods> = (input: z.output<Methods[M]['input']>) => Promise<z.input<Methods[M]['output']>>;

/** `guardTarget` refuses an output path the open vault is using (the service passes its guard). */
export function dossierHandlers(getDb: () => Db, now: () => Date, guardTarget: (path: string) => Promise<void> = async () => undefined): { [M in keyof Methods]: Handler<M> } {
  return {
    // getDb() throws VAULT_LOCKED when no vault is open; verify needs no vault at all.
    'dossier.export': async ({ options, path, force }) => {
      const db = getDb();
      await guardTarget(path);
      return exportDossier(db, { options, path, force }, now);
    },
    'dossier.verify': async ({ path, expectCertificate }) => verifyDossier(path, { expectCertificate }),
    'dossier.certificate': async () => {
      const identity = await ensureSigningIdentity(getDb(), now);
      const subject = new X509Certificate(identity.certificatePem).subject;
      return { certificateFingerprint: identity.fingerprintSha256, signer: /CN=([^\n]+)/.exec(subject)?.[1] ?? subject };
    },
  };
}
