// Meta's "Download your information" JSON (Instagram, Facebook Messenger) writes every non-ASCII
// character as the \u00XX escapes of its UTF-8 bytes: "Привет" arrives as "\u00d0\u009f\u00d1…",
// which JSON.parse faithfully turns into "Ð\u009fÑ…". Read naively, her Cyrillic is garbage.
// The repair: take the code units as Latin-1 bytes and decode them as UTF-8.

/** The repaired text, or the text unchanged when it is not such mojibake (already real Unicode,
 *  plain ASCII, or bytes that are not valid UTF-8). */
export function repairMojibake(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text; // a real character beyond Latin-1: not mojibake
    if (c >= 0x80) high = true;
  }
  if (!high) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
