// A wide window: the timeline on the left and the chosen entry on the right (issue 13), so she can
// read one entry after another without losing her place in the list. The route is the same as on a
// narrow window ({ screen: 'entry', id }): "Back to timeline" closes the entry, and narrowing the
// window shows the entry alone. The entry's side keeps its place while the list scrolls.
import { useApp } from '../state/AppContext';
import { EntryScreen } from './EntryScreen';
import { TimelineScreen } from './TimelineScreen';

export function ListAndDetail({ entryId }: { entryId: string | undefined }) {
  const { t } = useApp();
  return (
    <main className="list-detail" aria-labelledby="screen-title">
      <TimelineScreen pane chosenId={entryId} />
      <div className="detail-pane">
        {entryId === undefined ? <p className="detail-empty">{t('timeline.chooseEntry')}</p> : <EntryScreen key={entryId} id={entryId} pane />}
      </div>
    </main>
  );
}
