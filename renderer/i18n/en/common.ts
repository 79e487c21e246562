import { en as words } from '../../../shared/words/en';
import { commonWords } from '../words';

export const common = {
  appName: 'Dossier',
  disguiseName: 'Notes',
  quickExit: 'Quick exit',
  quickExitHint: 'Locks and hides everything at once. Shortcut: press Shift+Esc twice.',
  lock: 'Lock',
  language: 'Language',
  languageNotLoaded: 'That language could not be loaded. Nothing changed: everything stays in this language.',
  navLabel: 'Main sections',
  navTimeline: 'Timeline',
  navPeople: 'People',
  navImport: 'Import messages',
  navExport: 'Make a dossier',
  navSettings: 'Settings',
  navHelp: 'Help',
  skipToContent: 'Skip to the main content',
  choose: 'Choose…',
  cancel: 'Cancel',
  saving: 'Saving…',
  yes: 'Yes',
  no: 'No',
  approximately: 'about {when}',
  // Kinds of entry and people's roles: the dossier's words too (shared/words).
  ...commonWords(words),
  noFileChosen: 'No file chosen yet.',
} as const;
