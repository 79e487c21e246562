// Help in plain words: what evidence counts in a private prosecution, how to keep safe while using
// Dossier, and what the app does with what she writes.
import type { Key } from '../i18n';
import { useApp } from '../state/AppContext';

const SECTIONS: readonly { title: Key; intro?: Key; points: readonly Key[] }[] = [
  {
    title: 'help.evidenceTitle',
    intro: 'help.evidenceIntro',
    points: ['help.evidenceDates', 'help.evidenceWitnesses', 'help.evidenceMedical', 'help.evidencePolice', 'help.evidenceOriginals', 'help.evidenceMessages', 'help.evidenceMoney'],
  },
  {
    title: 'help.safetyTitle',
    points: ['help.safetyQuickExit', 'help.safetyLock', 'help.safetyWhere', 'help.safetyPassphrase', 'help.safetyDisguise', 'help.safetyBackup'],
  },
  {
    title: 'help.privacyTitle',
    points: ['help.privacyLocal', 'help.privacyNetwork', 'help.privacyDrafts', 'help.privacyHistory'],
  },
];

export function HelpScreen() {
  const { t } = useApp();
  return (
    <main className="screen narrow help" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t('help.title')}
      </h1>
      <p className="lead">{t('help.lead')}</p>
      {SECTIONS.map((section) => (
        <section key={section.title}>
          <h2>{t(section.title)}</h2>
          {section.intro && <p>{t(section.intro)}</p>}
          <ul>
            {section.points.map((point) => (
              <li key={point}>{t(point)}</li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
