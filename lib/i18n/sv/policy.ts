import type { TranslationOf } from '../catalogue';
import type { policy as english } from '../en/policy';

/** Swedish: an organisation's managed policy. */
export const policy = {
  'policy.setBy': 'Inställt av {organisation}',
  'policy.managedBy': 'Vissa inställningar hanteras av {organisation}.',
  'policy.support': 'Hjälp från {organisation}',
  'policy.providedBy': 'Du får Kindling genom {organisation}.',
  'policy.siteBlocked': '{organisation} tillåter inte Kindling på {host}.',
  'policy.exportOff': 'Din organisation har stängt av export.',
  'policy.problem': 'Din organisations inställning {setting} kunde inte användas: {reason}',

  'policy.reason.notObject': 'det är ingen grupp av inställningar.',
  'policy.reason.notName': 'den behöver ett namn.',
  'policy.reason.notHttps': 'det måste vara en säker webbadress (https://…).',
  'policy.reason.notList': 'det måste vara en lista.',
  'policy.reason.notPattern': 'det är inget webbplatsmönster som https://ehr.example.org/*.',
  'policy.reason.notPace':
    'det är inte en av takterna Kindling erbjuder (0, 30, 60, 120, 240, 480 eller 1440 minuter).',
  'policy.reason.notQuietHours': 'den behöver en start- och en sluttid, skrivna TT:MM, som skiljer sig åt.',
  'policy.reason.notLanguage': 'Kindling talar inte det språket (en, fr, nl eller sv).',
  'policy.reason.notYesNo': 'värdet måste vara true eller false.',
  'policy.reason.notDay': 'det är ingen dag på året skriven MM-DD.',
  'policy.reason.notSetting': 'det är ingen inställning som en organisation kan låsa.',
  'policy.reason.notFeature': 'det är ingen funktion som Kindling kan stänga av.',
  'policy.reason.nothingToLock':
    'det finns inget användbart värde för den under settings, så du kan fortfarande ändra den själv.',
  'policy.reason.unknownKey': 'Kindling har ingen sådan inställning.',

  'policy.recommended.heading': 'Rekommenderas av {organisation}',
  'policy.recommended.intro':
    'Din organisation föreslår Kindling på de här webbplatserna. När du slår på dem ber webbläsaren om lov för alla på en gång.',
  'policy.recommended.on': 'På',
  'policy.recommended.off': 'Inte på än',
  'policy.recommended.enableAll': 'Slå på de rekommenderade webbplatserna',
  'policy.recommended.done': 'De rekommenderade webbplatserna är på.',
  'policy.recommended.denied': 'Du gav inte lov, så de rekommenderade webbplatserna förblir avstängda.',
} as const satisfies TranslationOf<typeof english>;
