// What a WhatsApp message body *means*: media placeholder, deleted message, call, system notice.
// WhatsApp writes these as localised plain text in the body; the tables below are the phrases
// seen in real exports (English, Spanish, Russian, German) and are meant to be extended.
// All matching runs on normalise()d text (the iOS LRM before "image omitted" already removed).
// Belarusian and Ukrainian, locations, contact cards and the app's notices: whatsappNotices.ts.
import { isSlavicDeleted, isSlavicMedia, noticeReason } from './whatsappNotices';

/** Android "without media" exports replace each attachment with a whole-body placeholder. */
const MEDIA_WHOLE = new RegExp(
  '^<(?:' +
    [
      'Media omitted', // en
      'Без медиафайлов', // ru
      'Медиа отсутствуют', // ru (older)
      'Medien ausgeschlossen', // de
      'Multimedia omitido', // es
      'Archivo omitido', // es
      'Mídia oculta', // pt-BR
      'Médias omis', // fr
      'Media weggelaten', // nl
    ].join('|') +
    ')>$',
  'iu',
);

/** iOS "without media": "<kind> omitted" at the end (documents: "name.pdf • 3 pages document omitted"). */
const MEDIA_SUFFIX = new RegExp(
  '(?:^|\\s)(?:' +
    [
      '(?:image|video|audio|sticker|GIF|document|Contact card) omitted', // en
      '(?:imagen|audio|video|sticker|GIF|documento) omitid[oa]', // es
      '(?:Bild|Video|Audio|Sticker|GIF|Dokument) weggelassen', // de
    ].join('|') +
    ')$',
  'iu',
);

/**
 * The last letters of the MEDIA_SUFFIX phrases (omitted, omitido/omitida, weggelassen), with the
 * same flags: isMedia tries MEDIA_SUFFIX only on bodies ending in one of them, because that
 * pattern scans the whole body. Add the last letter of any phrase added above.
 */
const MEDIA_SUFFIX_LAST = /^[doan]$/iu;
/** MEDIA_SUFFIX_LAST per UTF-16 code unit, filled in as bodies end in them: 0 not yet known, 1 no, 2 yes. */
const suffixLast = new Uint8Array(0x10000);

function mayHaveMediaSuffix(text: string): boolean {
  if (text.length === 0) return false;
  const unit = text.charCodeAt(text.length - 1);
  let known = suffixLast[unit];
  if (!known) {
    known = MEDIA_SUFFIX_LAST.test(String.fromCharCode(unit)) ? 2 : 1;
    suffixLast[unit] = known;
  }
  return known === 2;
}

/** "With media" exports: iOS "<attached: 00000001-PHOTO-….jpg>", Android "IMG-….jpg (file attached)". */
const MEDIA_ATTACHED = /<attached: [^>\n]+>|\((?:file attached|archivo adjunto|Datei angehängt|файл добавлен|файл прикреплён)\)/iu;

/**
 * Each pattern is tried only where it can match (most bodies are plain text, and the last two
 * scan the whole body): MEDIA_WHOLE starts with "<", MEDIA_SUFFIX ends in MEDIA_SUFFIX_LAST,
 * MEDIA_ATTACHED needs a "<" or a "(".
 */
export function isMedia(body: string): boolean {
  const text = body.trim();
  return (
    (text.charCodeAt(0) === 0x3c && MEDIA_WHOLE.test(text)) ||
    (mayHaveMediaSuffix(text) && MEDIA_SUFFIX.test(text)) ||
    ((text.includes('<') || text.includes('(')) && MEDIA_ATTACHED.test(text)) ||
    isSlavicMedia(text)
  );
}

const DELETED = new RegExp(
  '^(?:' +
    [
      'This message was deleted',
      'You deleted this message',
      'Это сообщение удалено',
      'Данное сообщение удалено',
      'Вы удалили это сообщение',
      'Se eliminó este mensaje',
      'Eliminaste este mensaje',
      'Diese Nachricht wurde gelöscht',
      'Du hast diese Nachricht gelöscht',
    ].join('|') +
    ')\\.?$',
  'iu',
);

export function isDeleted(body: string): boolean {
  return DELETED.test(body.trim()) || isSlavicDeleted(body);
}

