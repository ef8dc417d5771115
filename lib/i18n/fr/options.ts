import type { TranslationOf } from '../catalogue';
import type { options as english } from '../en/options';

/** French (Belgium) UI strings for the settings page. */
export const options = {
  'options.heading': 'Paramètres de Kindling',
  'options.intro': 'Tout ce qui se trouve ici est conservé dans ce navigateur et s’applique immédiatement.',
  'options.toc': 'Sur cette page',

  'options.nudges.heading': 'Suggestions',
  'options.nudges.intro':
    'Une courte suggestion peut apparaître près du bouton Kindling sur les sites que vous activez. Jamais pendant que vous tapez, jamais dans la première minute après l’ouverture d’une page.',
  'options.nudges.pace': 'Fréquence',
  'options.nudges.pace.30': 'Au plus toutes les 30 minutes',
  'options.nudges.pace.60': 'Au plus toutes les heures',
  'options.nudges.pace.120': 'Au plus toutes les 2 heures',
  'options.nudges.pace.240': 'Au plus toutes les 4 heures',
  'options.nudges.pace.480': 'Au plus toutes les 8 heures',
  'options.nudges.pace.1440': 'Au plus une fois par jour',
  'options.nudges.pace.0': 'Seulement quand j’ouvre Kindling',
  'options.nudges.quiet': 'Heures de calme',
  'options.nudges.quietFrom': 'Pas de suggestions à partir de',
  'options.nudges.quietTo': 'jusqu’à',
  'options.nudges.saved': 'Enregistré',
  'options.nudges.quietEmpty':
    'Choisissez une heure. D’ici là, les heures de calme restent de {from} à {to} ; pour n’en avoir aucune, désactivez les heures de calme.',
  'options.nudges.quietEqual':
    'Les heures de calme doivent commencer et finir à des heures différentes. Elles restent de {from} à {to}.',
  'options.prompts.audience': 'La suggestion du jour s’adresse à',
  'options.prompts.audienceHelp':
    'La vue Aujourd’hui du panneau latéral propose d’abord des suggestions pour ce public.',

  'options.sites.heading': 'Sites web',
  'options.sites.intro':
    'Kindling n’affiche son bouton que sur ces sites. Pour activer un site, ouvrez-le, puis utilisez le bouton Kindling de la barre d’outils.',
  'options.sites.none': 'Pas encore de site.',
  'options.sites.list': 'Sites où Kindling fonctionne',
  'options.sites.sideLabel': 'Côté du bouton',
  'options.sites.side': 'Côté du bouton sur {host}',
  'options.sites.side.right': 'Droite',
  'options.sites.side.left': 'Gauche',
  'options.sites.collapsed': 'Languette fine au bord',
  'options.sites.collapsedOn': 'Languette fine au bord sur {host}',
  'options.sites.prompts': 'Suggestions ici',
  'options.sites.promptsOn': 'Suggestions sur {host}',
  'options.sites.workKindLabel': 'Type de travail',
  'options.sites.workKind': 'Type de travail sur {host}',
  'options.sites.workKind.none': 'Indifférent',
  'options.sites.workKind.ward': 'Unité de soins',
  'options.sites.workKind.clinic': 'Consultation',
  'options.sites.workKind.discharge': 'Sortie du patient',
  'options.sites.workKind.handover': 'Transmissions',
  'options.sites.workKind.admin': 'Administratif',
  'options.sites.removeLabel': 'Retirer',
  'options.sites.remove': 'Retirer {host}',
  'options.sites.removeQuestion': 'Retirer {host} de Kindling ?',
  'options.sites.removeWhat':
    'Kindling quitte {host} immédiatement, y compris dans les onglets déjà ouverts, et renonce à son autorisation d’y fonctionner. Vos actions et vos check-ins sont conservés.',
  'options.sites.removeYes': 'Oui, retirer {host}',
  'options.sites.removeNo': 'Annuler',
  'options.sites.removed': '{host} a été retiré. Kindling n’y fonctionne plus.',

  'options.actions.heading': 'Vos actions',
  'options.data.heading': 'Vos données',

  'options.keyboard.heading': 'Clavier',
  'options.keyboard.toggle': 'Afficher ou masquer le panneau latéral dans cet onglet',
  'options.keyboard.notSet': 'non défini',
  'options.keyboard.help':
    'Vous pouvez choisir un autre raccourci dans les paramètres de raccourcis du navigateur.',
  'options.keyboard.open': 'Ouvrir les paramètres de raccourcis du navigateur',
  'options.keyboard.firefoxSteps':
    'Dans Firefox, ouvrez about:addons, puis le menu en forme de roue dentée, puis « Gérer les raccourcis d’extensions ».',
  'options.keyboard.failed': 'Impossible d’ouvrir les paramètres de raccourcis : {error}',

  'options.privacy.heading': 'Confidentialité',
  'options.privacy.keeps': 'Ce que Kindling conserve',
  'options.privacy.keepsWhere':
    'Uniquement sur cet appareil, dans l’espace de stockage propre à l’extension dans ce navigateur :',
  'options.privacy.keepsActions': 'vos actions et vos réflexions à leur sujet',
  'options.privacy.keepsCheckins': 'vos check-ins',
  'options.privacy.keepsSettings': 'vos paramètres et les sites que vous avez activés',
  'options.privacy.never': 'Ce que Kindling ne fait jamais',
  'options.privacy.neverRead':
    'Il ne lit jamais les pages des sites que vous utilisez. Il regarde seulement l’adresse web, pour savoir si vous y avez activé Kindling.',
  'options.privacy.neverSend': 'Il n’envoie jamais rien sur le réseau.',
  'options.privacy.neverTelemetry':
    'Il n’a aucune télémétrie : rien de votre utilisation n’est compté ni envoyé.',
} as const satisfies TranslationOf<typeof english>;
