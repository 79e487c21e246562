// After a submit that found problems, focus goes to the first field marked invalid (in the order
// she reads the form), so the keyboard and the screen reader land where the correction is needed.
import { useEffect, type RefObject } from 'react';

/** `attempt` changes on every refused submit (a counter), so the same problem twice still moves focus. */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    // data-invalid: a control that cannot carry aria-invalid (a "Choose…" button).
    const first = container.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    if (!first) return;
    first.focus();
    first.scrollIntoView({ block: 'center' });
  }, [container, attempt]);
}
