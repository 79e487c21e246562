// With bufferPages (needed for "page X of Y"), pdfkit keeps every page's content in memory as one
// small Uint8Array per drawing operator: for a 1,000-page dossier that is millions of tiny arrays
// and hundreds of MB. This joins each page's operators into large blocks instead, flushed when the
// page is left, so the same content costs a fraction of the memory (and of the GC time).
import type { Doc } from './document';

interface ContentRef {
  write(chunk: string | Uint8Array): void;
  end(chunk?: Uint8Array): void;
}

const BLOCK = 64 * 1024;

function bufferContent(content: ContentRef): () => void {
  const write = content.write.bind(content);
  const end = content.end.bind(content);
  let pending: string[] = [];
  let length = 0;
  const flush = () => {
    if (pending.length === 0) return;
    // The bytes pdfkit would make of the string (its own char-by-char copy keeps the low byte, as
    // latin1 does), with the '\n' it adds after every operator.
    write(Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending = [];
    length = 0;
  };
  content.write = (chunk) => {
    if (typeof chunk !== 'string') {
      flush();
      write(chunk);
      return;
    }
    pending.push(chunk);
    length += chunk.length;
    if (length >= BLOCK) flush();
  };
  content.end = (chunk) => {
    flush();
    end(chunk);
  };
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
