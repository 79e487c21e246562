// `dossier statement` / "Prepare a statement to the court": gather the chosen entries, word them
// for the court's law, lay them out in Word, and put the file in place without ever replacing an
// existing one unless asked (the same atomic, no-clobber writer as the dossier).
import { DossierError } from '../../../shared/errors';
import type { StatementRequest, StatementResult } from '../../../shared/filingContract';
import { AtomicOutput, writeError } from '../../dossier/write';
import type { Db } from '../../vault/sqlite';
import { statementDocx } from './docx';
import { gatherFacts } from './facts';
import { countBlanks, statementBlocks } from './model';
import { WORDING } from './wording';

export async function writeStatement(db: Db, request: StatementRequest): Promise<StatementResult> {
  const wording = WORDING[request.language];
  const law = wording.law[request.jurisdiction];
  if (!law) throw new DossierError('INVALID_INPUT', { field: 'lang', reason: 'a statement to a Russian court is written in Russian: use --lang ru' });
  const facts = await gatherFacts(db, request.entryIds, request.accusedId);
  const blocks = statementBlocks(facts, wording, law, request.court);
  const bytes = await statementDocx(blocks, request.language);
  const output = await AtomicOutput.open(request.path, request.force);
  try {
    output.write(bytes);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw writeError(error);
  }
  return {
    path: request.path,
    bytes: bytes.length,
    exhibits: facts.events.map((e) => e.entry.number),
    witnesses: facts.witnesses.length,
    blanks: countBlanks(blocks),
  };
}
