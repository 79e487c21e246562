// Whether the window is wide enough for the timeline and an entry side by side (issue 13). Below
// this width each gets the whole window, as before. Kept in step with the media query in timeline.css.
import { useEffect, useState } from 'react';

export const WIDE_WINDOW = '(min-width: 1100px)';

export function useWideWindow(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_WINDOW).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE_WINDOW);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    onChange();
    return () => query.removeEventListener('change', onChange);
  }, []);
  return wide;
}