/** iOS writes calls as bodies: "Missed voice call", "Voice call, 12 min", "Video call, No answer". */
const CALL_PHRASES: readonly { phrase: string; missed: boolean }[] = [
  { phrase: 'Missed voice call', missed: true },
  { phrase: 'Missed video call', missed: true },
  { phrase: 'Missed group voice call', missed: true },
  { phrase: 'Missed group video call', missed: true },
  { phrase: 'Voice call', missed: false },
  { phrase: 'Video call', missed: false },
  { phrase: 'Group voice call', missed: false },
  { phrase: 'Group video call', missed: false },
  { phrase: 'Пропущенный аудиозвонок', missed: true },
  { phrase: 'Пропущенный видеозвонок', missed: true },
  { phrase: 'Пропущенный звонок', missed: true },
  { phrase: 'Аудиозвонок', missed: false },
  { phrase: 'Видеозвонок', missed: false },
  { phrase: 'Прапушчаны аўдыязванок', missed: true },
  { phrase: 'Прапушчаны відэазванок', missed: true },
  { phrase: 'Прапушчаны званок', missed: true },
  { phrase: 'Аўдыязванок', missed: false },
  { phrase: 'Відэазванок', missed: false },
  { phrase: 'Пропущений аудіодзвінок', missed: true },
  { phrase: 'Пропущений відеодзвінок', missed: true },
  { phrase: 'Пропущений дзвінок', missed: true },
  { phrase: 'Аудіодзвінок', missed: false },
  { phrase: 'Відеодзвінок', missed: false },
  { phrase: 'Llamada de voz perdida', missed: true },
  { phrase: 'Videollamada perdida', missed: true },
  { phrase: 'Llamada perdida', missed: true },
  { phrase: 'Llamada de voz', missed: false },
  { phrase: 'Videollamada', missed: false },
];
const NO_ANSWER = /(?:No answer|Нет ответа|Няма адказу|Немає відповіді|Sin respuesta|Keine Antwort)/iu;
// "12 min", "1 hr 5 min", "45 sec", "3 мин", "1 ч", "00:45" (seconds or minutes:seconds).
const DURATION_PART = /(\d+)\s*(hr|h|ч|гадз|год|min|мин|хв|sec|s|сек|с|seg)(?!\p{L})\.?/giu;
const CLOCK = /\b(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\b/u;

export interface CallInfo {
  callStatus: 'missed' | 'answered' | 'unanswered';
  callSeconds: number | null;
}

/** One pass to rule out the 99.9 % of bodies that are not calls before the per-phrase loop. */
const ANY_CALL = new RegExp(`^(?:${CALL_PHRASES.map((c) => c.phrase).join('|')})`, 'iu');

export function parseCall(body: string): CallInfo | null {
  const text = body.trim();
  if (!ANY_CALL.test(text)) return null;
  for (const { phrase, missed } of CALL_PHRASES) {
    if (text.length < phrase.length || text.slice(0, phrase.length).toLowerCase() !== phrase.toLowerCase()) continue;
    const rest = text.slice(phrase.length);
    // The phrase must be the whole body or be followed by a separator, so "Voice call me later" is text.
    if (rest !== '' && !/^\s*[,.•·]/u.test(rest)) continue;
    const status: CallInfo['callStatus'] = missed ? 'missed' : NO_ANSWER.test(rest) ? 'unanswered' : 'answered';
    return { callStatus: status, callSeconds: durationOf(rest) };
  }
  return null;
}

function durationOf(rest: string): number | null {
  let seconds = 0;
  let found = false;
  for (const m of rest.matchAll(DURATION_PART)) {
    const n = Number(m[1]);
    const unit = (m[2] ?? '').toLowerCase();
    found = true;
    if (unit === 'hr' || unit === 'h' || unit === 'ч' || unit === 'гадз' || unit === 'год') seconds += n * 3600;
    else if (unit === 'min' || unit === 'мин' || unit === 'хв') seconds += n * 60;
    else seconds += n;
  }
  if (found) return seconds;
  const clock = CLOCK.exec(rest);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return null;
}

/** The first line of a chat: WhatsApp's end-to-end encryption notice, in several languages. */
export function isEncryptionNotice(body: string): boolean {
  return noticeReason(body) === 'encryption notice';
}
