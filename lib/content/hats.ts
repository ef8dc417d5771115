import type { HatsLens, HatsQuestion, VoicePrompt } from './hats-types';
import type { Source } from './types';

const DE_BONO = {
  citation: 'Edward de Bono, Six Thinking Hats (1985)',
} as const satisfies Source;

const M6_HATS = {
  citation:
    'M6 workshop programme, 9 March 2026, part 1: the Six Thinking Hats used to explore kindness (logical, emotional, creative, cautious, optimistic, organisational)',
} as const satisfies Source;

const QPSP = {
  citation:
    'M6 workshop programme, 9 March 2026, part 2: University Hospital Southampton’s Quality and Patient Safety Partner programme',
} as const satisfies Source;

const IHI_JOY = {
  citation: 'IHI Framework for Improving Joy in Work, 2017: four questions for leaders to ask staff',
  url: 'https://www.ihi.org/resources/Pages/IHIWhitePapers/Framework-Improving-Joy-in-Work.aspx',
  // IHI's own page for the white paper, found with the project's search tool.
  verifiedAt: 'https://www.ihi.org/resources/Pages/IHIWhitePapers/Framework-Improving-Joy-in-Work.aspx',
} as const satisfies Source;

const WMTY = {
  citation:
    'Barry and Edgman-Levitan, “Shared decision making — the pinnacle of patient-centered care”, N Engl J Med 2012;366(9):780-781',
  url: 'https://doi.org/10.1056/NEJMp1109283',
} as const satisfies Source;

/** The six lenses in the order a check-in walks through them. */
export const hatsLenses = [
  {
    id: 'lens-white',
    lens: 'white',
    hat: 'White hat',
    name: 'Facts',
    perspective: 'logical',
    focus: 'What do we actually know, and what do we still need to find out?',
    source: DE_BONO,
  },
  {
    id: 'lens-red',
    lens: 'red',
    hat: 'Red hat',
    name: 'Feelings',
    perspective: 'emotional',
    focus: 'Gut reactions and feelings, said without needing to justify them.',
    source: DE_BONO,
  },
  {
    id: 'lens-black',
    lens: 'black',
    hat: 'Black hat',
    name: 'Caution',
    perspective: 'cautious',
    focus: 'Risks, and where kindness could be squeezed out or go wrong.',
    source: DE_BONO,
  },
  {
    id: 'lens-yellow',
    lens: 'yellow',
    hat: 'Yellow hat',
    name: 'Benefits',
    perspective: 'optimistic',
    focus: 'What could go well, and who gains if it does.',
    source: DE_BONO,
  },
  {
    id: 'lens-green',
    lens: 'green',
    hat: 'Green hat',
    name: 'New ideas',
    perspective: 'creative',
    focus: 'Fresh options, however small or unusual.',
    source: DE_BONO,
  },
  {
    id: 'lens-blue',
    lens: 'blue',
    hat: 'Blue hat',
    name: 'Process and organisation',
    perspective: 'organisational',
    focus: 'How this meeting and the organisation around it make kindness easier or harder.',
    source: DE_BONO,
  },
] as const satisfies readonly HatsLens[];

/**
 * Questions per lens. Each lens has one question for any meeting and two
 * written for each meeting type, fitted only where the words suit that
 * meeting (a huddle never gets a board's or an incident review's question).
 */
