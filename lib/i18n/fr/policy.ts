import type { TranslationOf } from '../catalogue';
import type { policy as english } from '../en/policy';

/** French (Belgium): an organisation's managed policy. */
export const policy = {
  'policy.setBy': 'Défini par {organisation}',
  'policy.managedBy': 'Certains paramètres sont gérés par {organisation}.',
  'policy.support': 'Aide de {organisation}',
  'policy.providedBy': 'Kindling vous est proposé par {organisation}.',
  'policy.siteBlocked': '{organisation} n’autorise pas Kindling sur {host}.',
  'policy.exportOff': 'Votre organisation a désactivé l’exportation.',
  'policy.problem': 'Le paramètre {setting} de votre organisation n’a pas pu être utilisé : {reason}',

  'policy.reason.notObject': 'ce n’est pas un groupe de paramètres.',
  'policy.reason.notName': 'il doit porter un nom.',
  'policy.reason.notHttps': 'ce doit être une adresse web sécurisée (https://…).',
  'policy.reason.notList': 'ce doit être une liste.',
  'policy.reason.notPattern': 'ce n’est pas un modèle de site comme https://ehr.example.org/*.',
  'policy.reason.notPace':
    'ce n’est pas l’un des rythmes proposés par Kindling (0, 30, 60, 120, 240, 480 ou 1440 minutes).',
  'policy.reason.notQuietHours':
    'il faut une heure de début et une heure de fin différentes, au format HH:MM.',
  'policy.reason.notLanguage': 'Kindling ne parle pas cette langue (en, fr, nl ou sv).',
  'policy.reason.notYesNo': 'la valeur doit être true ou false.',
  'policy.reason.notDay': 'ce n’est pas un jour de l’année au format MM-JJ.',
  'policy.reason.notSetting': 'ce n’est pas un paramètre qu’une organisation peut verrouiller.',
  'policy.reason.notFeature': 'ce n’est pas une fonction que Kindling peut désactiver.',
  'policy.reason.nothingToLock':
    'aucune valeur utilisable n’est donnée pour lui dans settings ; vous pouvez donc toujours le modifier.',
  'policy.reason.unknownKey': 'Kindling n’a pas de paramètre de ce nom.',

  'policy.recommended.heading': 'Recommandés par {organisation}',
  'policy.recommended.intro':
    'Votre organisation vous suggère Kindling sur ces sites. Les activer demande à votre navigateur l’autorisation pour tous à la fois.',
  'policy.recommended.on': 'Activé',
  'policy.recommended.off': 'Pas encore activé',
  'policy.recommended.enableAll': 'Activer les sites recommandés',
  'policy.recommended.done': 'Les sites recommandés sont activés.',
  'policy.recommended.denied':
    'L’autorisation n’a pas été donnée : les sites recommandés restent désactivés.',
} as const satisfies TranslationOf<typeof english>;
