// The fingerprint as a QR code, drawn module by module as vector rectangles (no image, no canvas),
// merged into horizontal runs to keep the page content small.
import QRCode from 'qrcode';
import type { Flow } from './flow';

export function drawQr(flow: Flow, text: string, x: number, y: number, size: number, alt: string): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  const { doc } = flow;
  flow.tag(
    'Figure',
    () => {
      doc.rect(x, y, size, size).fill('#ffffff');
      for (let row = 0; row < count; row += 1) {
        let start = -1;
        for (let col = 0; col <= count; col += 1) {
          const dark = col < count && Boolean(qr.modules.get(row, col));
          if (dark && start < 0) start = col;
          if (!dark && start >= 0) {
            doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell, cell);
            start = -1;
          }
        }
      }
      doc.fill('#000000');
    },
    { alt },
  );
}
