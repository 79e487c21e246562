// Where a screen writes its file, bound to its save target (useSaveTarget): "Choose…" opens the
// system's save dialog for that purpose and name, and a submit without a place says so here.
import type { SaveTarget } from '../state/useSaveTarget';
import { FileChooser } from './FileChooser';

interface SaveTargetChooserProps {
  place: SaveTarget;
  label: string;
  hint: string;
  /** "First choose where to save …", said on the chooser when she submitted without a place. */
  missing: string;
}

export function SaveTargetChooser({ place, label, hint, missing }: SaveTargetChooserProps) {
  return <FileChooser label={label} hint={hint} save={place.purpose} suggestedName={place.suggestedName} chosen={place.target} onChosen={place.choose} problem={place.missing ? missing : null} />;
}
