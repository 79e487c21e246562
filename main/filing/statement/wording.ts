// The words of the draft statement, per language, and the law they follow. Checked against the
// current texts (November 2026) before they were written here:
// - Russia: art. 318 UPK RF, part 5 — the statement must give (1) the court, (2) the event with
//   place, time and circumstances, (3) the request to accept the case, (3.1) the applicant's details
//   and identity document, (4) the accused's details, (5) the witnesses to be summoned, (6) her
//   signature; part 6 — it is filed with copies for each accused, and she is warned of liability for
//   a knowingly false accusation under art. 306 UK RF (certified by her signature). Art. 20 part 2
//   UPK RF lists the private-prosecution offences (art. 115 part 1, 116.1, 128.1 part 1 UK RF);
//   such cases go to a justice of the peace (art. 31 UPK RF).
// - Belarus: art. 426 part 1 UPK RB — a private-prosecution case starts with her statement to the
//   district (city) court about an offence listed in art. 26 parts 2 and 3 UPK RB; the statement
//   follows the same structure; a knowingly false accusation is art. 400 UK RB.
// Where the law needs what only she knows (passport, the court's name), the draft leaves a blank
// with a one-line explanation: nothing is ever invented.
import type { Jurisdiction, StatementLanguage } from '../../../shared/filingContract';
import { be } from './wordingBe';
import { ru } from './wordingRu';

export interface LawWording {
  /** "статья 318 Уголовно-процессуального кодекса Российской Федерации" */
  procedureArticle: string;
  /** "статьями 20, 318 УПК РФ" (the request's legal basis) */
  requestBasis: string;
  /** The hint beside the blank for the offence's article. */
  offenceHint: string;
  /** The acknowledgement of liability for a false accusation (art. 306 UK RF / art. 400 UK RB). */
  falseAccusation: string;
  courtHint: string;
  request: string;
  /** The cover page's "where to file" and "how many copies". */
  whereToFile: string;
  copies: string;
  copyForAccused: string;
  /** "Обращение в милицию:" in Belarus, "в полицию" in Russia: the name of the body she went to. */
  police: string;
}

export interface Wording {
  cover: { title: string; notFiled: string; intro: string; blanks: string; attach: string; accusedGetsCopy: string; sign: string; lawyer: string };
  to: string;
  applicant: string;
  applicantNameHint: string;
  birthLabel: string;
  birthHint: string;
  addressLabel: string;
  applicantAddressHint: string;
  identityLabel: string;
  identityHint: string;
  phoneLabel: string;
  phoneHint: string;
  accusedLabel: string;
  accusedNameHint: string;
  accusedAddressHint: string;
  accusedMoreLabel: string;
  accusedMoreHint: string;
  title: string;
  subtitle: string;
  /** Names the accused without declining the name (a wrong case is worse than none). */
  opening: (accused: string) => string;
  at: (time: string) => string;
  about: (time: string) => string;
  until: (date: string) => string;
  /** The zone as the dossier names it, a place and its offset ("Минск, UTC+03:00"), never the
   *  machine's "Europe/Minsk", which a court does not read. */
  localTime: (place: string, offset: string) => string;
  /** The language the places are named in. */
  language: StatementLanguage;
  placeLabel: string;
  placeHint: string;
  exhibit: (number: number) => string;
  injuries: string;
  medical: string;
  childrenPresent: string;
  qualification: () => string;
  therefore: (basis: string) => string;
  iAsk: string;
  witnessesHeading: string;
  noWitnesses: string;
  witnessContactHint: string;
  attachmentsHeading: string;
  dossierAttachment: (numbers: string) => string;
  entryAttachment: (number: number, title: string) => string;
  files: string;
  signatureHint: string;
  dateLabel: string;
  signatureLabel: string;
  nameHint: string;
  /** Only the laws this language is filed under: a Russian court takes Russian only. */
  law: Partial<Record<Jurisdiction, LawWording>>;
}

export const WORDING: Record<StatementLanguage, Wording> = { ru, be };
