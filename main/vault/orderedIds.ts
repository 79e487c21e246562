// Ids that sort in the order they are made (the UUID version 7 layout of RFC 9562: 48 bits of
// milliseconds, a 12-bit counter for ids made in the same millisecond, then 62 random bits).
// Messages are looked up by id through a UNIQUE index. With random ids every insert of a large
// import lands on a random page of that index, and once the index outgrows the page cache (a few
// hundred thousand messages) each insert reads and decrypts a page of its own and dirties it, so
// the import slows as the vault grows and its dirty pages spread over the whole index. Ordered
// ids only ever append to the index's last pages. The id still carries 62 random bits; the time
// in it is when the message was written, which its import record and the ledger hold already.
import { randomFillSync } from 'node:crypto';

/** Random bytes are drawn for many ids at once: one call into OpenSSL per id was a visible cost. */
const POOL_IDS = 512;
const pool = Buffer.alloc(POOL_IDS * 8);
let poolUsed = POOL_IDS;

let lastMs = 0;
let counter = 0;

function randomEight(into: Buffer): void {
  if (poolUsed === POOL_IDS) {
    randomFillSync(pool);
    poolUsed = 0;
  }
  pool.copy(into, 8, poolUsed * 8, poolUsed * 8 + 8);
  pool.fill(0, poolUsed * 8, poolUsed * 8 + 8);
  poolUsed += 1;
}

/** A new id, larger (as text) than every id made before it by this process. */
export function orderedId(now: number = Date.now()): string {
  // Never go back (the clock set back, or more than 4,096 ids in one millisecond): the time in
  // the id moves on by itself instead.
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
  } else {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
  }
  const bytes = Buffer.alloc(16);
  randomEight(bytes);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
