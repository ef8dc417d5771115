import type { TranslationOf } from '../catalogue';
import type { core as english } from '../en/core';

/** Dutch (Belgium) UI strings shared by every part of Kindling. */
export const core = {
  'app.name': 'Kindling',

  'launcher.open': 'Kindling openen',
  'launcher.close': 'Kindling sluiten',
  'launcher.frameTitle': 'Zijpaneel van Kindling',

  'sidebar.close': 'Zijpaneel sluiten',
  'sidebar.elsewhere':
    'Kindling opent hier alleen via zijn eigen knop. Gebruik de Kindling-knop in de werkbalk van uw browser om uw acties te zien.',
  'sidebar.theory.heading': 'Waarom vriendelijkheid telt',
  'sidebar.prompts.heading': 'Wat is belangrijk voor u?',
  'sidebar.prompts.save': 'Opslaan als mijn actie',
  'sidebar.prompts.saved': 'Opgeslagen bij uw acties',
  'sidebar.prompts.savedButton': 'Opgeslagen als uw actie',
  'sidebar.conversations.heading': 'Gesprekken over vriendelijkheid',

  'audience.patients': 'Patiënten',
  'audience.families': 'Familie',
  'audience.colleagues': 'Collega’s',
  'audience.all': 'Iedereen',
  'step.ask': 'Vragen',
  'step.listen': 'Luisteren',
  'step.do': 'Doen',

  'status.planned': 'Gepland',
  'status.done': 'Gedaan',
  'status.let-go': 'Losgelaten',

  'popup.actions.heading': 'Uw acties',
  'popup.actions.empty':
    'Nog geen acties. Open het zijpaneel, kies een suggestie ‘Wat is belangrijk voor u?’ en sla ze op als uw actie.',
  'popup.actions.created': 'Opgeslagen op {date}',
  'popup.site.heading': 'Deze site',
  'popup.site.show': 'Kindling tonen op {host}',
  'popup.site.unsupported':
    'Kindling werkt op websites, niet op browserpagina’s zoals deze. Open uw klinische toepassing in dit tabblad en zet Kindling dan hier aan.',
  'popup.site.denied': 'De toestemming voor {host} werd niet gegeven, dus Kindling blijft daar verborgen.',
  'popup.site.failed': 'Deze site kon niet worden aangepast: {error}',
  'popup.openSidebar': 'Zijpaneel openen',
  'popup.settings': 'Instellingen',

  'error.generic': 'Er ging iets mis: {error}',
  'error.cannotRunHere':
    'Kindling kan niet werken op deze pagina: browserpagina’s, extensiewinkels en sommige beveiligde pagina’s zijn afgesloten voor extensies. Open uw klinische webtoepassing in een gewoon tabblad en probeer het opnieuw.',
  'error.tabGone': 'Dat tabblad is gesloten. Open de pagina opnieuw en probeer het nog eens.',
  'error.notReady':
    'Kindling draait nog niet in dat tabblad. Laad de pagina opnieuw en probeer het nog eens.',
  'error.restarted':
    'Kindling werd bijgewerkt of opnieuw gestart. Sluit dit venster, open het opnieuw en probeer het nog eens.',
  'error.noRoom':
    'Deze browser heeft geen ruimte meer om de gegevens van Kindling op te slaan. Maak wat schijfruimte vrij en probeer het opnieuw.',
  'error.actionText': 'Een actie heeft tekst nodig (maximaal {max} tekens).',
  'error.actionSource': 'Een actie moet vermelden waar ze vandaan komt.',
} as const satisfies TranslationOf<typeof english>;
