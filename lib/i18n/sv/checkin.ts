import type { TranslationOf } from '../catalogue';
import type { checkin as english } from '../en/checkin';

/** Swedish UI strings for the leaders' meeting check-in (issue 5). */
export const checkin = {
  'checkin.heading': 'Check-in om vänlighet',
  'checkin.intro':
    'Tio minuter före ett möte: se på mötet med sex tänkande hattar, fråga vems röst som saknas och välj vad du ska göra.',

  'checkin.setup.heading': 'Förbered ett möte',
  'checkin.setup.meetingType': 'Typ av möte',
  'checkin.setup.length': 'Längd',
  'checkin.setup.minutes': { one: '{count} minut', other: '{count} minuter' },
  'checkin.setup.perLens': 'Ungefär {time} per hatt',
  'checkin.setup.begin': 'Börja check-in',
  'checkin.setup.starting': 'Startar…',

  'checkin.meeting.huddle': 'Avstämning i teamet',
  'checkin.meeting.board': 'Ledningsgrupp eller nämnd',
  'checkin.meeting.incident': 'Händelseanalys',
  'checkin.meeting.planning': 'Verksamhetsplanering',
  'checkin.meeting.one-to-one': 'Enskilt samtal',

  'checkin.opening.heading': 'Innan du börjar',
  'checkin.opening.digest': 'Att dela i början: senaste Samtal om vänlighet',
  'checkin.opening.insights': 'Insikter: {title}',
  'checkin.voice.heading': 'Vems röst saknas?',
  'checkin.voice.partners': 'Patienter och närstående som partner',
  'checkin.voice.team': 'Vad som är viktigt för teamet',
  'checkin.voice.notes': 'Anteckningar om vems röst som saknas',
  'checkin.opening.firstLens': 'Börja med första hatten',

  'checkin.lens.step': 'Hatt {number} av {total}',
  'checkin.lens.perspective': 'Ett {perspective} perspektiv',
  'checkin.lens.questions': 'Frågor',
  'checkin.lens.notes': 'Dina anteckningar: {lens}',
  'checkin.lens.saveAction': 'Spara anteckningen som handling',
  'checkin.lens.savingAction': 'Sparar…',
  'checkin.lens.savedAction': 'Sparad som handling: {text}',
  'checkin.lens.noteEmpty': 'Skriv en anteckning först och spara den sedan som handling.',
  'checkin.lens.noteTooLong':
    'Anteckningen har {length} tecken; en handling rymmer högst {max}. Korta ner den till det enda du ska göra och spara den sedan som handling. Hela anteckningen finns kvar i din check-in.',
  'checkin.lens.alreadyAction': 'Redan sparad som handling: {text}',
  'checkin.lens.chosen': 'Handlingar valda under den här hatten',
  'checkin.lens.back': 'Tillbaka',
  'checkin.lens.next': 'Nästa hatt',
  'checkin.lens.skip': 'Hoppa över hatten',
  'checkin.lens.finish': 'Avsluta check-in',
  'checkin.lens.controls': 'Steg i din check-in',

  'checkin.timer.label': 'Tid kvar för den här hatten',
  'checkin.timer.left': '{time} kvar',
  'checkin.timer.paused': '{time} kvar, pausad',
  'checkin.timer.up': 'Tiden för den här hatten är slut. Gå vidare när du är redo.',
  'checkin.timer.pause': 'Pausa timern',
  'checkin.timer.resume': 'Fortsätt timern',

  'checkin.summary.title': 'Sammanfattning av check-in om vänlighet',
  'checkin.summary.meeting': 'Möte',
  'checkin.summary.date': 'Datum',
  'checkin.summary.length': 'Längd',
  'checkin.summary.covered': 'Genomgångna hattar',
  'checkin.summary.noneCovered': 'Inga',
  'checkin.summary.actions': 'Valda handlingar',
  'checkin.summary.noActions': 'Inga valda handlingar',
  'checkin.summary.notes': 'Anteckningar',
  'checkin.summary.voice': 'Vems röst som saknas',
  'checkin.summary.copyText': 'Kopiera som vanlig text',
  'checkin.summary.copyMarkdown': 'Kopiera som Markdown',
  'checkin.summary.copied': 'Kopierat till urklipp.',
  'checkin.summary.copyFailed':
    'Webbläsaren lät inte Kindling kopiera. Markera sammanfattningen och kopiera den själv, eller skriv ut den.',
  'checkin.summary.print': 'Skriv ut',
  'checkin.summary.edit': 'Tillbaka till hattarna',
  'checkin.summary.done': 'Klar',

  'checkin.past.heading': 'Tidigare check-ins',
  'checkin.past.empty': 'Inga check-ins än.',
  'checkin.past.finished': 'Avslutad',
  'checkin.past.open': 'Pågår',
  'checkin.past.reopen': 'Öppna igen',
  'checkin.past.reopenLabel': 'Öppna igen: check-in {meeting}, {date}',
  'checkin.past.delete': 'Radera',
  'checkin.past.deleteLabel': 'Radera: check-in {meeting}, {date}',
  'checkin.past.confirm': 'Ja, radera den',
  'checkin.past.confirmLabel': 'Ja, radera: check-in {meeting}, {date}',
  'checkin.past.keep': 'Behåll den',

  'checkin.error': 'Något gick fel: {error}',
  'checkin.latest.heading': 'Din senaste check-in',

  'popup.prepareMeeting': 'Förbered ett möte',
  'checkin.latest.open': 'Öppna denna check-in',
} as const satisfies TranslationOf<typeof english>;
