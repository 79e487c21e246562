// English: the reference language. Its keys are the typed key set (see ../types.ts).
import { cat_economic, cat_hint, cat_incident, cat_stalking } from './categories';
import { common } from './common';
import { entry } from './entry';
import { form } from './form';
import { errors } from './errors';
import { filing } from './filing';
import { exporting } from './exporting';
import { help } from './help';
import { notes } from './notes';
import { importing } from './importing';
import { people } from './people';
import { settings } from './settings';
import { time } from './time';
import { timeline } from './timeline';
import { verify } from './verify';
import { vault } from './vault';

export const en = {
  common,
  vault,
  verify,
  timeline,
  entry,
  form,
  people,
  settings,
  help,
  notes,
  errors,
  cat_incident,
  cat_stalking,
  cat_economic,
  cat_hint,
  import: importing,
  export: exporting,
  filing,
  time,
};
