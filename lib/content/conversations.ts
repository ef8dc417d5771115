import type { Conversation, Source, Workshop } from './types';

const COMMUNITY_PAGE = {
  citation: 'Kindness in Healthcare, Conversations for Kindness page',
  url: 'https://kindnessinhealthcare.world/index.php/monthly-conversations/',
} as const satisfies Source;

const M6_WORKSHOP = {
  citation: 'M6 workshop programme: Embedding voices, sharing power, 9 March 2026',
} as const satisfies Source;

/** The workshop whose programme the theory and the check-in draw on; its programme text is not online. */
export const workshop = {
  id: 'workshop-2026-03-m6',
  date: '2026-03-09',
  title: 'M6: Embedding voices, sharing power: patient partnership as a driver of safer, kinder healthcare',
  speakers: [
    'Bob Klaber (Imperial College Healthcare NHS Trust)',
    'Mathieu Louiset (PAQS, Belgium)',
    'Anette Nilsson (Region Jönköping County, Sweden)',
    'Christina Rennie (University Hospital Southampton NHS Foundation Trust)',
    'Kate Pryde (University Hospital Southampton NHS Foundation Trust)',
  ],
  summary:
    'From the workshop programme notes: part one uses de Bono’s Six Thinking Hats to turn the shared theory of kindness and What Matters To You into action. Part two shows how patient partners in Southampton’s Quality and Patient Safety Partner programme share leadership of strategy, safety and improvement work.',
  source: M6_WORKSHOP,
} as const satisfies Workshop;

const PAGE = 'https://kindnessinhealthcare.world/index.php/monthly-conversations/';

