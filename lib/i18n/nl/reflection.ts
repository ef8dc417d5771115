import type { TranslationOf } from '../catalogue';
import type { reflection as english } from '../en/reflection';

/** Dutch (Belgium): the reflection for appraisal: done actions with their three-part reflections, for a chosen period. */
export const reflection = {
  'reflection.title': 'Reflectie voor uw evaluatiegesprek',
  'reflection.period': 'Acties gedaan van {from} tot {to}',
  'reflection.part.what': 'Wat er gebeurde',
  'reflection.part.soWhat': 'Wat het betekent',
  'reflection.part.nowWhat': 'Wat nu',
  'reflection.doneOn': 'Gedaan op {date}',
  'reflection.noneWritten': 'Geen reflectie geschreven.',
  'reflection.none': 'In deze periode werden geen acties gedaan.',
  'reflection.use':
    'Dit kan uw evaluatiegesprek of uw portfolio voor permanente vorming ondersteunen. Het volgt geen vast formulier.',
  'reflection.choose': 'Periode',
  'reflection.choice.this-month': 'Deze maand',
  'reflection.choice.last-month': 'Vorige maand',
  'reflection.choice.last-3-months': 'Laatste 3 maanden',
  'reflection.choice.last-12-months': 'Laatste 12 maanden',
  'reflection.choice.dates': 'Van en tot datum',
  'reflection.from': 'Van',
  'reflection.to': 'Tot',
  'reflection.loading': 'Uw gedane acties laden…',
  'reflection.print': 'Afdrukken',
  'reflection.copy': 'Kopiëren als Markdown',
  'reflection.download': 'Markdown downloaden',
  'reflection.copied': 'Gekopieerd als Markdown.',
  'reflection.downloaded': 'Markdown gedownload.',
  'reflection.open': 'Reflectie voor uw evaluatiegesprek',
} as const satisfies TranslationOf<typeof english>;
