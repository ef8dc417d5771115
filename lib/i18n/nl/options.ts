import type { TranslationOf } from '../catalogue';
import type { options as english } from '../en/options';

/** Dutch (Belgium) UI strings for the settings page (issue 9: grouped sections). */
export const options = {
  'options.heading': 'Instellingen van Kindling',
  'options.intro': 'Alles hier wordt in deze browser bewaard en geldt meteen.',
  'options.toc': 'Op deze pagina',

  'options.nudges.heading': 'Suggesties',
  'options.nudges.intro':
    'Op de sites die u aanzet, kan een korte suggestie verschijnen bij de Kindling-knop. Nooit terwijl u typt, nooit in de eerste minuut nadat een pagina opent.',
  'options.nudges.pace': 'Hoe vaak',
  'options.nudges.pace.30': 'Hoogstens om de 30 minuten',
  'options.nudges.pace.60': 'Hoogstens om het uur',
  'options.nudges.pace.120': 'Hoogstens om de 2 uur',
  'options.nudges.pace.240': 'Hoogstens om de 4 uur',
  'options.nudges.pace.480': 'Hoogstens om de 8 uur',
  'options.nudges.pace.1440': 'Hoogstens één keer per dag',
  'options.nudges.pace.0': 'Alleen als ik Kindling open',
  'options.nudges.quiet': 'Rustige uren',
  'options.nudges.quietFrom': 'Geen suggesties van',
  'options.nudges.quietTo': 'tot',
  'options.nudges.saved': 'Opgeslagen',
  'options.nudges.quietEmpty':
    'Kies een tijdstip. Zolang u dat niet doet, blijven de rustige uren {from} tot {to}; wilt u er geen, zet de rustige uren dan uit.',
  'options.nudges.quietEqual':
    'Rustige uren hebben een verschillend begin- en einduur nodig. Ze blijven {from} tot {to}.',
  'options.prompts.audience': 'De suggestie van vandaag is voor',
  'options.prompts.audienceHelp':
    'De weergave Vandaag in het zijpaneel toont eerst suggesties voor deze mensen.',

  'options.sites.heading': 'Websites',
  'options.sites.intro':
    'Kindling toont zijn knop alleen op deze sites. Zet een site aan via het venster van de werkbalkknop terwijl u erop bent.',
  'options.sites.none': 'Nog geen sites.',
  'options.sites.list': 'Sites waarop Kindling werkt',
  'options.sites.sideLabel': 'Kant van de knop',
  'options.sites.side': 'Kant van de knop op {host}',
  'options.sites.side.right': 'Rechts',
  'options.sites.side.left': 'Links',
  'options.sites.collapsed': 'Smal lipje aan de rand',
  'options.sites.collapsedOn': 'Smal lipje aan de rand op {host}',
  'options.sites.prompts': 'Suggesties hier',
  'options.sites.promptsOn': 'Suggesties op {host}',
  'options.sites.workKindLabel': 'Soort werk',
  'options.sites.workKind': 'Soort werk op {host}',
  'options.sites.workKind.none': 'Alle',
  'options.sites.workKind.ward': 'Afdeling',
  'options.sites.workKind.clinic': 'Raadpleging',
  'options.sites.workKind.discharge': 'Ontslag',
  'options.sites.workKind.handover': 'Overdracht',
  'options.sites.workKind.admin': 'Administratie',
  'options.sites.removeLabel': 'Verwijderen',
  'options.sites.remove': 'Verwijderen: {host}',
  'options.sites.removeQuestion': '{host} uit Kindling verwijderen?',
  'options.sites.removeWhat':
    'Kindling verlaat {host} meteen, ook in tabbladen die nu open zijn, en geeft zijn toestemming om daar te werken terug. Uw acties en check-ins blijven bewaard.',
  'options.sites.removeYes': 'Ja, {host} verwijderen',
  'options.sites.removeNo': 'Annuleren',
  'options.sites.removed': '{host} werd verwijderd. Kindling werkt daar niet meer.',

  'options.actions.heading': 'Uw acties',
  'options.data.heading': 'Uw gegevens',

  'options.keyboard.heading': 'Toetsenbord',
  'options.keyboard.toggle': 'Het zijpaneel tonen of verbergen op dit tabblad',
  'options.keyboard.notSet': 'niet ingesteld',
  'options.keyboard.help':
    'U kunt een andere sneltoets kiezen in de eigen sneltoetsinstellingen van de browser.',
  'options.keyboard.open': 'Sneltoetsinstellingen van de browser openen',
  'options.keyboard.firefoxSteps':
    'Open in Firefox about:addons, daarna het tandwielmenu en dan ‘Extensiesneltoetsen beheren’.',
  'options.keyboard.failed': 'De sneltoetsinstellingen konden niet worden geopend: {error}',

  'options.privacy.heading': 'Uw privacy',
  'options.privacy.keeps': 'Wat Kindling bewaart',
  'options.privacy.keepsWhere': 'Alleen op dit toestel, in de eigen opslag van de extensie in deze browser:',
  'options.privacy.keepsActions': 'uw acties en uw reflecties erbij',
  'options.privacy.keepsCheckins': 'uw check-ins',
  'options.privacy.keepsSettings': 'uw instellingen en de sites die u aanzette',
  'options.privacy.never': 'Wat Kindling nooit doet',
  'options.privacy.neverRead':
    'Het leest nooit de pagina’s van de sites die u gebruikt. Het kijkt alleen naar het webadres, om te weten of u Kindling daar aanzette.',
  'options.privacy.neverSend': 'Het verstuurt nooit iets over het netwerk.',
  'options.privacy.neverTelemetry':
    'Het heeft geen telemetrie: niets over hoe u het gebruikt wordt geteld of verstuurd.',
} as const satisfies TranslationOf<typeof english>;
