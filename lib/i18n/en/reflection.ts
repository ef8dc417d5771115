/** The reflection for appraisal: done actions with their three-part reflections, for a chosen period. */
export const reflection = {
  'reflection.title': 'Reflection for appraisal',
  'reflection.period': 'Actions done from {from} to {to}',
  'reflection.part.what': 'What happened',
  'reflection.part.soWhat': 'So what',
  'reflection.part.nowWhat': 'Now what',
  'reflection.doneOn': 'Done {date}',
  'reflection.noneWritten': 'No reflection written.',
  'reflection.none': 'No actions were done in this period.',
  'reflection.use':
    'This can support your NHS appraisal and revalidation evidence. It does not follow any fixed form.',
} as const;
