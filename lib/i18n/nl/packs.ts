import type { TranslationOf } from '../catalogue';
import type { packs as english } from '../en/packs';

/** Dutch (Flanders): content packs — an organisation's suggestions, links and conversations, from a file or by policy. */
export const packs = {
  'packs.heading': 'Inhoudspakketten',
  'packs.intro':
    'Suggesties, links en Gesprekken over vriendelijkheid van uw organisatie of team. Een pakket is een bestand dat u van de uitgever krijgt; Kindling leest het op dit toestel en stuurt niets door.',
  'packs.import': 'Een inhoudspakket importeren (JSON-bestand)',
  'packs.importing': 'Pakket wordt gelezen…',
  'packs.added': '‘{name}’ toegevoegd, versie {version}.',
  'packs.updated': '‘{name}’ bijgewerkt van versie {old} naar versie {version}.',
  'packs.none': 'Nog geen inhoudspakketten.',
  'packs.listLabel': 'Uw inhoudspakketten',
  'packs.byline': 'Van {publisher} · versie {version}',
  'packs.count.prompts': { one: '{count} suggestie', other: '{count} suggesties' },
  'packs.count.links': { one: '{count} link', other: '{count} links' },
  'packs.count.conversations': { one: '{count} gesprek', other: '{count} gesprekken' },
  'packs.fromFile': 'Geïmporteerd uit een bestand op {date}',
  'packs.managed': 'Beheerd door uw organisatie; u kunt het hier niet verwijderen.',
  'packs.remove': 'Verwijderen',
  'packs.removeLabel': '{name} verwijderen',
  'packs.removed': '‘{name}’ verwijderd. Acties die u eruit hebt opgeslagen, blijven in uw logboek.',
  'packs.undo': 'Ongedaan maken',
  'packs.restored': '‘{name}’ is terug.',
  'packs.refused': 'Dit pakket is niet toegevoegd: {problem} Er is niets gewijzigd.',
  'packs.policyProblem': 'Het inhoudspakket van uw organisatie kon niet worden gebruikt: {problem}',
  'packs.from': 'Van {publisher}',
  'packs.problem.format':
    'Dit is geen inhoudspakket voor Kindling: het veld "format" moet "kindling-pack" zijn.',
  'packs.problem.schemaVersion':
    'Dit pakket is geschreven voor een andere versie van Kindling ("schemaVersion" {found}); deze Kindling leest schemaVersion 1.',
  'packs.problem.notJson': 'Dit bestand is geen JSON en kan dus geen inhoudspakket zijn.',
  'packs.problem.tooBig': 'Dit bestand is {size} MB; een inhoudspakket is hoogstens {max} MB.',
  'packs.problem.tooMany':
    'Een inhoudspakket bevat hoogstens {max} items in totaal; dit pakket heeft er {count}.',
  'packs.problem.empty': 'Een inhoudspakket moet minstens één suggestie, link of gesprek bevatten.',
  'packs.problem.missing': 'dit veld ontbreekt.',
  'packs.problem.object': 'moet een object zijn ({ … }).',
  'packs.problem.list': 'moet een lijst zijn ([ … ]).',
  'packs.problem.packId':
    'moet 1 tot 64 kleine letters, cijfers, koppeltekens of punten bevatten en met een letter of cijfer beginnen.',
  'packs.problem.itemId':
    'moet 1 tot 64 kleine letters, cijfers of koppeltekens bevatten en met een letter of cijfer beginnen.',
  'packs.problem.version':
    'moet een versie zijn zoals "1", "1.2" of "2026.12.1": hoogstens vier gehele getallen met punten ertussen.',
  'packs.problem.text': 'moet een tekst van 1 tot {max} tekens zijn.',
  'packs.problem.words': 'heeft tekst nodig in minstens een van deze talen: {codes}.',
  'packs.problem.audience': 'moet "patients", "families" of "colleagues" zijn.',
  'packs.problem.mode': 'moet "ask", "listen" of "do" zijn.',
  'packs.problem.kind': 'moet "ward", "clinic", "discharge", "handover" of "admin" zijn.',
  'packs.problem.https': 'moet een volledig https://-adres zijn.',
  'packs.problem.month': 'moet een maand zijn in de vorm JJJJ-MM, bijvoorbeeld "2026-11".',
  'packs.problem.speakers': 'kan hoogstens {max} sprekers noemen.',
  'packs.problem.duplicate': 'de id "{id}" komt twee keer voor; elk item heeft een eigen id nodig.',
  'packs.problem.older':
    'U hebt al versie {installed} van ‘{name}’, en dit bestand is versie {version}. Alleen een nieuwere versie vervangt het.',
  'packs.problem.managed':
    '‘{name}’ komt van uw organisatie en kan dus niet via de instellingen worden vervangen of verwijderd.',
  'packs.problem.tooManyPacks': 'U kunt hoogstens {max} inhoudspakketten bewaren; verwijder er eerst een.',
  'packs.problem.unknown': 'Er is geen inhoudspakket met die id.',
} as const satisfies TranslationOf<typeof english>;
