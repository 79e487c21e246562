// Language, how soon to lock by itself, the neutral "Notes" disguise and whether the window may be
// captured in screenshots. Saved at once.
import { useState } from 'react';
import { useApp } from '../state/AppContext';
import { CheckboxField } from './CheckboxField';
import { DisguiseSettings } from './DisguiseSettings';
import { LanguagePicker } from './LanguagePicker';
import { StatusNote } from './StatusNote';
import { TextField } from './TextField';

export function GeneralSettings() {
  const { t, settings, saveSettings } = useApp();
  const [minutes, setMinutes] = useState(String(settings.autoLockMinutes));
  const [status, setStatus] = useState<string | null>(null);

  function saveMinutes(text: string): void {
    setMinutes(text);
    const value = Number.parseInt(text, 10);
    if (Number.isInteger(value) && value >= 1 && value <= 240) {
      void saveSettings({ autoLockMinutes: value }).then(() => setStatus(t('settings.autoLockSaved', { count: value })));
    }
  }

  return (
    <section className="stack" aria-labelledby="general-title">
      <h2 id="general-title">{t('settings.general')}</h2>
      <LanguagePicker />
      <TextField type="number" min={1} max={240} inputMode="numeric" label={t('settings.autoLock')} hint={t('settings.autoLockHint')} value={minutes} onChange={saveMinutes} />
      <DisguiseSettings onStatus={setStatus} />
      <CheckboxField
        label={t('settings.allowScreenshots')}
        hint={t('settings.allowScreenshotsHint')}
        checked={settings.allowScreenshots}
        onChange={(allowScreenshots) => void saveSettings({ allowScreenshots }).then(() => setStatus(t('settings.saved')))}
      />
      <StatusNote>{status}</StatusNote>
    </section>
  );
}
