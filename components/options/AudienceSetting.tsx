import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { AudienceOptions } from '@/components/shared/AudienceOptions';
import { parseAudience, type AudienceChoice } from '@/lib/prompts/today';
import { settings } from '@/lib/settings';

/** Whose prompts the sidebar's Today view offers first: the same setting as its "Prompts for" choice. */
export function AudienceSetting() {
  const [audience, setAudience] = useState<AudienceChoice | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void settings.audience.getValue().then((stored) => setAudience(parseAudience(stored)));
    // The sidebar changes it too, and a restored export may.
    return settings.audience.watch((next) => setAudience(parseAudience(next)));
  }, []);
  if (audience === null) return null;

  return (
    <div class="audience-setting">
      <label class="field">
        <span>{t('options.prompts.audience')}</span>
        <select
          aria-describedby="audience-help"
          value={audience}
          onChange={(event) => {
            const next = parseAudience(event.currentTarget.value);
            setAudience(next);
            setStatus('');
            void settings.audience.setValue(next).then(() => setStatus(t('options.nudges.saved')));
          }}
        >
          <AudienceOptions />
        </select>
      </label>
      <p id="audience-help" class="muted">
        {t('options.prompts.audienceHelp')}
      </p>
      <p role="status" class="status">
        {status}
      </p>
    </div>
  );
}
