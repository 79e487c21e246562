// The disguise: an ordinary notes app shown while the vault is locked. Not one word here may tell
// what the app is for (tests/e2e/disguise.spec.ts scans every screen for such words).
export const notes = {
  listLabel: 'Your notes',
  newNote: 'New note',
  empty: 'No notes yet. Press “New note” to write one.',
  untitled: 'Untitled',
  title: 'Title',
  text: 'Note',
  saved: 'Saved',
  deleteNote: 'Delete note',
  deleteQuestion: 'Delete this note?',
  deleteYes: 'Delete',
  menu: 'Menu',
  about: 'About Notes',
  aboutText: 'A simple notebook. Notes are kept on this computer only.',
  close: 'Close',
  closeHint: 'Close the window (Shift+Esc twice).',
  chooseNote: 'Choose a note on the left, or start a new one.',
} as const;
