// Figures for the exports of many files (issue 14): parsing 20,000 messages of a Telegram Desktop
// HTML export (20 pages of 1,000, as Telegram writes them) and of a VK archive (400 pages of 50,
// windows-1251), each from its zip, against our WhatsApp parser on the same number of messages in
// the same run. HTML is a heavier format than a text line per message; the goal is that reading it
// stays within 8× of the plain-text chat.
import { parseExport } from '../../main/importers/index';
import { parseWhatsApp } from '../../main/importers/whatsapp';
import { telegramExport, vkConversation, zipTree } from '../unit/importers/synthetic';
import { median, time, versusPeer, type Figure } from './figures';
import { generatedExport } from './imports';

const MESSAGES = 20_000;

export async function benchExports(emit: (figure: Figure) => void): Promise<Figure[]> {
  const telegram = zipTree(telegramExport(MESSAGES / 1000, 1000).tree);
  // 97 s apart, like the WhatsApp export it is compared with (the time zone work depends on the spacing).
  const vk = zipTree(vkConversation(42, 'Виктор', MESSAGES, 97_000));
  const whatsapp = Buffer.from(generatedExport(MESSAGES), 'utf8');
  const runs = { telegram: [] as number[], vk: [] as number[], whatsapp: [] as number[] };
  for (let run = 0; run < 3; run += 1) {
    const tg = await time(() => parseExport('auto', 'ChatExport.zip', telegram, { zone: 'Europe/Minsk' }));
    if (tg.result.messages.filter((m) => !m.isSystem).length !== MESSAGES) throw new Error('telegram html: wrong count');
    runs.telegram.push(tg.ms);
    const v = await time(() => parseExport('auto', 'Archive.zip', vk, { zone: 'Europe/Minsk' }));
    if (v.result.messages.length !== MESSAGES) throw new Error('vk: wrong count');
    runs.vk.push(v.ms);
    runs.whatsapp.push((await time(() => parseWhatsApp(whatsapp, { zone: 'Europe/Minsk' }))).ms);
  }
  const peer = median(runs.whatsapp);
  const figures = [
    versusPeer('telegram_html_parse_20k_ms', median(runs.telegram), 'our WhatsApp parser, same count', peer, 8, { unit: 'ms', runs: 3, pages: MESSAGES / 1000 }),
    versusPeer('vk_parse_20k_ms', median(runs.vk), 'our WhatsApp parser, same count', peer, 8, { unit: 'ms', runs: 3, pages: MESSAGES / 50 }),
  ];
  figures.forEach(emit);
  return figures;
}
