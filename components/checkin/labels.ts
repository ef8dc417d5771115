import type { HatLens } from '@/lib/db/actions';
import type { Checkin, MeetingType } from '@/lib/db/checkins';
import { hatsLenses } from '@/lib/content/hats';
import { localLens } from '@/lib/content/localize';
import { formatDate, t } from '@/lib/i18n';
import type { SummaryWords } from '@/lib/checkin/summary';

export function meetingLabel(type: MeetingType): string {
  return t(`checkin.meeting.${type}`);
}

/** "White hat: Facts". */
export function lensName(lens: HatLens): string {
  const found = hatsLenses.find((item) => item.lens === lens);
  if (!found) return lens;
  const words = localLens(found);
  return `${words.hat}: ${words.name}`;
}

export function summaryWords(checkin: Checkin): SummaryWords {
  return {
    title: t('checkin.summary.title'),
    meeting: { label: t('checkin.summary.meeting'), value: meetingLabel(checkin.meetingType) },
    date: { label: t('checkin.summary.date'), value: formatDate(checkin.started) },
    length: {
      label: t('checkin.summary.length'),
      value: t('checkin.setup.minutes', { count: checkin.minutes }),
    },
    covered: { label: t('checkin.summary.covered'), none: t('checkin.summary.noneCovered') },
    actions: { heading: t('checkin.summary.actions'), none: t('checkin.summary.noActions') },
    notes: t('checkin.summary.notes'),
    voice: t('checkin.summary.voice'),
    lensName,
  };
}
