// An image shown from bytes held in memory: a blob: URL made on mount and revoked on unmount, so the
// picture is never written to a cache or a thumbnail file.
import { useEffect, useState } from 'react';
import { fromBase64 } from '../state/bytes';

/** `base64` (bytes read back from the vault) or `blob` (a file she dropped, still in memory). */
export function MemoryImage({ base64, blob, mime, alt }: { base64?: string; blob?: Blob; mime: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(blob ?? new Blob([fromBase64(base64 ?? '')], { type: mime }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [base64, blob, mime]);
  return url === null ? null : <img className="preview" src={url} alt={alt} />;
}
