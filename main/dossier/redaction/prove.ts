// The proof of a redaction: the finished file, read back as its receiver could read it, holds
// none of the forms that were to be removed, and neither does its file name. Otherwise nothing is
// written (REDACTION_INCOMPLETE) instead of a copy that says it is redacted and is not.
import { basename } from 'node:path';
import type { RandomAccessFile } from '../randomAccess';
import { DossierError } from '../../../shared/errors';
import type { Redactor } from '../redact';
import { readBack } from './readBack';

export async function proveRedaction(redactor: Redactor, file: RandomAccessFile, size: number, target: string): Promise<void> {
  if (redactor.matcher.empty) return;
  const fail = (where: string) => new DossierError('REDACTION_INCOMPLETE', { where });
  if (redactor.matcher.finds(basename(target))) throw fail('file name');
  for (const part of await readBack(file, size)) if (redactor.matcher.finds(part.text)) throw fail(part.where);
}
