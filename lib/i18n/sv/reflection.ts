import type { TranslationOf } from '../catalogue';
import type { reflection as english } from '../en/reflection';

/** Swedish: the reflection for appraisal: done actions with their three-part reflections, for a chosen period. */
export const reflection = {
  'reflection.title': 'Reflektion inför medarbetarsamtalet',
  'reflection.period': 'Handlingar gjorda från {from} till {to}',
  'reflection.part.what': 'Vad som hände',
  'reflection.part.soWhat': 'Vad det betyder',
  'reflection.part.nowWhat': 'Vad härnäst',
  'reflection.doneOn': 'Gjord {date}',
  'reflection.noneWritten': 'Ingen reflektion skriven.',
  'reflection.none': 'Inga handlingar gjordes under den här perioden.',
  'reflection.use':
    'Det här kan bli underlag inför ditt medarbetarsamtal eller din plan för kompetensutveckling. Det följer ingen fast mall.',
  'reflection.choose': 'Tidsperiod',
  'reflection.choice.this-month': 'Den här månaden',
  'reflection.choice.last-month': 'Förra månaden',
  'reflection.choice.last-3-months': 'Senaste 3 månaderna',
  'reflection.choice.last-12-months': 'Senaste 12 månaderna',
  'reflection.choice.dates': 'Välj från- och tilldatum',
  'reflection.from': 'Från',
  'reflection.to': 'Till',
  'reflection.loading': 'Laddar dina gjorda handlingar…',
  'reflection.print': 'Skriv ut',
  'reflection.copy': 'Kopiera som Markdown',
  'reflection.download': 'Ladda ner som Markdown',
  'reflection.copied': 'Kopierat som Markdown.',
  'reflection.downloaded': 'Markdown-fil nedladdad.',
  'reflection.open': 'Reflektion inför medarbetarsamtalet',
} as const satisfies TranslationOf<typeof english>;
