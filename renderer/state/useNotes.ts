// The disguise's notes: loaded from the main process, the note being written saved as she types
// (a short pause after the last key, and at once when she leaves it). A note is sent to be kept only
// once its text has something in it: a title alone (where her passphrase goes) never leaves the page.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../shared/disguise';
import { app } from '../api';

const PAUSE_MS = 500;

export interface NoteBeingWritten {
  id?: string;
  title: string;
  text: string;
}

export function useNotes() {
  const [notes, setNotes] = useState<Note[]>([]);
  const [current, setCurrent] = useState<NoteBeingWritten | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef<NoteBeingWritten | null>(null);
  const timer = useRef<number | undefined>(undefined);
  // One save at a time, in order: a new note must get its id before the next save of it.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    void app['app.notes']({}).then(setNotes, setError);
  }, []);

  const save = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    const run = async (): Promise<void> => {
      const note = latest.current;
      if (note === null) return;
      if (note.text.trim() === '') {
        if (note.id === undefined) return;
        const id = note.id;
        await app['app.deleteNote']({ id });
        setNotes((all) => all.filter((n) => n.id !== id));
        if (latest.current === note) latest.current = { ...note, id: undefined };
        return;
      }
      const kept = await app['app.saveNote']({ id: note.id, title: note.title, text: note.text });
      if (kept === null) return;
      setNotes((all) => [kept, ...all.filter((n) => n.id !== kept.id)]);
      if (latest.current !== null && latest.current.id === note.id) latest.current = { ...latest.current, id: kept.id };
      setCurrent((shown) => (shown !== null && shown.id === note.id ? { ...shown, id: kept.id } : shown));
      setSaved(true);
    };
    queue.current = queue.current.then(run).catch(setError);
    return queue.current;
  }, []);

  // Leaving the notes (the vault opened, the window closed): whatever was typed is kept first.
  useEffect(() => () => void save(), [save]);

  const edit = useCallback(
    (changes: Partial<NoteBeingWritten>) => {
      const next = { ...(latest.current ?? { title: '', text: '' }), ...changes };
      latest.current = next;
      setCurrent(next);
      setSaved(false);
      setError(null);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), PAUSE_MS);
    },
    [save],
  );

  const open = useCallback(
    (note: NoteBeingWritten | null) => {
      void save().then(() => {
        latest.current = note;
        setCurrent(note);
        setSaved(false);
      });
    },
    [save],
  );

  const remove = useCallback(async (id: string) => {
    window.clearTimeout(timer.current);
    await queue.current;
    await app['app.deleteNote']({ id }).catch(setError);
    setNotes((all) => all.filter((n) => n.id !== id));
    latest.current = null;
    setCurrent(null);
  }, []);

  return { notes, current, saved, error, edit, open, remove };
}