export const hatsQuestions = [
  // White: facts
  {
    id: 'white-any',
    lens: 'white',
    text: 'What do we know about how people on the receiving end experience this right now?',
    fits: [],
    source: M6_HATS,
  },
  {
    id: 'white-shift',
    lens: 'white',
    text: 'Who is on shift, who is stretched, and which patients or families need extra time today?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'white-since-last',
    lens: 'white',
    text: 'What has changed since the last huddle: admissions, discharges, staffing, or worries raised?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'white-evidence',
    lens: 'white',
    text: 'Which figures on the agenda show experience, staff wellbeing or retention, not only activity and cost?',
    fits: ['board', 'planning'],
    source: M6_HATS,
  },
  {
    id: 'white-need',
    lens: 'white',
    text: 'What do we know about the people this service is for, and where did that knowledge come from?',
    fits: ['planning', 'board'],
    source: M6_HATS,
  },
  {
    id: 'white-timeline',
    lens: 'white',
    text: 'What happened, in order, as the patient and family saw it as well as the staff?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'white-unclear',
    lens: 'white',
    text: 'What do we know for certain about the incident, what is still unclear, and who has not been heard yet?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'white-workload',
    lens: 'white',
    text: 'What does their week actually look like: hours, workload, time off, learning?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  {
    id: 'white-since-met',
    lens: 'white',
    text: 'What has gone well for them since you last met, and what is still unresolved?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  // Red: feelings
  {
    id: 'red-any',
    lens: 'red',
    text: 'In one word, how is each person arriving at this meeting?',
    fits: [],
    source: M6_HATS,
  },
  {
    id: 'red-mood',
    lens: 'red',
    text: 'How does the team feel walking into this shift, and who might need a kind word first?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'red-worry',
    lens: 'red',
    text: 'Is anyone on the shift worried about a patient or a colleague and not yet said so?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'red-gut',
    lens: 'red',
    text: 'What does your gut say about the decision in front of the board, before the papers argue it?',
    fits: ['board'],
    source: M6_HATS,
  },
  {
    id: 'red-change',
    lens: 'red',
    text: 'How might patients, carers and staff feel when they first hear about this change?',
    fits: ['planning', 'board'],
    source: M6_HATS,
  },
  {
    id: 'red-hopes',
    lens: 'red',
    text: 'What do you hope this plan will feel like for the people who use the service?',
    fits: ['planning'],
    source: M6_HATS,
  },
  {
    id: 'red-hurt',
    lens: 'red',
    text: 'Who was hurt or frightened by what happened, staff as well as patients and family?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'red-coping',
    lens: 'red',
    text: 'How are the people involved coping now, and who has checked on them?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'red-them',
    lens: 'red',
    text: 'How are they, really? What has been weighing on them, or lifting them, lately?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  {
    id: 'red-energy',
    lens: 'red',
    text: 'Which part of their work gives them energy at the moment, and which part drains it?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  // Black: caution
  {
    id: 'black-any',
    lens: 'black',
    text: 'Where could time pressure push kindness aside in what we are about to discuss?',
    fits: [],
    source: M6_HATS,
  },
  {
    id: 'black-safety',
    lens: 'black',
    text: 'What could go wrong today for a patient, or for a colleague who is carrying too much?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'black-rushed',
    lens: 'black',
    text: 'Which task on this shift is most likely to be rushed, and who would notice a patient left waiting?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'black-tokenism',
    lens: 'black',
    text: 'Are patient partners here to shape the decision, or only to hear it once it is made?',
    fits: ['board', 'planning'],
    source: QPSP,
  },
  {
    id: 'black-unintended',
    lens: 'black',
    text: 'Who could this plan leave out or make things harder for, without anyone meaning it to?',
    fits: ['planning', 'board'],
    source: M6_HATS,
  },
  {
    id: 'black-blame',
    lens: 'black',
    text: 'Where might this review slip into blame, so people stop speaking up next time?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'black-again',
    lens: 'black',
    text: 'What would stop the same harm happening again, and what might make it more likely?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'black-load',
    lens: 'black',
    text: 'Is anything in their load or wellbeing a risk to name kindly and early?',
    fits: ['one-to-one'],
    source: M6_HATS,
  },
  {
    id: 'black-unsaid',
    lens: 'black',
    text: 'Is there something they may find hard to tell you, and how could you make it safer to say?',
    fits: ['one-to-one'],
    source: M6_HATS,
  },
  // Yellow: benefits
  {
    id: 'yellow-any',
    lens: 'yellow',
    text: 'If we get this right, what will a patient or a colleague notice?',
    fits: [],
    source: M6_HATS,
  },
  {
    id: 'yellow-goodday',
    lens: 'yellow',
    text: 'What one thing would make today a good day for this team, and who can make it happen?',
    fits: ['huddle'],
    source: IHI_JOY,
  },
  {
    id: 'yellow-thanks',
    lens: 'yellow',
    text: 'Who deserves a thank-you from the last shift, and who will say it?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'yellow-value',
    lens: 'yellow',
    text: 'Where could kindness here improve outcomes, keep staff with us or save money?',
    fits: ['board', 'planning'],
    source: M6_HATS,
  },
  {
    id: 'yellow-kindest',
    lens: 'yellow',
    text: 'Which patient or staff story shows this organisation at its kindest, and what made it possible?',
    fits: ['board'],
    source: M6_HATS,
  },
  {
    id: 'yellow-coproduce',
    lens: 'yellow',
    text: 'What could we gain by designing this with the people who will use it?',
    fits: ['planning'],
    source: QPSP,
  },
  {
    id: 'yellow-learning',
    lens: 'yellow',
    text: 'What went well in the response that we can thank people for and keep doing?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'yellow-trust',
    lens: 'yellow',
    text: 'How could an open, kind response rebuild trust with the family and the staff involved?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'yellow-best',
    lens: 'yellow',
    text: 'When they are at their best at work, what does it look like, and how could we see more of it?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  {
    id: 'yellow-proud',
    lens: 'yellow',
    text: 'What are they proud of lately that others may not have noticed?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  // Green: new ideas
  {
    id: 'green-any',
    lens: 'green',
    text: 'What is one small, kind act we could try this week that costs almost nothing?',
    fits: [],
    source: M6_HATS,
  },
  {
    id: 'green-huddle',
    lens: 'green',
    text: 'Could each of us ask one patient today what matters to them, and share the answers tomorrow?',
    fits: ['huddle'],
    source: WMTY,
  },
  {
    id: 'green-shift-change',
    lens: 'green',
    text: 'What one small change would make this shift kinder for patients or for us?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'green-agenda',
    lens: 'green',
    text: 'Could the meeting open with a patient story, told or chosen by a patient partner?',
    fits: ['board', 'planning'],
    source: QPSP,
  },
  {
    id: 'green-co-lead',
    lens: 'green',
    text: 'Which decision in front of the board could a patient partner co-lead?',
    fits: ['board'],
    source: QPSP,
  },
  {
    id: 'green-design',
    lens: 'green',
    text: 'What would this service look like if patients and carers drew it with us from a blank page?',
    fits: ['planning'],
    source: QPSP,
  },
  {
    id: 'green-repair',
    lens: 'green',
    text: 'What could we offer the family and the staff involved, beyond an apology letter?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'green-family-shape',
    lens: 'green',
    text: 'How could the family help shape what changes after this review?',
    fits: ['incident'],
    source: QPSP,
  },
  {
    id: 'green-grow',
    lens: 'green',
    text: 'What would they like to try or learn next, and how can you make room for it?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  {
    id: 'green-lighter',
    lens: 'green',
    text: 'What could you take off their plate, or do differently as their manager, this month?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  // Blue: process and organisation
  {
    id: 'blue-any',
    lens: 'blue',
    text: 'Who will do what by when, and how will we know the kind thing actually happened?',
    fits: [],
    source: M6_HATS,
  },
  {
    id: 'blue-huddle',
    lens: 'blue',
    text: 'Who takes today’s actions, and when will we check in on them together?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'blue-escalate',
    lens: 'blue',
    text: 'If the shift gets harder, who raises it, and how will the whole team hear?',
    fits: ['huddle'],
    source: M6_HATS,
  },
  {
    id: 'blue-governance',
    lens: 'blue',
    text: 'Where in our governance do patient partners co-lead, and where are they still only consulted?',
    fits: ['board'],
    source: QPSP,
  },
  {
    id: 'blue-accountable',
    lens: 'blue',
    text: 'How will the public see this plan, shape it and hold us to it?',
    fits: ['planning', 'board'],
    source: QPSP,
  },
  {
    id: 'blue-partner-steps',
    lens: 'blue',
    text: 'At which steps of this plan will patient partners decide, not only advise?',
    fits: ['planning'],
    source: QPSP,
  },
  {
    id: 'blue-loop',
    lens: 'blue',
    text: 'How will we tell the family and the staff involved what changed because of them?',
    fits: ['incident'],
    source: QPSP,
  },
  {
    id: 'blue-follow-up',
    lens: 'blue',
    text: 'Who will follow up with the staff involved in the incident, and by when?',
    fits: ['incident'],
    source: M6_HATS,
  },
  {
    id: 'blue-support',
    lens: 'blue',
    text: 'What gets in the way of a good day for them, and which part of that can you remove?',
    fits: ['one-to-one'],
    source: IHI_JOY,
  },
  {
    id: 'blue-next-meet',
    lens: 'blue',
    text: 'What will each of you do before you next meet, and when will that be?',
    fits: ['one-to-one'],
    source: M6_HATS,
  },
] as const satisfies readonly HatsQuestion[];

/** "Whose voice is missing?": patient partnership first, then what matters to the team. */
export const voicePrompts = [
  {
    id: 'voice-partner-in-room',
    group: 'partners',
    text: 'Is a patient or carer partner in the room, or is someone speaking for them?',
    source: QPSP,
  },
  {
    id: 'voice-lived-experience',
    group: 'partners',
    text: 'Whose lived experience is shaping this decision, and whose is missing?',
    source: QPSP,
  },
  {
    id: 'voice-close-loop',
    group: 'partners',
    text: 'How will we close the loop, telling people what we did with what they told us?',
    source: QPSP,
  },
  {
    id: 'voice-team-matters',
    group: 'team',
    text: 'Have we asked the team what matters to them in their daily work, and who has not been asked yet?',
    source: IHI_JOY,
  },
  {
    id: 'voice-team-good-day',
    group: 'team',
    text: 'What helps the people who are not in this room have a good day here?',
    source: IHI_JOY,
  },
  {
    id: 'voice-team-best',
    group: 'team',
    text: 'Whose picture of this team at its best is missing from the conversation?',
    source: IHI_JOY,
  },
  {
    id: 'voice-team-in-the-way',
    group: 'team',
    text: 'Who knows best what spoils a good day here, and have we heard from them?',
    source: IHI_JOY,
  },
] as const satisfies readonly VoicePrompt[];
