// Capture time, place and device from a photo's EXIF (exifr). EXIF DateTimeOriginal is the
// camera's local wall time: we keep it as written, with its offset only when the file has one
// (OffsetTimeOriginal), and never relabel it as UTC.
import exifr from 'exifr';
import type { ExifSummary } from '../../shared/domain';

const EXIF_OPTIONS = {
  tiff: true,
  exif: true,
  gps: true,
  reviveValues: false,
  translateValues: false,
};

function wallTime(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}` : undefined;
}

/** Bytes only, on purpose: given a string, exifr treats one that looks like a URL as a URL and
 *  fetches it (a network request from a vault that must never make one). */
export async function readExif(bytes: Uint8Array): Promise<ExifSummary | null> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), EXIF_OPTIONS)) as Record<string, unknown> | undefined;
  } catch {
    return null; // not an image, or no readable EXIF: that is normal, not an error
  }
  if (!tags) return null;
  const summary: ExifSummary = {};
  const when = wallTime(tags.DateTimeOriginal) ?? wallTime(tags.CreateDate);
  const offset = typeof tags.OffsetTimeOriginal === 'string' && /^[+-]\d{2}:\d{2}$/.test(tags.OffsetTimeOriginal) ? tags.OffsetTimeOriginal : '';
  if (when) summary.capturedAt = when + offset;
  if (typeof tags.latitude === 'number' && Number.isFinite(tags.latitude)) summary.latitude = tags.latitude;
  if (typeof tags.longitude === 'number' && Number.isFinite(tags.longitude)) summary.longitude = tags.longitude;
  const device = [tags.Make, tags.Model].filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (device.length) summary.device = device.join(' ');
  if (typeof tags.Orientation === 'number' && Number.isInteger(tags.Orientation)) summary.orientation = tags.Orientation;
  return Object.keys(summary).length > 0 ? summary : null;
}
