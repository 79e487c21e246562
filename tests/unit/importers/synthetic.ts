// Synthetic multi-file exports, built the way each app writes them (there is no real VK,
// Instagram or Signal sample, and the real Telegram HTML sample is one page): the tests below
// know exactly what went in, so they can check what comes out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';

export type Tree = Record<string, Uint8Array | string>;

export const bytesOf = (data: Uint8Array | string): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

export function writeTree(root: string, tree: Tree): string {
  for (const [name, data] of Object.entries(tree)) {
    const path = join(root, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytesOf(data));
  }
  return root;
}

export function zipTree(tree: Tree): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(tree).map(([name, data]) => [name, bytesOf(data)])));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---- Telegram Desktop HTML ----

export interface TgMessage {
  id: number;
  from?: string; // absent: a joined message (same sender as above)
  title?: string; // the div.date title, e.g. "23.03.2022 14:01:02 UTC+03:00"
  text?: string; // may hold \n (written as <br>)
  service?: string;
  photo?: string; // photos/… link
  forwardedFrom?: string;
}

export function telegramPage(chatName: string, messages: TgMessage[], next?: string): string {
  const body = messages
    .map((m) => {
      if (m.service !== undefined) return `<div class="message service" id="message-${m.id}">\n <div class="body details">\n${esc(m.service)}\n </div>\n</div>`;
      const joined = m.from === undefined ? ' joined' : '';
      const from = m.from === undefined ? '' : `<div class="from_name">\n${esc(m.from)}\n</div>\n`;
      const text = m.text === undefined ? '' : `<div class="text">\n${m.text.split('\n').map(esc).join('<br>')}\n</div>\n`;
      const photo = m.photo ? `<div class="media_wrap clearfix">\n<a class="photo_wrap clearfix pull_left" href="${esc(m.photo)}"><img class="photo" src="${esc(m.photo)}_thumb.jpg"/></a>\n</div>\n` : '';
      const fwd = m.forwardedFrom ? `<div class="forwarded body">\n<div class="from_name">\n${esc(m.forwardedFrom)}<span class="date details" title="01.01.2022 10:00:00"> 01.01.2022 10:00:00</span>\n</div>\n${text}</div>\n` : '';
      return `<div class="message default clearfix${joined}" id="message${m.id}">\n<div class="body">\n<div class="pull_right date details" title="${esc(m.title ?? '')}">\n12:00\n</div>\n${from}${fwd || text}${photo}</div>\n</div>`;
    })
    .join('\n');
  const pager = next ? `<a class="pagination block_link" href="${next}">\nNext messages\n</a>` : '';
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<title>Exported Data</title>
<link href="css/style.css" rel="stylesheet"/>
</head>
<body onload="CheckLocation();">
<div class="page_wrap">
<div class="page_header">
<div class="content">
<div class="text bold">
${esc(chatName)}
</div>
</div>
</div>
<div class="page_body chat_page">
<div class="history">
${body}
${pager}
</div>
</div>
</div>
</body>
</html>
`;
}

/** A chat over `pages` pages of `perPage` messages, Виктор and Анна alternating in runs of three
 *  (the 2nd and 3rd of each run "joined"), one minute apart from 23.03.2022 14:00 UTC+03:00. */
export function telegramExport(pages: number, perPage: number, folder = ''): { tree: Tree; total: number } {
  const tree: Tree = {};
  let id = 1;
  for (let p = 1; p <= pages; p += 1) {
    const messages: TgMessage[] = p === 1 ? [{ id: -1, service: '23 March 2022' }] : [];
    for (let i = 0; i < perPage; i += 1, id += 1) {
      const n = id - 1;
      const minute = 14 * 60 + n;
      const title = `23.03.2022 ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00 UTC+03:00`;
      const run = Math.floor(n / 3);
      messages.push({ id, title, text: `Сообщение ${n}\nвторая строка`, ...(n % 3 === 0 ? { from: run % 2 === 0 ? 'Виктор' : 'Анна' } : {}) });
    }
    const name = p === 1 ? 'messages.html' : `messages${p}.html`;
    tree[`${folder}${name}`] = telegramPage('Виктор', messages, p < pages ? `messages${p + 1}.html` : undefined);
  }
  tree[`${folder}css/style.css`] = 'body{}';
  return { tree, total: pages * perPage };
}

// ---- VK archive (windows-1251) ----

const CP1251 = (() => {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0; b < 256; b += 1) table.set(decoder.decode(new Uint8Array([b])), b);
  return table;
})();

/** Text → windows-1251 bytes (the archive's encoding); a character it lacks becomes "?". */
export function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => CP1251.get(c) ?? 0x3f));
}

export interface VkMessage {
  id: number;
  from: string | 'Вы';
  fromId?: number;
  date: string; // "23 окт 2012 в 21:33:32"
  text: string;
  attachment?: { what: string; link: string };
}

export function vkPage(peerName: string, messages: VkMessage[]): Uint8Array {
  const items = messages
    .map((m) => {
      const who = m.from === 'Вы' ? 'Вы' : `<a href="https://vk.com/id${m.fromId ?? 1}">${esc(m.from)}</a>`;
      const att = m.attachment
        ? `<div class="kludges"><div class="attachment">\n  <div class="attachment__description">${esc(m.attachment.what)}</div>\n  <a class="attachment__link" href="${esc(m.attachment.link)}">${esc(m.attachment.link)}</a>\n</div></div>`
        : '';
      return `<div class="item">\n  <div class="item__main"><div class="message" data-id="${m.id}">\n  <div class="message__header">${who}, ${m.date}</div>\n  <div>${m.text.split('\n').map(esc).join('<br>')}${att}</div>\n</div></div>\n</div>`;
    })
    .join('\n');
  return cp1251(`<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>${esc(peerName)}</title>
</head>
<body>
<div class="wrap">
<div class="page_content">
<div class="page_block">
<div class="page_block_header clear_fix"><div class="page_block_header_inner _header_inner"><a class="ui_crumb" href="../../index.html">Главная</a><div class="ui_crumb_sep"></div><a class="ui_crumb" href="../index-messages.html">Сообщения</a><div class="ui_crumb_sep"></div><div class="ui_crumb">${esc(peerName)}</div></div></div>
<div class="wrap_page_content">
${items}
</div>
</div>
</div>
</div>
</body>
</html>
`);
}

const MONTHS = ['янв', 'фев', 'мар', 'апр', 'мая', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** A conversation with `count` messages (him and "Вы" alternating, one hour (`stepMs`) apart from
 *  2012-10-23 21:33:32 wall time), 50 a page, newest first as VK writes it. */
export function vkConversation(peerId: number, name: string, count: number, stepMs = 3_600_000): Tree {
  const all: VkMessage[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = new Date(Date.UTC(2012, 9, 23, 21, 33, 32) + i * stepMs);
    const date = `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} в ${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, '0')}:${String(t.getUTCSeconds()).padStart(2, '0')}`;
    all.push({
      id: 1000 + i,
      from: i % 2 === 0 ? name : 'Вы',
      fromId: peerId,
      date,
      text: `Где ты ${i}?\nОтветь`,
      ...(i === 2 ? { attachment: { what: 'Фотография', link: 'https://sun9-1.userapi.com/photo.jpg' } } : {}),
    });
  }
  const newestFirst = [...all].reverse();
  const tree: Tree = {};
  for (let offset = 0; offset < count; offset += 50) tree[`messages/${peerId}/messages${offset}.html`] = vkPage(name, newestFirst.slice(offset, offset + 50));
  return tree;
}

export function vkIndex(peers: [number, string][]): Uint8Array {
  return cp1251(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${peers
    .map(([id, name]) => `<div class="item"><div class="message-peer--id"><a href="${id}/messages0.html">${esc(name)}</a></div></div>`)
    .join('\n')}</body></html>`);
}

// ---- Instagram / Facebook JSON ----

/** What Meta writes: every non-ASCII character as the \u00XX escapes of its UTF-8 bytes. */
export function metaJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^\x00-\x7f]/g, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `\\u00${b.toString(16).padStart(2, '0')}`).join(''),
  );
}

export function instagramThread(folder: string, title: string, messages: Record<string, unknown>[], perFile: number): Tree {
  // Newest first, message_1.json the newest.
  const newestFirst = [...messages].sort((a, b) => (b.timestamp_ms as number) - (a.timestamp_ms as number));
  const tree: Tree = {};
  for (let i = 0, n = 1; i < newestFirst.length; i += perFile, n += 1) {
    tree[`${folder}/message_${n}.json`] = metaJson({ participants: [{ name: 'Виктор' }, { name: 'Анна Ш' }], messages: newestFirst.slice(i, i + perFile), title, is_still_participant: true, thread_path: `inbox/${folder}` });
  }
  return tree;
}
