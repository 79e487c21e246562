// How many bytes one import may inflate or read, all files together. Each file is bounded on its
// own (zipBounds.ts), but a zip of many entries each under that bound — or a folder of many
// files — would still take gigabytes of time and of vault, one at a time. One budget is made per
// export (a zip, a folder, a page with the pages beside it) and every read of it draws on it:
// the parse, the documents kept as the original, and each media file attached at commit.
import { DossierError } from '../../shared/errors';

export class ReadBudget {
  private taken = 0;

  constructor(readonly limitBytes: number) {}

  /** Takes `bytes` (about to be read, or just read); FILE_TOO_LARGE when the total passes the limit. */
  take(bytes: number): void {
    if (bytes > this.limitBytes - this.taken) throw new DossierError('FILE_TOO_LARGE', { limitBytes: this.limitBytes });
    this.taken += bytes;
  }

  get used(): number {
    return this.taken;
  }
}
