// Language, how soon to lock by itself, the neutral "Notes" disguise and whether the window may be
// captured in screenshots. Saved at once; each setting says "saved" (or what is wrong) right under
// itself, not at the end of the section (issue 13).
import { useState } from 'react';
import { useApp } from '../state/AppContext';
import { CheckboxField } from './CheckboxField';
import { DisguiseSettings } from './DisguiseSettings';
import { LanguagePicker } from './LanguagePicker';
import { StatusNote } from './StatusNote';
import { TextField } from './TextField';

const MINUTES = { min: 1, max: 240 } as const;

/** A whole number of minutes in range, or null: "0", "", "2.5" and "abc" are not. */
export function autoLockMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number.parseInt(text, 10);
  return value >= MINUTES.min && value <= MINUTES.max ? value : null;
}

export function GeneralSettings() {
  const { t, settings, saveSettings } = useApp();
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [lockStatus, setLockStatus] = useState<string | null>(null);
  const [disguiseStatus, setDisguiseStatus] = useState<string | null>(null);
  const [captureStatus, setCaptureStatus] = useState<string | null>(null);
  const value = autoLockMinutes(minutes);

  function saveMinutes(text: string): void {
    setMinutes(text);
    setLockStatus(null);
    const next = autoLockMinutes(text);
    if (next !== null) void saveSettings({ autoLockMinutes: next }).then(() => setLockStatus(t('settings.autoLockSaved', { count: next })));
  }

  return (
    <section className="stack" aria-labelledby="general-title">
      <h2 id="general-title">{t('settings.general')}</h2>
      <LanguagePicker />
      <div>
        <TextField
          type="number"
          min={MINUTES.min}
          max={MINUTES.max}
          inputMode="numeric"
          label={t('settings.autoLock')}
          hint={t('settings.autoLockHint')}
          value={minutes}
          onChange={saveMinutes}
          error={value === null ? t('form.badAutoLock') : null}
        />
        <StatusNote>{lockStatus}</StatusNote>
      </div>
      <div>
        <DisguiseSettings onStatus={setDisguiseStatus} />
        <StatusNote>{disguiseStatus}</StatusNote>
      </div>
      <div>
        <CheckboxField
          label={t('settings.allowScreenshots')}
          hint={t('settings.allowScreenshotsHint')}
          checked={settings.allowScreenshots}
          onChange={(allowScreenshots) => void saveSettings({ allowScreenshots }).then(() => setCaptureStatus(t('settings.saved')))}
        />
        <StatusNote>{captureStatus}</StatusNote>
      </div>
    </section>
  );
}
