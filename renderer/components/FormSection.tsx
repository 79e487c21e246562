// One optional part of a form, closed until she opens it, so the few things always needed fit on
// one screen (issue 13). It opens by itself when it holds something (a draft, an entry being
// changed) or a problem to correct; otherwise her own opening and closing is what counts.
import { useState, type ReactNode } from 'react';
import { useApp } from '../state/AppContext';

interface FormSectionProps {
  title: string;
  /** Something is filled in: open at first, and say so in the closed heading. */
  filled: boolean;
  /** A field inside needs a correction: open, whatever she chose before. */
  problem: boolean;
  /** Counts refused submits: each one opens a section with a problem again, even if she closed it. */
  attempt: number;
  children: ReactNode;
  className?: string;
}

export function FormSection({ title, filled, problem, attempt, children, className }: FormSectionProps) {
  const { t } = useApp();
  const [open, setOpen] = useState(filled || problem);
  // A problem found on Save opens the section in the same render (not in an effect), so the form
  // can focus the field inside as soon as it is shown.
  const [seen, setSeen] = useState(attempt);
  if (seen !== attempt) {
    setSeen(attempt);
    if (problem) setOpen(true);
  }
  const state = problem ? t('form.sectionProblem') : filled ? t('form.sectionFilled') : null;
  return (
    <details className={`form-section ${problem ? 'has-problem' : ''} ${className ?? ''}`} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="section-title">{title}</span>
        {state && <span className="section-state"> · {state}</span>}
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}
