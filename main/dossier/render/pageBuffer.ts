// With bufferPages (needed for "page X of Y"), pdfkit keeps every page's content in memory as one
// small Uint8Array per drawing operator: for a 1,000-page dossier that is millions of tiny arrays
// and hundreds of MB. This joins each page's operators into large blocks instead, flushed when the
// page is left, so the same content costs a fraction of the memory (and of the GC time).
import { promisify } from 'node:util';
import { deflate } from 'node:zlib';
import type { Doc } from './document';

const deflateInPool = promisify(deflate);

interface ContentRef {
  write(chunk: string | Uint8Array): void;
  end(chunk?: Uint8Array): void;
  /** pdfkit's PDFReference: what it has been given, and whether it will deflate it at its end. */
  buffer: Uint8Array[];
  compress: boolean;
}

/** Each page content's own flush (the operators still gathered as text). */
const pending = new WeakMap<ContentRef, () => void>();

const BLOCK = 64 * 1024;

function bufferContent(content: ContentRef): () => void {
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  let gathered: string[] = [];
  let length = 0;
  const flush = () => {
    if (gathered.length === 0) return;
    // The bytes pdfkit would make of the string (its own char-by-char copy keeps the low byte, as
    // latin1 does), with the '\n' it adds after every operator.
    write(Buffer.from(`${gathered.join('\n')}\n`, 'latin1'));
    gathered = [];
    length = 0;
  };
  content.write = (chunk) => {
    if (typeof chunk !== 'string') {
      flush();
      write(chunk);
      return;
    }
    gathered.push(chunk);
    length += chunk.length;
    if (length >= BLOCK) flush();
  };
  content.end = (chunk) => {
    flush();
    end(chunk);
  };
  pending.set(content, flush);
  return flush;
}

/** Installs the buffering on every page the document adds from now on. */
export function bufferPageContent(doc: Doc): void {
  let flushPrevious: (() => void) | null = null;
  doc.on('pageAdded', () => {
    flushPrevious?.();
    flushPrevious = bufferContent((doc.page as unknown as { content: ContentRef }).content);
  });
}

interface BufferedPage {
  content: ContentRef;
}

/** Pages deflated at the same time: the thread pool's size (each deflate holds ~300 KB of zlib
 *  state besides its page, so not all 1,000 pages at once). */
const AT_ONCE = 4;

/**
 * Deflates every buffered page's content in the thread pool instead of one after another in this
 * thread when pdfkit ends each page: the same bytes (the same zlib, the same settings as pdfkit's
 * deflateSync), ~0.5 s of a large dossier off the layout's own thread. Call when nothing more will
 * be drawn, just before doc.end(); pdfkit then writes them as they are.
 */
export async function compressPageContents(doc: Doc): Promise<void> {
  const internals = doc as unknown as { _pageBuffer: BufferedPage[]; endPageMarkings(page: BufferedPage): void };
  const pages = [...internals._pageBuffer];
  const compressNext = async (): Promise<void> => {
    for (let page = pages.shift(); page !== undefined; page = pages.shift()) {
      // What pdfkit's flushPages would still add (closing marked content), then the text gathered.
      internals.endPageMarkings(page);
      const content = page.content;
      pending.get(content)?.();
      if (!content.compress || content.buffer.length === 0) continue;
      const whole = Buffer.concat(content.buffer);
      content.compress = false;
      content.buffer = [await deflateInPool(whole)];
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, compressNext));
}
