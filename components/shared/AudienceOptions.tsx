import { t } from '@/lib/i18n';
import { AUDIENCE_CHOICES } from '@/lib/prompts/today';

/** The choices of whom today's prompt is for, as a select's options (the sidebar's Today and settings). */
export function AudienceOptions() {
  return (
    <>
      {AUDIENCE_CHOICES.map((value) => (
        <option key={value} value={value}>
          {t(`audience.${value}`)}
        </option>
      ))}
    </>
  );
}
