// A WhatsApp export large enough to fill what is left of a small disk.
import { writeFileSync } from 'node:fs';

export function bigWhatsAppExport(path: string, messages: number): void {
  const lines: string[] = [];
  for (let i = 0; i < messages; i += 1) {
    const t = new Date(Date.UTC(2024, 0, 1) + i * 60_000);
    const p = (n: number) => String(n).padStart(2, '0');
    lines.push(`${p(t.getUTCDate())}/${p(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}, ${p(t.getUTCHours())}:${p(t.getUTCMinutes())} - Max: ${'Где ты? Ответь немедленно. '.repeat(8)}${i}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
