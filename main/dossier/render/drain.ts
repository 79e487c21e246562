// The vault's reads are synchronous (SQLCipher), so an export is one long chain of promises that
// never returns to the event loop until the end. pdfkit hands its bytes on through a Readable
// stream, which passes them to the file only on a later tick: without a real turn of the loop
// every photo and embedded original stayed queued in the stream until the document ended (340 MB
// for the 100-photo bench, the whole of its excess over the 600 MB goal).

/** Lets the document stream pass what it holds to the file; call after drawing a large object. */
export function letStreamDrain(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
