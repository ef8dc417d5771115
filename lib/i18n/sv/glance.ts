import type { TranslationOf } from '../catalogue';
import type { glance as english } from '../en/glance';

/** Swedish UI strings of the sidebar at a glance (Today and its tabs) and the welcome page. */
export const glance = {
  'glance.tabs': 'Sidopanelens vyer',
  'glance.tab.today': 'I dag',
  'glance.tab.prompts': 'Förslag',
  'glance.tab.why': 'Varför vänlighet',
  'glance.tab.conversations': 'Samtal',
  'glance.tab.checkin': 'Check-in',
  'glance.loading': 'Laddar…',

  'glance.today.heading': 'Vad är viktigt för dig?',
  'glance.today.wmtyDay': 'I dag är det ”Vad är viktigt för dig?”-dagen',
  'glance.today.for': 'Förslag för',
  'glance.today.action': 'Din handling: {action}',
  'glance.today.save': 'Spara som min handling',
  'glance.today.saving': 'Sparar…',
  'glance.today.savedButton': 'Sparad',
  'glance.today.saved': 'Sparad bland dina handlingar',
  'glance.today.another': 'Ett annat förslag',
  'glance.today.notForMe': 'Inte för mig',
  'glance.today.setAside': 'Det förslaget visas inte igen.',
  'glance.today.none': 'Du har lagt undan alla förslag för den här gruppen. Välj en annan grupp ovan.',
  'glance.open.heading': 'Dina öppna handlingar',
  'glance.open.empty': 'Inga öppna handlingar. Spara dagens förslag för att börja på en.',
  'glance.open.done': 'Bocka av',
  'glance.open.doneLabel': 'Bocka av: {action}',
  'glance.open.letGo': 'Släpp taget',
  'glance.open.letGoLabel': 'Släpp taget: {action}',
  'glance.open.markedDone': 'Avbockad: {action}',
  'glance.open.letGone': 'Släppt: {action}',
  'glance.conversation.heading': 'Senaste samtalet',
  'glance.conversation.more': 'Alla samtal',

  'glance.prompts.audience': 'För',
  'glance.prompts.step': 'Steg',
  'glance.prompts.anyStep': 'Alla',
  'glance.prompts.count': { one: '{count} förslag', other: '{count} förslag' },
  'glance.prompts.action': 'Handling att spara:',
  'glance.prompts.source': 'Källa:',

  'glance.why.intro':
    'En gemensam teori om vänlighet i vården. Öppna ett påstående för att läsa underlaget och källorna.',
  'glance.why.sources': 'Källor',
  'glance.why.themes': 'Åtta teman från samtalen',

  'glance.conversations.search': 'Sök bland samtalen',
  'glance.conversations.found': { one: '{shown} av {count} samtal', other: '{shown} av {count} samtal' },
  'glance.conversations.none': 'Inget samtal matchar ”{query}”.',
  'glance.conversations.with': 'Med {speakers}',

  'glance.wmty.label': '”Vad är viktigt för dig?”-dagen',
  'glance.wmty.help':
    'Den dagen säger sidopanelen det och börjar med en ”Vad är viktigt för dig?”-fråga. Oftast 6 juni; i Sverige ibland en annan dag.',
  'glance.wmty.month': 'Månad',
  'glance.wmty.day': 'Dag',
  'glance.wmty.saved': 'Sparat.',
  'glance.wmty.reset': 'Tillbaka till 6 juni',

  'welcome.title': 'Välkommen till Kindling',
  'welcome.lead': 'Små vänliga handlingar, medvetet valda, i den webbläsare du redan använder på jobbet.',
  'welcome.skip': 'Hoppa över, jag utforskar själv',
  'welcome.does.heading': 'Det här gör Kindling',
  'welcome.does.1':
    'Ger dig ett kort förslag om dagen på temat ”Vad är viktigt för dig?”, för patienter, närstående eller kollegor.',
  'welcome.does.2':
    'Sparar handlingarna du väljer i en privat dagbok, så att du kan bocka av dem och reflektera.',
  'welcome.does.3': 'Hjälper ledare att göra en kort check-in om vänlighet före ett möte.',
  'welcome.never.heading': 'Det här gör Kindling aldrig',
  'welcome.never.1': 'Läser aldrig sidorna du arbetar i, bara deras webbadress.',
  'welcome.never.2': 'Skickar inga nätverksanrop och spårar dig inte på något sätt.',
  'welcome.never.3': 'Sparar dina handlingar i den här webbläsaren, aldrig på webbplatserna du använder.',
  'welcome.never.4': 'Körs inte på någon webbplats förrän du slår på det där.',
  'welcome.enable.heading': 'Slå på Kindling för en webbplats',
  'welcome.enable.1': 'Öppna avdelningens översikt, journalsystemet eller schemat.',
  'welcome.enable.2': 'Klicka på Kindling-knappen i webbläsarens verktygsfält.',
  'welcome.enable.3': 'Välj ”Visa Kindling på” för webbplatsen och tillåt det när webbläsaren frågar.',
  'welcome.enable.picture':
    'Kindlings fönster från verktygsfältet på en avdelnings webbplats, med knappen som visar Kindling där.',
  'welcome.pace.heading': 'Hur ofta får ett förslag dyka upp?',
  'welcome.pace.help':
    'Ett litet kort vid Kindling-knappen, aldrig medan du skriver. Du kan ändra det i inställningarna.',
  'welcome.pace.saved': 'Sparat. Nu kan du börja.',
  'welcome.done': 'Börja använda Kindling',
} as const satisfies TranslationOf<typeof english>;
