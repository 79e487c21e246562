// "You already saved X there. Replace it?" asked once, in the page, beside the button that would
// write it (issue 13: writing again to the same file said "some information is not valid").
import { useEffect, useRef } from 'react';
import { useApp } from '../state/AppContext';

export function ReplaceQuestion({ name, onReplace, onChooseAnother }: { name: string; onReplace(): void; onChooseAnother(): void }) {
  const { t } = useApp();
  const first = useRef<HTMLButtonElement>(null);
  // The question takes the focus from the button that raised it, so the keyboard answers it.
  useEffect(() => first.current?.focus(), []);
  const question = t('form.fileExists', { name });
  return (
    <div className="confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button ref={first} type="button" className="secondary" onClick={onReplace}>
        {t('form.replaceYes')}
      </button>
      <button type="button" className="primary" onClick={onChooseAnother}>
        {t('form.replaceNo')}
      </button>
    </div>
  );
}
