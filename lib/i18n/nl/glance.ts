import type { TranslationOf } from '../catalogue';
import type { glance as english } from '../en/glance';

/** Dutch (Belgium) UI strings of the sidebar at a glance (Today and its tabs) and the welcome page. */
export const glance = {
  'glance.tabs': 'Weergaven van het zijpaneel',
  'glance.tab.today': 'Vandaag',
  'glance.tab.prompts': 'Suggesties',
  'glance.tab.why': 'Waarom vriendelijkheid',
  'glance.tab.conversations': 'Gesprekken',
  'glance.tab.checkin': 'Check-in',
  'glance.loading': 'Laden…',

  'glance.today.heading': 'Wat is belangrijk voor u?',
  'glance.today.wmtyDay': 'Vandaag is het ‘What matters to you?’-dag',
  'glance.today.for': 'Suggesties voor',
  'glance.today.action': 'Uw actie: {action}',
  'glance.today.save': 'Opslaan als mijn actie',
  'glance.today.saving': 'Opslaan…',
  'glance.today.savedButton': 'Opgeslagen',
  'glance.today.saved': 'Opgeslagen bij uw acties',
  'glance.today.another': 'Andere suggestie',
  'glance.today.notForMe': 'Niet voor mij',
  'glance.today.setAside': 'Die suggestie krijgt u niet meer te zien.',
  'glance.today.none':
    'U heeft alle suggesties voor deze doelgroep opzijgelegd. Kies hierboven een andere doelgroep.',
  'glance.open.heading': 'Uw open acties',
  'glance.open.empty': 'Geen open acties. Sla de suggestie van vandaag op om er een te starten.',
  'glance.open.done': 'Afvinken',
  'glance.open.doneLabel': 'Afvinken: {action}',
  'glance.open.letGo': 'Loslaten',
  'glance.open.letGoLabel': 'Loslaten: {action}',
  'glance.open.markedDone': 'Afgevinkt: {action}',
  'glance.open.letGone': 'Losgelaten: {action}',
  'glance.conversation.heading': 'Nieuwste gesprek',
  'glance.conversation.more': 'Alle gesprekken',

  'glance.prompts.audience': 'Voor',
  'glance.prompts.step': 'Stap',
  'glance.prompts.anyStep': 'Alle',
  'glance.prompts.count': { one: '{count} suggestie', other: '{count} suggesties' },
  'glance.prompts.action': 'Actie om op te slaan:',
  'glance.prompts.source': 'Bron:',

  'glance.why.intro':
    'Een gedeelde theorie over vriendelijkheid in de zorg. Open een stelling om het bewijs en de bronnen te lezen.',
  'glance.why.sources': 'Bronnen',
  'glance.why.themes': 'Acht thema’s uit de gesprekken',

  'glance.conversations.search': 'Gesprekken doorzoeken',
  'glance.conversations.found': {
    one: '{shown} van {count} gesprek',
    other: '{shown} van {count} gesprekken',
  },
  'glance.conversations.none': 'Geen gesprek gevonden voor ‘{query}’.',
  'glance.conversations.with': 'Met {speakers}',

  'glance.wmty.label': '‘What matters to you?’-dag',
  'glance.wmty.help':
    'Op die dag meldt het zijpaneel dat en begint het met een vraag ‘Wat is belangrijk voor u?’. Meestal 6 juni.',
  'glance.wmty.month': 'Maand',
  'glance.wmty.day': 'Dag',
  'glance.wmty.saved': 'Opgeslagen.',
  'glance.wmty.reset': 'Terug naar 6 juni',

  'welcome.title': 'Welkom bij Kindling',
  'welcome.lead':
    'Kleine, bewust gekozen daden van vriendelijkheid, in de browser die u al op het werk gebruikt.',
  'welcome.skip': 'Overslaan, ik verken zelf',
  'welcome.does.heading': 'Wat Kindling doet',
  'welcome.does.1':
    'Biedt elke dag één korte suggestie ‘Wat is belangrijk voor u?’ aan, voor patiënten, familie of collega’s.',
  'welcome.does.2':
    'Bewaart de acties die u kiest in een persoonlijk logboek, zodat u ze kunt afvinken en erop kunt reflecteren.',
  'welcome.does.3':
    'Helpt leidinggevenden om voor een vergadering een korte check-in over vriendelijkheid te houden.',
  'welcome.never.heading': 'Wat Kindling nooit doet',
  'welcome.never.1': 'Het leest nooit de pagina’s waarin u werkt, alleen hun webadres.',
  'welcome.never.2': 'Het doet geen netwerkverzoeken en bevat geen enkele vorm van tracking.',
  'welcome.never.3': 'Het bewaart uw acties in deze browser, nooit op de websites die u gebruikt.',
  'welcome.never.4': 'Het werkt op geen enkele site tot u het daar aanzet.',
  'welcome.enable.heading': 'Aanzetten voor een site',
  'welcome.enable.1': 'Open uw afdelingsbord, elektronisch dossier of uurrooster.',
  'welcome.enable.2': 'Klik op de Kindling-knop in de werkbalk van de browser.',
  'welcome.enable.3': 'Kies ‘Kindling tonen op’ die site en geef toestemming wanneer de browser erom vraagt.',
  'welcome.enable.picture':
    'Het venster van de Kindling-knop in de werkbalk op een afdelingssite, met de knop om Kindling op die site te tonen.',
  'welcome.pace.heading': 'Hoe vaak mag een suggestie verschijnen?',
  'welcome.pace.help':
    'Een kleine kaart bij de Kindling-knop, nooit terwijl u typt. U kunt dit wijzigen in de instellingen.',
  'welcome.pace.saved': 'Opgeslagen. U kunt beginnen.',
  'welcome.done': 'Aan de slag met Kindling',
} as const satisfies TranslationOf<typeof english>;
