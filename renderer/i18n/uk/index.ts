// Ukrainian: every core flow (unlock, new vault, timeline, entries, people, settings, help, errors), import and export.
// What is missing elsewhere falls back to English (../index.ts); import and export never do.
import type { CompleteMessages } from '../types';
import { cat_economic, cat_hint, cat_incident, cat_stalking } from './categories';
import { common } from './common';
import { entry } from './entry';
import { form } from './form';
import { errors } from './errors';
import { exporting } from './exporting';
import { filing } from './filing';
import { help } from './help';
import { importing } from './importing';
import { notes } from './notes';
import { people } from './people';
import { settings } from './settings';
import { time } from './time';
import { timeline } from './timeline';
import { verify } from './verify';
import { vault } from './vault';

export const uk: CompleteMessages = { common, import: importing, export: exporting, vault, verify, timeline, entry, form, people, settings, help, notes, errors, cat_incident, cat_stalking, cat_economic, cat_hint, filing, time };
