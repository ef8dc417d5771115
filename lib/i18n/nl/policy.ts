import type { TranslationOf } from '../catalogue';
import type { policy as english } from '../en/policy';

/** Dutch (Flanders): an organisation's managed policy. */
export const policy = {
  'policy.setBy': 'Ingesteld door {organisation}',
  'policy.managedBy': 'Sommige instellingen worden beheerd door {organisation}.',
  'policy.support': 'Hulp van {organisation}',
  'policy.providedBy': 'Kindling wordt u aangeboden door {organisation}.',
  'policy.siteBlocked': '{organisation} staat Kindling niet toe op {host}.',
  'policy.exportOff': 'Uw organisatie heeft exporteren uitgeschakeld.',
  'policy.problem': 'De instelling {setting} van uw organisatie kon niet gebruikt worden: {reason}',

  'policy.reason.notObject': 'het is geen groep instellingen.',
  'policy.reason.notName': 'er is een naam nodig.',
  'policy.reason.notHttps': 'het moet een beveiligd webadres zijn (https://…).',
  'policy.reason.notList': 'het moet een lijst zijn.',
  'policy.reason.notPattern': 'het is geen sitepatroon zoals https://ehr.example.org/*.',
  'policy.reason.notPace':
    'het is geen van de ritmes die Kindling aanbiedt (0, 30, 60, 120, 240, 480 of 1440 minuten).',
  'policy.reason.notQuietHours':
    'er is een begin- en een einduur nodig, verschillend en geschreven als UU:MM.',
  'policy.reason.notLanguage': 'Kindling spreekt die taal niet (en, fr, nl of sv).',
  'policy.reason.notYesNo': 'de waarde moet true of false zijn.',
  'policy.reason.notDay': 'het is geen dag van het jaar geschreven als MM-DD.',
  'policy.reason.notSetting': 'het is geen instelling die een organisatie kan vergrendelen.',
  'policy.reason.notFeature': 'het is geen functie die Kindling kan uitschakelen.',
  'policy.reason.nothingToLock':
    'er staat geen bruikbare waarde voor onder settings, dus u kunt ze zelf blijven wijzigen.',
  'policy.reason.unknownKey': 'Kindling heeft geen instelling met die naam.',

  'policy.recommended.heading': 'Aanbevolen door {organisation}',
  'policy.recommended.intro':
    'Uw organisatie raadt Kindling aan op deze sites. Als u ze inschakelt, vraagt uw browser in één keer toestemming voor allemaal.',
  'policy.recommended.on': 'Aan',
  'policy.recommended.off': 'Nog niet aan',
  'policy.recommended.enableAll': 'De aanbevolen sites inschakelen',
  'policy.recommended.done': 'De aanbevolen sites staan aan.',
  'policy.recommended.denied': 'Er werd geen toestemming gegeven, dus de aanbevolen sites blijven uit.',
} as const satisfies TranslationOf<typeof english>;
