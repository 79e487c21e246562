// `dossier statement`: the draft private-prosecution statement (.docx) from chosen entries.
import { DossierError } from '../../shared/errors';
import { Jurisdiction, StatementLanguage, type StatementResult } from '../../shared/filingContract';
import { EXIT, jsonOption, print, requireString, vaultOption, withVault, type Command, type Values } from './command';

const list = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);

function choice<T extends string>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, value: unknown, field: string, reason: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new DossierError('INVALID_INPUT', { field, reason });
  return parsed.data;
}

export function statementLines(result: StatementResult): string {
  return [
    `Wrote ${result.path} (${result.bytes} bytes): a draft to check and complete, not yet a filing.`,
    `  Entries described: № ${result.exhibits.join(', ')}; witnesses: ${result.witnesses}; blanks to fill in: ${result.blanks}.`,
    '  Read its first page: where to file, how many copies, what to attach.',
  ].join('\n');
}

const STATEMENT_USAGE = `dossier statement --vault PATH --jurisdiction by|ru --out FILE.docx --entry ID [--entry ID]... [options]
  --jurisdiction by|ru      Belarus (art. 426 UPK RB) or Russia (art. 318 UPK RF)
  --entry ID                an entry to describe (from \`dossier list\`); repeat for several
  --accused PERSON_ID       who the statement is against, when the entries name several (\`dossier people\`)
  --court TEXT              the court's name, if you know it (otherwise a blank to fill in)
  --lang ru|be              language of the statement (default ru; a Russian court takes Russian only)
  --force                   replace FILE.docx if it exists
  --json                    print the result as JSON
  The draft leaves marked blanks for what only you know (passport details, the court). Its first
  page says where to file it, how many copies and what to attach.`;

export const filingCommands: Record<string, Command> = {
  statement: {
    summary: 'draft a private-prosecution statement to the court (.docx) from chosen entries',
    usage: STATEMENT_USAGE,
    options: { ...vaultOption, ...jsonOption, jurisdiction: { type: 'string' }, out: { type: 'string' }, entry: { type: 'string', multiple: true }, accused: { type: 'string' }, court: { type: 'string' }, lang: { type: 'string' }, force: { type: 'boolean' } },
    async run(values: Values, _p, out) {
      const jurisdiction = choice(Jurisdiction, values.jurisdiction, 'jurisdiction', '--jurisdiction is by or ru');
      const language = choice(StatementLanguage, values.lang ?? 'ru', 'lang', '--lang is ru or be');
      const path = requireString(values, 'out');
      const entryIds = list(values.entry);
      if (entryIds.length === 0) throw new DossierError('NO_ENTRIES_CHOSEN', { field: 'entry', reason: 'choose at least one entry with --entry' });
      return withVault(values, async (service) => {
        const result = await service['statement.write']({
          jurisdiction,
          language,
          entryIds,
          path,
          force: values.force === true,
          ...(typeof values.accused === 'string' ? { accusedId: values.accused } : {}),
          ...(typeof values.court === 'string' && values.court.trim() ? { court: values.court } : {}),
        });
        print(out, values, result, () => statementLines(result));
        return EXIT.ok;
      });
    },
  },
};