/** The 21 monthly Conversations for Kindness the community page lists, newest first. */
export const conversations = [
  {
    id: 'conversation-2024-04',
    date: '2024-04-01',
    kind: 'monthly-conversation',
    title: 'The role of kindness in the British Red Cross',
    speakers: [
      'Lisa Hollins (British Red Cross, UK services)',
      'Victoria Corbishley (British Red Cross, Director for Health)',
      'Helen O’Connor (British Red Cross, Community Education)',
    ],
    summary:
      'Leaders from the British Red Cross described how kindness runs through their work. Groups then talked about kindness as a source of community resilience when people face a crisis.',
    link: `${PAGE}#:~:text=April%202024`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2024-03',
    date: '2024-03-01',
    kind: 'monthly-conversation',
    title: 'Follow Your Compassion',
    speakers: [
      'Dharaa Patel (The King’s Fund)',
      'Simon Newitt (The King’s Fund)',
      'Kiara (project participant)',
      'Sage (project participant)',
      'Karen (project participant)',
      'Rosemary (project participant)',
    ],
    summary:
      'A look at Follow Your Compassion, an ethnographic project in which UK nurses and midwives, just qualified and registered, kept journals on how kindness and compassion felt at work. Dharaa Patel and Simon Newitt of The King’s Fund spoke alongside four of the nurses and midwives who took part.',
    link: `${PAGE}#:~:text=March%202024`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2024-02',
    date: '2024-02-01',
    kind: 'monthly-conversation',
    title: 'Using ‘Clean Language’ to achieve better and kinder conversations in healthcare',
    speakers: ['Dr Hesham Abdalla', 'Judy Rees', 'Steve McCann'],
    summary:
      'The people behind Clean Language explained this counter-intuitive way of communicating and their aim of equipping a million health and care professionals to use it for clearer, more compassionate conversations.',
    link: `${PAGE}#:~:text=February%202024`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2024-01',
    date: '2024-01-01',
    kind: 'monthly-conversation',
    title: 'Kindness in education',
    speakers: ['Dr Sanjiv Ahluwalia (Head of Anglia Ruskin School of Medicine)'],
    summary:
      'Sanjiv Ahluwalia discussed evidence that medical students’ empathy tends to fall as they progress, and that many doctors in training are unhappy. Groups then explored how to prepare students to value kindness and how to be kinder to learners.',
    link: `${PAGE}#:~:text=January%202024`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-12',
    date: '2023-12-01',
    kind: 'monthly-conversation',
    title: 'Compassion and kindness in leadership',
    speakers: ['Professor Michael West'],
    summary:
      'Michael West explored how happiness and work connect, what compassion really means, and what it takes to build conditions in which compassion can thrive in healthcare.',
    link: `${PAGE}#:~:text=December%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-11',
    date: '2023-11-01',
    kind: 'monthly-conversation',
    title: 'Kindness and psychological safety',
    speakers: ['Amy Edmondson (Harvard Business School)'],
    summary:
      'Amy Edmondson, known for her research on psychological safety, led a conversation on how relationships between people at work shape the way organisations grow.',
    link: `${PAGE}#:~:text=November%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-10',
    date: '2023-10-01',
    kind: 'monthly-conversation',
    title: '36 months of conversations so far',
    speakers: [],
    summary:
      'A feedback session in which community members shared views on what the group should prioritise and where it should put its energy next.',
    link: `${PAGE}#:~:text=October%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-09',
    date: '2023-09-01',
    kind: 'monthly-conversation',
    title: 'Kindness and our education systems',
    speakers: ['James Mountford (London Interdisciplinary School)', 'Ed Fidoe', 'James Handscombe'],
    summary:
      'For the first time the group looked beyond healthcare to education, with two speakers each drawing on their experience of kindness in a different educational setting. James Mountford coordinated the session.',
    link: `${PAGE}#:~:text=September%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-08',
    date: '2023-08-01',
    kind: 'monthly-conversation',
    title: 'Exploring the role of education and learning in building kindness',
    speakers: ['Bob Klaber', 'Maureen Bisognano'],
    summary:
      'Bob Klaber and Maureen Bisognano led a discussion on how teaching, training and learning can help people build kindness.',
    link: `${PAGE}#:~:text=August%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-07',
    date: '2023-07-01',
    kind: 'monthly-conversation',
    title: 'Detoxifying healthcare: leading practically with and for kindness',
    speakers: [
      'Gabrielle Matthews (NHS Youth Forum; Imperial College School of Medicine)',
      'Maureen Bisognano (Institute for Healthcare Improvement)',
    ],
    summary:
      'A hands-on look at kindness in practice, focusing on when to break the rules and how to tell a story that means something.',
    link: `${PAGE}#:~:text=July%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-06',
    date: '2023-06-01',
    kind: 'monthly-conversation',
    title: 'Listening to patients',
    speakers: ['Henrietta Hughes (Patient Safety Commissioner for England)'],
    summary:
      'England’s first Patient Safety Commissioner spoke about hearing patients and their relatives, and about social movements. The group closed by reflecting on what over two years of conversations had taught them.',
    link: `${PAGE}#:~:text=June%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-05',
    date: '2023-05-01',
    kind: 'monthly-conversation',
    title: 'Whose story is it anyhow? Creating safe spaces for patient storytellers',
    speakers: ['Sue Robins (author and patient advocate)'],
    summary:
      'Sue Robins talked about making it safe for patients to tell their stories, and how sharing them makes healthcare kinder. She drew on her own breast cancer diagnosis and on speaking up for families since her son was born with Down syndrome.',
    link: `${PAGE}#:~:text=May%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-03',
    date: '2023-03-01',
    kind: 'monthly-conversation',
    title: 'Kindness in the face of conflict',
    speakers: [
      'Miriam Fine Goulden (Evelina Children’s Hospital)',
      'Marilyn McDougall (Evelina Children’s Hospital)',
      'Shelley Riphagen (Evelina Children’s Hospital)',
    ],
    summary:
      'Three paediatric intensivists drew on professional and personal experience of staying compassionate when their clinical, ethical or moral judgement is challenged at the very highest level.',
    link: `${PAGE}#:~:text=March%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-02',
    date: '2023-02-01',
    kind: 'monthly-conversation',
    title: 'Regulation in healthcare: exploring if and how this can be done with kindness',
    speakers: [
      'Victoria O’Brien (Care Quality Commission secondee)',
      'Astrid Etherington (General Medical Council fellow, Wales)',
      'Nigel Acheson (NHS England, South Region)',
    ],
    summary:
      'Speakers with experience of the Care Quality Commission, the General Medical Council and NHS England asked whether regulation could or should require kindness, and whether regulators can themselves act kindly.',
    link: `${PAGE}#:~:text=February%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2023-01',
    date: '2023-01-01',
    kind: 'monthly-conversation',
    title: 'Kindness in Healthcare: Exploring the gap between what we want and what we have in healthcare',
    speakers: [
      'John Ballatt (author, Intelligent Kindness)',
      'Dr Kate Pryde (consultant paediatrician)',
      'Paul Batalden (The Dartmouth Institute)',
    ],
    summary:
      'Over 80 community members looked at the distance between the care we hope for and the care we get, hearing from John Ballatt, Kate Pryde and Paul Batalden and talking it through in groups.',
    link: `${PAGE}#:~:text=January%202023`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2022-12',
    date: '2022-12-01',
    kind: 'monthly-conversation',
    title: 'A Christmas Advent calendar: kindness efforts from our community',
    speakers: [],
    summary:
      'A special session in which eight groups from across the community each gave a two-to-three-minute talk on their work to put humanity back at the heart of health and care worldwide.',
    link: `${PAGE}#:~:text=December%202022`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2022-11',
    date: '2022-11-01',
    kind: 'monthly-conversation',
    title: 'Kindness: big and little acts to try',
    speakers: ['Maureen Bisognano (IHI)', 'Gabby Matthews (NHS England)'],
    summary:
      'Maureen Bisognano and Gabby Matthews offered ideas for acts of kindness, large and small, that anyone can try.',
    link: `${PAGE}#:~:text=November%202022`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2022-10',
    date: '2022-10-01',
    kind: 'monthly-conversation',
    title: 'Gathering of Kindness',
    speakers: ['Cath Crock', 'Sue Robins', 'Nicki Macklin'],
    summary:
      'Three speakers shared their own experiences of kindness in care and their work on Gathering of Kindness events, which bring arts and music into health settings to help kindness take root.',
    link: `${PAGE}#:~:text=October%202022`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2022-09',
    date: '2022-09-01',
    kind: 'monthly-conversation',
    title: 'Kindness at work: benefits, downsides and barriers',
    speakers: ['Dr Robin Banerjee', 'Dr Gillian Sandstrom', 'Bob Klaber (host)', 'Suzie Bailey (host)'],
    summary:
      'Robin Banerjee and Gillian Sandstrom shared research on what kindness at work looks like, particularly in healthcare, its benefits and drawbacks, and what stops people being kinder.',
    link: `${PAGE}#:~:text=September%202022`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2022-08',
    date: '2022-08-01',
    kind: 'monthly-conversation',
    title: 'A movement for care',
    speakers: ['Dr Victor Montori', 'Dr Dominique Allwood', 'Suzie Bailey (host)'],
    summary:
      'Members explored the idea of a movement for care. Victor Montori and Dominique Allwood described how they work towards care that is careful and kind, and how ‘industrialised’ healthcare gets in the way.',
    link: `${PAGE}#:~:text=August%202022`,
    source: COMMUNITY_PAGE,
  },
  {
    id: 'conversation-2022-07',
    date: '2022-07-01',
    kind: 'monthly-conversation',
    title: 'Eudaimonia and caring',
    speakers: ['Maureen Bisognano (Institute for Healthcare Improvement)'],
    summary: 'Maureen Bisognano presented eudaimonia as a fresh way of looking at what caring means.',
    link: `${PAGE}#:~:text=July%202022`,
    source: COMMUNITY_PAGE,
  },
] as const satisfies readonly Conversation[];
