import type { KindnessTheme, Source, TheoryClaim } from './types';

const M6_WORKSHOP = {
  citation: 'M6 workshop programme: Embedding voices, sharing power, 9 March 2026',
} as const satisfies Source;

const KLABER_BAILEY = {
  citation: 'Klaber and Bailey, "Kindness: an underrated currency", BMJ 2019;367:l6099',
  url: 'https://doi.org/10.1136/bmj.l6099',
} as const satisfies Source;

const HAKE_POST = {
  citation: 'Hake and Post, PLOS ONE 2023, e0288766',
  url: 'https://doi.org/10.1371/journal.pone.0288766',
} as const satisfies Source;

const BATALDEN = {
  citation: 'Batalden et al., co-production of healthcare services, BMJ Qual Saf 2016;25(7):509',
  url: 'https://doi.org/10.1136/bmjqs-2015-004315',
} as const satisfies Source;

const PSLHUB_THEMES = {
  citation: 'pslhub.org, "Kindness in healthcare website"',
} as const satisfies Source;

/** The shared theory of kindness: why kindness matters, one claim per topic. */
export const theoryClaims = [
  {
    id: 'theory-outcomes',
    topic: 'outcomes',
    title: 'Better clinical outcomes',
    body: 'The M6 workshop sets out a shared theory of kindness in which being kind leads to better clinical outcomes for patients. It asks leaders, clinicians and carers to build kindness into ordinary, day-to-day care.',
    sources: [M6_WORKSHOP],
  },
  {
    id: 'theory-experience',
    topic: 'experience',
    title: 'A better experience of care',
    body: 'The workshop argues that kindness improves how patients experience their care. Hake and Post (2023) found that patients’ sense of being treated kindly was correlated with small things: a smiling greeting, questions about their daily life, careful listening and a clinician who seemed interested.',
    sources: [M6_WORKSHOP, HAKE_POST],
  },
  {
    id: 'theory-retention',
    topic: 'retention',
    title: 'Engaged staff who stay',
    body: 'The workshop links kindness with staff who feel more engaged in their work and who are more likely to stay in their jobs.',
    sources: [M6_WORKSHOP],
  },
  {
    id: 'theory-cost',
    topic: 'cost',
    title: 'Lower costs',
    body: 'The workshop’s theory includes the claim that kindness brings costs down. Klaber and Bailey call kindness an underrated currency and argue that it belongs in the core business of healthcare, rather than letting money set the whole agenda.',
    sources: [M6_WORKSHOP, KLABER_BAILEY],
  },
  {
    id: 'theory-power',
    topic: 'power',
    title: 'Kindness unlocks power',
    body: 'The workshop argues that kindness opens up more than compassion: it shifts power, above all giving citizens a real say in shaping their own care. Working with patients, rather than only on their behalf, is how that power gets shared.',
    sources: [M6_WORKSHOP],
  },
  {
    id: 'theory-co-production',
    topic: 'co-production',
    title: 'Co-production builds relationships',
    body: 'According to the workshop, designing and delivering care in partnership with the people who use it results in closer relationships, shared power and real change. Batalden and colleagues’ work on the co-production of healthcare services underpins this idea.',
    sources: [M6_WORKSHOP, BATALDEN],
  },
] as const satisfies readonly TheoryClaim[];

/** The eight themes that emerged from the Conversations for Kindness. */
export const kindnessThemes = [
  {
    id: 'theme-choice',
    title: 'A choice we act on',
    body: 'Kindness is something we decide to do, not a feeling we wait to arrive.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-cycle',
    title: 'Kindness is a cycle',
    body: 'One kind act tends to prompt another, so kindness keeps spreading and coming back.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-therapeutic',
    title: 'It helps people heal',
    body: 'Kindness plays a powerful part in treatment and recovery in its own right.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-challenging-unkindness',
    title: 'Challenging unkindness',
    body: 'Noticing unkind behaviour and speaking up about it is part of being kind.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-small-acts',
    title: 'Small acts, big impact',
    body: 'A brief gesture can make a large difference to a patient’s or colleague’s day.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-business-end',
    title: 'At the business end',
    body: 'Kindness sits at the heart of the day-to-day work of healthcare, not on its margins.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-leads-to-more',
    title: 'It leads to much else',
    body: 'Kindness is bound up with many other parts of good care and often opens the way to them.',
    source: PSLHUB_THEMES,
  },
  {
    id: 'theme-leading',
    title: 'Leading with and for kindness',
    body: 'Leaders can show kindness in how they lead and also make a kinder service one of their goals.',
    source: PSLHUB_THEMES,
  },
] as const satisfies readonly KindnessTheme[];
