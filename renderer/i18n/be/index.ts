// Belarusian: every core flow (unlock, new vault, timeline, entries, people, settings, help, errors).
// What is missing (import, export screens) falls back to Russian, then English (../index.ts).
import type { PartialMessages } from '../types';
import { cat_economic, cat_incident, cat_stalking } from './categories';
import { common } from './common';
import { entry } from './entry';
import { errors } from './errors';
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

export const be: PartialMessages = { common, import: importing, vault, verify, timeline, entry, people, settings, help, notes, errors, cat_incident, cat_stalking, cat_economic, filing, time };
