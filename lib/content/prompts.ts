import type { Prompt, Source } from './types';

const BARRY = {
  citation:
    'Barry and Edgman-Levitan, “Shared decision making — the pinnacle of patient-centered care”, N Engl J Med 2012;366(9):780-781',
  url: 'https://doi.org/10.1056/NEJMp1109283',
} as const satisfies Source;

const NHS_SCOTLAND = {
  citation: 'NHS Scotland: Ask what matters, Listen to what matters, Do what matters',
} as const satisfies Source;

const NES = {
  citation: 'NHS Education for Scotland: ways to ask patients what matters to them',
} as const satisfies Source;

const IHI = {
  citation: 'IHI Framework for Improving Joy in Work, 2017',
} as const satisfies Source;

const HAKE_POST = {
  citation: 'Hake and Post, PLOS ONE 2023, e0288766',
  url: 'https://doi.org/10.1371/journal.pone.0288766',
} as const satisfies Source;

/** "What matters to you?" prompts for patients, families and colleagues, across ask, listen and do. */
export const prompts = [
  {
    id: 'wmty-patients-ask-1',
    audience: 'patients',
    step: 'ask',
    text: 'As well as “What’s the matter?”, try asking: “What matters to you?”',
    action: 'Ask one patient today what matters to them, and write it where the team will see it',
    fits: [],
    source: BARRY,
  },
  {
    id: 'wmty-patients-ask-2',
    audience: 'patients',
    step: 'ask',
    text: 'Before the plan is set, ask: what are your priorities for today, this week, this year?',
    action: 'Ask one patient about their priorities for today and build one of them into their plan',
    fits: ['ward', 'clinic'],
    source: NES,
  },
  {
    id: 'wmty-patients-ask-3',
    audience: 'patients',
    step: 'ask',
    text: 'When you have a good day, what makes it good?',
    action:
      'In one consultation today, ask what makes a good day for the patient and note their answer in the record',
    fits: ['clinic'],
    source: NES,
  },
  {
    id: 'wmty-patients-ask-4',
    audience: 'patients',
    step: 'ask',
    text: 'Going home soon? Ask what they would like to achieve, with support, once they are there.',
    action:
      'Before discharge, ask one patient what they hope to achieve with support at home, and add it to the discharge plan',
    fits: ['discharge'],
    source: NES,
  },
  {
    id: 'wmty-patients-listen-1',
    audience: 'patients',
    step: 'listen',
    text: 'Greet them with a smile, then listen carefully before you reply.',
    action: 'At your next patient contact, greet them with a smile and let them finish before you speak',
    fits: [],
    source: HAKE_POST,
  },
  {
    id: 'wmty-patients-listen-2',
    audience: 'patients',
    step: 'listen',
    text: 'Turn away from the screen and show you are interested in what they are telling you.',
    action:
      'In your next consultation, step away from the screen while the patient talks about what matters to them',
    fits: ['clinic'],
    source: HAKE_POST,
  },
  {
    id: 'wmty-patients-do-1',
    audience: 'patients',
    step: 'do',
    text: 'At handover, pass on one thing each patient cares about, not just their obs.',
    action:
      'At handover today, share one thing that matters to each patient alongside their clinical picture',
    fits: ['handover', 'ward'],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-patients-do-2',
    audience: 'patients',
    step: 'do',
    text: 'Does the discharge plan reflect what the patient said matters most?',
    action: 'Before this discharge, check the plan includes the thing the patient said matters most to them',
    fits: ['discharge'],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-families-ask-1',
    audience: 'families',
    step: 'ask',
    text: 'Ask a relative or carer: what matters to you while they are in hospital?',
    action:
      'Ask one family member or carer what matters to them during this admission, and record it in the notes',
    fits: ['ward'],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-families-ask-2',
    audience: 'families',
    step: 'ask',
    text: 'Ask the family: what support would help you most once they are home?',
    action:
      'Before discharge, ask the family what support would help most at home, and pass it to the discharge team',
    fits: ['discharge'],
    source: NES,
  },
  {
    id: 'wmty-families-ask-3',
    audience: 'families',
    step: 'ask',
    text: 'Carers have priorities too. Ask what is important to them at the moment.',
    action: 'Ask one carer what is important to them right now, and note anything the team can help with',
    fits: ['clinic'],
    source: NES,
  },
  {
    id: 'wmty-families-listen-1',
    audience: 'families',
    step: 'listen',
    text: 'Give relatives a moment to say what worries them, and let them finish.',
    action: 'Set aside five minutes today to hear one family’s concerns without interrupting',
    fits: ['ward'],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-families-listen-2',
    audience: 'families',
    step: 'listen',
    text: 'Relatives often know what matters to the patient. Listen for it.',
    action: 'Ask a relative what matters most to the patient, and share what you heard at handover',
    fits: ['handover'],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-families-do-1',
    audience: 'families',
    step: 'do',
    text: 'Act on one thing a family asked for, then tell them you did.',
    action: 'Follow up one request from a family today and let them know what you did about it',
    fits: [],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-families-do-2',
    audience: 'families',
    step: 'do',
    text: 'Could you update a family before they have to chase you?',
    action: 'Phone one family with an update today, before they need to ring for one',
    fits: ['admin'],
    source: NHS_SCOTLAND,
  },
  {
    id: 'wmty-colleagues-ask-1',
    audience: 'colleagues',
    step: 'ask',
    text: 'Ask a colleague: what matters to you in your daily work?',
    action:
      'Ask one colleague what matters to them in their daily work, and note one thing you could help with',
    fits: [],
    source: IHI,
  },
  {
    id: 'wmty-colleagues-ask-2',
    audience: 'colleagues',
    step: 'ask',
    text: 'What would help make today a good day for the team?',
    action: 'At the end of handover, ask the team what would help make today a good day',
    fits: ['handover', 'ward'],
    source: IHI,
  },
  {
    id: 'wmty-colleagues-ask-3',
    audience: 'colleagues',
    step: 'ask',
    text: 'When we are at our best as a team, what does that look like?',
    action: 'Add the question “When are we at our best?” to the agenda of your next team meeting',
    fits: ['admin'],
    source: IHI,
  },
  {
    id: 'wmty-colleagues-listen-1',
    audience: 'colleagues',
    step: 'listen',
    text: 'Ask what gets in the way of a good day, then just listen.',
    action: 'Ask a colleague what gets in the way of a good day, and listen without rushing to fix it',
    fits: [],
    source: IHI,
  },
  {
    id: 'wmty-colleagues-listen-2',
    audience: 'colleagues',
    step: 'listen',
    text: 'Ask a colleague how their day is going, and give the answer your full attention.',
    action: 'Check in with one colleague between patients and give them two minutes of undivided attention',
    fits: ['clinic', 'ward'],
    source: IHI,
  },
  {
    id: 'wmty-colleagues-do-1',
    audience: 'colleagues',
    step: 'do',
    text: 'Pick one thing that spoils a good day at work and take a step to remove it.',
    action: 'Choose one small obstacle a colleague has named and take one step to clear it this week',
    fits: ['admin'],
    source: IHI,
  },
  {
    id: 'wmty-colleagues-do-2',
    audience: 'colleagues',
    step: 'do',
    text: 'Someone told you what makes a good day for them? Make one of those things happen.',
    action:
      'At handover, pick one thing colleagues said helps make a good day, and make it happen this shift',
    fits: ['handover'],
    source: IHI,
  },
] as const satisfies readonly Prompt[];
