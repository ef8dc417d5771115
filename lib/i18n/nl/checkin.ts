import type { TranslationOf } from '../catalogue';
import type { checkin as english } from '../en/checkin';

/** Dutch (Belgium) UI strings for the leaders' meeting check-in (issue 5). */
export const checkin = {
  'checkin.heading': 'Check-in over vriendelijkheid',
  'checkin.intro':
    'Tien minuten voor een vergadering: bekijk ze vanuit zes invalshoeken, vraag u af wiens stem ontbreekt en kies wat u zult doen.',

  'checkin.setup.heading': 'Vergadering voorbereiden',
  'checkin.setup.meetingType': 'Soort vergadering',
  'checkin.setup.length': 'Duur',
  'checkin.setup.minutes': { one: '{count} minuut', other: '{count} minuten' },
  'checkin.setup.perLens': 'Ongeveer {time} per invalshoek',
  'checkin.setup.begin': 'Check-in starten',
  'checkin.setup.starting': 'Starten…',

  'checkin.meeting.huddle': 'Teamhuddle',
  'checkin.meeting.board': 'Raad van bestuur of comité',
  'checkin.meeting.incident': 'Incidentanalyse',
  'checkin.meeting.planning': 'Planning van de dienst',
  'checkin.meeting.one-to-one': 'Individueel gesprek',

  'checkin.opening.heading': 'Voor u begint',
  'checkin.opening.digest': 'Om bij de start te delen: recente Gesprekken over vriendelijkheid',
  'checkin.opening.insights': 'Inzichten: {title}',
  'checkin.voice.heading': 'Wiens stem ontbreekt?',
  'checkin.voice.partners': 'Patiënten en mantelzorgers als partners',
  'checkin.voice.team': 'Wat belangrijk is voor het team',
  'checkin.voice.notes': 'Notities over wiens stem ontbreekt',
  'checkin.opening.firstLens': 'Beginnen met de eerste invalshoek',

  'checkin.lens.step': 'Invalshoek {number} van {total}',
  'checkin.lens.perspective': 'Het {perspective} perspectief',
  'checkin.lens.questions': 'Vragen',
  'checkin.lens.notes': 'Uw notities: {lens}',
  'checkin.lens.saveAction': 'Deze notitie opslaan als actie',
  'checkin.lens.savingAction': 'Opslaan…',
  'checkin.lens.savedAction': 'Opgeslagen als actie: {text}',
  'checkin.lens.noteEmpty': 'Schrijf eerst een notitie en sla ze dan op als actie.',
  'checkin.lens.noteTooLong':
    'Deze notitie telt {length} tekens; een actie bevat er maximaal {max}. Kort de notitie in tot het ene wat u zult doen en sla ze dan op als actie. De volledige notitie blijft in de check-in.',
  'checkin.lens.alreadyAction': 'Al opgeslagen als actie: {text}',
  'checkin.lens.chosen': 'Gekozen acties bij deze invalshoek',
  'checkin.lens.back': 'Terug',
  'checkin.lens.next': 'Volgende invalshoek',
  'checkin.lens.skip': 'Invalshoek overslaan',
  'checkin.lens.finish': 'Check-in afronden',
  'checkin.lens.controls': 'Stappen van de check-in',

  'checkin.timer.label': 'Resterende tijd voor deze invalshoek',
  'checkin.timer.left': 'Nog {time}',
  'checkin.timer.paused': 'Nog {time}, gepauzeerd',
  'checkin.timer.up': 'De tijd voor deze invalshoek is om. Ga verder wanneer u er klaar voor bent.',
  'checkin.timer.pause': 'Timer pauzeren',
  'checkin.timer.resume': 'Timer hervatten',

  'checkin.summary.title': 'Check-in over vriendelijkheid: samenvatting',
  'checkin.summary.meeting': 'Vergadering',
  'checkin.summary.date': 'Datum',
  'checkin.summary.length': 'Duur',
  'checkin.summary.covered': 'Besproken invalshoeken',
  'checkin.summary.noneCovered': 'Geen',
  'checkin.summary.actions': 'Gekozen acties',
  'checkin.summary.noActions': 'Geen acties gekozen',
  'checkin.summary.notes': 'Notities',
  'checkin.summary.voice': 'Wiens stem ontbreekt',
  'checkin.summary.copyText': 'Kopiëren als platte tekst',
  'checkin.summary.copyMarkdown': 'Kopiëren als Markdown',
  'checkin.summary.copied': 'Gekopieerd naar het klembord.',
  'checkin.summary.copyFailed':
    'Deze browser liet Kindling niet kopiëren. Selecteer de samenvatting en kopieer ze zelf, of druk ze af.',
  'checkin.summary.print': 'Afdrukken',
  'checkin.summary.edit': 'Terug naar de invalshoeken',
  'checkin.summary.done': 'Klaar',

  'checkin.past.heading': 'Eerdere check-ins',
  'checkin.past.empty': 'Nog geen check-ins.',
  'checkin.past.finished': 'Afgerond',
  'checkin.past.open': 'Bezig',
  'checkin.past.reopen': 'Heropenen',
  'checkin.past.reopenLabel': 'Heropenen: check-in {meeting} van {date}',
  'checkin.past.delete': 'Verwijderen',
  'checkin.past.deleteLabel': 'Verwijderen: check-in {meeting} van {date}',
  'checkin.past.confirm': 'Ja, verwijderen',
  'checkin.past.confirmLabel': 'Ja, verwijderen: check-in {meeting} van {date}',
  'checkin.past.keep': 'Behouden',

  'checkin.error': 'Er ging iets mis: {error}',
  'checkin.latest.heading': 'Uw laatste check-in',

  'popup.prepareMeeting': 'Vergadering voorbereiden',
  'checkin.latest.open': 'Deze check-in openen',
} as const satisfies TranslationOf<typeof english>;
