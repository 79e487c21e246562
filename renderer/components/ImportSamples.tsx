// A few of each sender's first messages, with their date and time in the zone she chose: enough
// for her to see that this is the right chat before anything is written.
import type { ImportPreview } from '../../shared/imports';
import { useApp } from '../state/AppContext';
import { dayAndTime } from './importDates';

interface SamplesProps {
  samples: ImportPreview['samples'];
  zone: string;
}

export function ImportSamples({ samples, zone }: SamplesProps) {
  const { t, settings } = useApp();
  if (samples.length === 0) return null;
  const senders = [...new Set(samples.map((sample) => sample.sender))];
  return (
    <section className="import-samples" aria-labelledby="samples-title">
      <h3 id="samples-title">{t('import.samplesTitle')}</h3>
      {senders.map((sender) => (
        <div key={sender} className="sample-sender">
          <h4>{sender || t('import.phoneOwner')}</h4>
          <ul className="plain-list">
            {samples
              .filter((sample) => sample.sender === sender)
              .map((sample, index) => (
                <li key={index}>
                  <span className="sample-when">{sample.sentAt ? dayAndTime(sample.sentAt, zone, settings.language) : t('import.noTime')}</span>{' '}
                  <span className="sample-text">{sample.isCall ? t('import.sampleCall') : sample.text || (sample.media ? t('import.sampleMedia') : '')}</span>
                  {sample.cut && '…'}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
