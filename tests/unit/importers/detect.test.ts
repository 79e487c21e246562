// Format detection and the parseExport entry point, over every real fixture and synthetic files.
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { detectFormat, parseExport } from '../../../main/importers/index';
import { allFixtures, fixture, haveFixtures, importErrorOf, utf8 } from './helpers';

/** What each real fixture is, and what importing it gives. A new fixture must be added here. */
const EXPECTED: Record<string, { format: string; messages?: number; error?: string }> = {
  'sms-backup-restore/dv_sms_and_mms_rcs.xml': { format: 'sms-xml', error: 'IMPORT_MALFORMED' }, // truncated upstream
  'sms-backup-restore/dv_sms_small.xml': { format: 'sms-xml', messages: 12 },
  'sms-backup-restore/sr_edge_cases.xml': { format: 'sms-xml', messages: 4 },
  'sms-backup-restore/sr_minimal_calls.xml': { format: 'sms-xml', messages: 1 },
  'sms-backup-restore/sr_minimal_mms.xml': { format: 'sms-xml', messages: 1 },
  'telegram/cm_full_account_export_chats_list.json': { format: 'telegram', messages: 2 },
  'telegram/cm_single_chat_text_entities.json': { format: 'telegram', messages: 2 },
  'telegram/lc_old_format_numeric_from_id.json': { format: 'telegram', messages: 3 },
  'telegram/lc_personal_chat_messages.html': { format: 'telegram-html', messages: 5 }, // 4 and a date heading
  'telegram/lc_personal_chat_result.json': { format: 'telegram', messages: 4 },
  'whatsapp/cm_android_ddmmyy_24h.txt': { format: 'whatsapp', messages: 9 },
  'whatsapp/cm_android_mmddyyyy_12h_es_ampm.txt': { format: 'whatsapp', messages: 9 },
  'whatsapp/cm_android_yyyymmdd_24h.txt': { format: 'whatsapp', messages: 9 },
  'whatsapp/cm_ios_bracket_mmddyy_24h.txt': { format: 'whatsapp', messages: 9 },
  'whatsapp/lc_ios_en_12h_lrm.txt': { format: 'whatsapp', messages: 12 },
  'whatsapp/lc_mixed_formats_nnbsp.txt': { format: 'whatsapp', messages: 9 },
  'whatsapp/pustur_android_ddmmyyyy_24h_short.txt': { format: 'whatsapp', messages: 5 },
  'whatsapp/pustur_ios_dotted_lrm_crlf_old__chat.txt': { format: 'whatsapp', messages: 100 },
  'whatsapp/pustur_ios_dotted_with_media__chat.txt': { format: 'whatsapp', messages: 52 },
};

describe.skipIf(!haveFixtures)('every real export fixture', () => {
  it('has an expectation here', () => {
    expect(allFixtures()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (path, expected) => {
    const bytes = fixture(path);
    const name = path.split('/')[1] ?? path;
    if (expected.format === 'html') {
      expect(importErrorOf(() => detectFormat(name, bytes)).details).toEqual({ reason: 'html' });
    } else {
      expect(detectFormat(name, bytes)).toBe(expected.format);
      // Renamed files are recognised by content, not by name.
      expect(detectFormat('export.dat', bytes)).toBe(expected.format);
    }
    if (expected.error) {
      expect(importErrorOf(() => parseExport('auto', name, bytes)).code).toBe(expected.error);
    } else {
      const parsed = parseExport('auto', name, bytes, { zone: 'UTC' });
      expect(parsed.dateOrderCertain).toBe(true);
      expect(parsed.format).toBe(expected.format);
      expect(parsed.messages).toHaveLength(expected.messages ?? -1);
      // With a zone given, every message has a UTC instant ending in Z (Telegram's HTML date
      // headings are system lines with no time: never imported).
      expect(parsed.messages.every((m) => (m.sentAt !== null && m.sentAt.endsWith('Z')) || (parsed.format === 'telegram-html' && m.isSystem))).toBe(true);
    }
  });
});

describe('detectFormat on synthetic files', () => {
  it.each([
    ['chat.zip', zipSync({ '_chat.txt': utf8('[20.01.19, 11:23:45] A: x') }), 'whatsapp'],
    ['a.txt', utf8('\uFEFF20/01/2019, 11:23 - A: x'), 'whatsapp'],
    ['a.txt', utf8('[20.01.19, 11:23:45] A: x'), 'whatsapp'], // "[" is WhatsApp iOS, not JSON
    ['result.json', utf8('  \n{"messages": []}'), 'telegram'],
    ['backup.xml', utf8('<?xml version="1.0"?>\n<smses count="0"></smses>'), 'sms-xml'],
    ['calls.xml', utf8('<?xml version="1.0"?><calls count="0"/>'), 'sms-xml'],
    ['m.csv', utf8('sent_at;sender;recipient;direction;channel;text\n'), 'csv'],
    ['broken.json', utf8('not json at all'), 'telegram'], // the name decides; the parser then reports MALFORMED
    ['other.xml', utf8('<?xml version="1.0"?><rss/>'), 'sms-xml'],
  ])('%s', (name, bytes, format) => {
    expect(detectFormat(name, bytes)).toBe(format);
  });

  it('a random web page or JSON file is IMPORT_UNRECOGNISED', () => {
    const page = utf8('<!DOCTYPE html>\n<html><head><title>News</title></head><body><div class="message">Hi</div></body></html>');
    expect(importErrorOf(() => parseExport('auto', 'index.html', page)).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseExport('auto', 'package.json', utf8('{"name": "x", "version": "1.0.0", "participants": 3}'))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => parseExport('auto', 'data.json', utf8('[1, 2, 3]'))).code).toBe('IMPORT_UNRECOGNISED');
  });

  it('unknown content is IMPORT_UNRECOGNISED', () => {
    expect(importErrorOf(() => detectFormat('notes.txt', utf8('Dear diary'))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => detectFormat('x.bin', new Uint8Array([0, 1, 2, 3]))).code).toBe('IMPORT_UNRECOGNISED');
    expect(importErrorOf(() => detectFormat('empty', new Uint8Array())).code).toBe('IMPORT_UNRECOGNISED');
  });

  it('parseExport with an explicit format skips detection', () => {
    const p = parseExport('csv', 'whatever.txt', utf8('sent_at,sender,text\n2024-01-01T00:00:00Z,A,x\n'));
    expect(p.messages).toHaveLength(1);
    expect(importErrorOf(() => parseExport('csv', 'chat.txt', utf8('20/01/2019, 11:23 - A: x'))).code).toBe('IMPORT_UNRECOGNISED');
  });
});
