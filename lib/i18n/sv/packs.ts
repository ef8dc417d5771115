import type { TranslationOf } from '../catalogue';
import type { packs as english } from '../en/packs';

/** Swedish: content packs — an organisation's suggestions, links and conversations, from a file or by policy. */
export const packs = {
  'packs.heading': 'Innehållspaket',
  'packs.intro':
    'Förslag, länkar och Samtal om vänlighet från din organisation eller ditt team. Ett paket är en fil som du får av utgivaren; Kindling läser den på den här enheten och skickar ingenting vidare.',
  'packs.import': 'Importera ett innehållspaket (JSON-fil)',
  'packs.importing': 'Läser paketet…',
  'packs.added': '”{name}” har lagts till, version {version}.',
  'packs.updated': '”{name}” har uppdaterats från version {old} till version {version}.',
  'packs.none': 'Inga innehållspaket än.',
  'packs.listLabel': 'Dina innehållspaket',
  'packs.byline': 'Från {publisher} · version {version}',
  'packs.count.prompts': { one: '{count} förslag', other: '{count} förslag' },
  'packs.count.links': { one: '{count} länk', other: '{count} länkar' },
  'packs.count.conversations': { one: '{count} samtal', other: '{count} samtal' },
  'packs.fromFile': 'Importerat från en fil den {date}',
  'packs.managed': 'Hanteras av din organisation; det går inte att ta bort här.',
  'packs.remove': 'Ta bort',
  'packs.removeLabel': 'Ta bort {name}',
  'packs.removed': '”{name}” har tagits bort. Handlingar som du sparat från det finns kvar i din dagbok.',
  'packs.undo': 'Ångra',
  'packs.restored': '”{name}” är tillbaka.',
  'packs.refused': 'Paketet lades inte till: {problem} Inget ändrades.',
  'packs.policyProblem': 'Din organisations innehållspaket kunde inte användas: {problem}',
  'packs.from': 'Från {publisher}',
  'packs.problem.format':
    'Det här är inget innehållspaket för Kindling: fältet "format" måste vara "kindling-pack".',
  'packs.problem.schemaVersion':
    'Paketet är skrivet för en annan version av Kindling ("schemaVersion" {found}); den här Kindling läser schemaVersion 1.',
  'packs.problem.notJson': 'Filen är inte JSON och kan därför inte vara ett innehållspaket.',
  'packs.problem.tooBig': 'Filen är {size} MB; ett innehållspaket får vara högst {max} MB.',
  'packs.problem.tooMany':
    'Ett innehållspaket får innehålla högst {max} delar sammanlagt; det här har {count}.',
  'packs.problem.empty': 'Ett innehållspaket måste innehålla minst ett förslag, en länk eller ett samtal.',
  'packs.problem.missing': 'fältet saknas.',
  'packs.problem.object': 'måste vara ett objekt ({ … }).',
  'packs.problem.list': 'måste vara en lista ([ … ]).',
  'packs.problem.packId':
    'måste bestå av 1 till 64 små bokstäver, siffror, bindestreck eller punkter och börja med en bokstav eller siffra.',
  'packs.problem.itemId':
    'måste bestå av 1 till 64 små bokstäver, siffror eller bindestreck och börja med en bokstav eller siffra.',
  'packs.problem.version':
    'måste vara en version som "1", "1.2" eller "2026.12.1": högst fyra heltal med punkter emellan.',
  'packs.problem.text': 'måste vara en text på 1 till {max} tecken.',
  'packs.problem.words': 'behöver text på minst ett av dessa språk: {codes}.',
  'packs.problem.audience': 'måste vara "patients", "families" eller "colleagues".',
  'packs.problem.mode': 'måste vara "ask", "listen" eller "do".',
  'packs.problem.kind': 'måste vara "ward", "clinic", "discharge", "handover" eller "admin".',
  'packs.problem.https': 'måste vara en fullständig https://-adress.',
  'packs.problem.month': 'måste vara en månad skriven ÅÅÅÅ-MM, till exempel "2026-11".',
  'packs.problem.speakers': 'får nämna högst {max} talare.',
  'packs.problem.duplicate': 'id:t "{id}" används två gånger; varje del behöver ett eget.',
  'packs.problem.older':
    'Du har redan version {installed} av ”{name}”, och den här filen är version {version}. Bara en nyare version ersätter det.',
  'packs.problem.managed':
    '”{name}” kommer från din organisation och kan därför inte ersättas eller tas bort i inställningarna.',
  'packs.problem.tooManyPacks': 'Du kan ha högst {max} innehållspaket; ta bort ett först.',
  'packs.problem.unknown': 'Det finns inget innehållspaket med det id:t.',
} as const satisfies TranslationOf<typeof english>;
