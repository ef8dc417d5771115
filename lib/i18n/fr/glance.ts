import type { TranslationOf } from '../catalogue';
import type { glance as english } from '../en/glance';

/** French (Belgium) UI strings of the sidebar at a glance (Today and its tabs) and the welcome page. */
export const glance = {
  'glance.tabs': 'Vues du panneau latéral',
  'glance.tab.today': 'Aujourd’hui',
  'glance.tab.prompts': 'Suggestions',
  'glance.tab.why': 'Pourquoi la bienveillance',
  'glance.tab.conversations': 'Conversations',
  'glance.tab.checkin': 'Check-in',
  'glance.loading': 'Chargement…',

  'glance.today.heading': 'Qu’est-ce qui est important pour vous ?',
  'glance.today.wmtyDay': 'C’est la journée « Ce qui est important pour vous »',
  'glance.today.for': 'Suggestions pour',
  'glance.today.action': 'Votre action : {action}',
  'glance.today.save': 'En faire mon action',
  'glance.today.saving': 'Enregistrement…',
  'glance.today.savedButton': 'Enregistrée',
  'glance.today.saved': 'Ajoutée à vos actions',
  'glance.today.another': 'Autre suggestion',
  'glance.today.notForMe': 'Pas pour moi',
  'glance.today.setAside': 'Cette suggestion ne vous sera plus proposée.',
  'glance.today.none':
    'Vous avez écarté toutes les suggestions pour ce public. Choisissez un autre public ci-dessus.',
  'glance.open.heading': 'Vos actions en cours',
  'glance.open.empty': 'Aucune action en cours. Enregistrez la suggestion du jour pour en commencer une.',
  'glance.open.done': 'Marquer réalisée',
  'glance.open.doneLabel': 'Marquer réalisée : {action}',
  'glance.open.letGo': 'Laisser de côté',
  'glance.open.letGoLabel': 'Laisser de côté : {action}',
  'glance.open.markedDone': 'Marquée comme réalisée : {action}',
  'glance.open.letGone': 'Laissée de côté : {action}',
  'glance.conversation.heading': 'Dernière conversation',
  'glance.conversation.more': 'Toutes les conversations',

  'glance.prompts.audience': 'Pour',
  'glance.prompts.step': 'Étape',
  'glance.prompts.anyStep': 'Toutes',
  'glance.prompts.count': {
    one: '{count} suggestion',
    many: '{count} de suggestions',
    other: '{count} suggestions',
  },
  'glance.prompts.action': 'Action à enregistrer :',
  'glance.prompts.source': 'Source :',

  'glance.why.intro':
    'Une théorie commune de la bienveillance dans les soins. Ouvrez un énoncé pour en lire les preuves et les sources.',
  'glance.why.sources': 'Sources',
  'glance.why.themes': 'Huit thèmes issus des conversations',

  'glance.conversations.search': 'Rechercher dans les conversations',
  'glance.conversations.found': {
    one: '{shown} sur {count} conversation',
    many: '{shown} sur {count} de conversations',
    other: '{shown} sur {count} conversations',
  },
  'glance.conversations.none': 'Aucune conversation ne correspond à « {query} ».',
  'glance.conversations.with': 'Avec {speakers}',

  'glance.wmty.label': 'Journée « Ce qui est important pour vous »',
  'glance.wmty.help':
    'Ce jour-là, le panneau latéral le signale et commence par une question « Qu’est-ce qui est important pour vous ? ». En général le 6 juin.',
  'glance.wmty.month': 'Mois',
  'glance.wmty.day': 'Jour',
  'glance.wmty.saved': 'Enregistré.',
  'glance.wmty.reset': 'Revenir au 6 juin',

  'welcome.title': 'Bienvenue dans Kindling',
  'welcome.lead':
    'De petits gestes de bienveillance, choisis délibérément, dans le navigateur que vous utilisez déjà au travail.',
  'welcome.skip': 'Passer, je découvrirai par moi-même',
  'welcome.does.heading': 'Ce que fait Kindling',
  'welcome.does.1':
    'Il propose chaque jour une courte suggestion « Qu’est-ce qui est important pour vous ? », pour les patients, les familles ou les collègues.',
  'welcome.does.2':
    'Il conserve les actions que vous choisissez dans un journal privé, pour que vous puissiez les marquer comme réalisées et y réfléchir.',
  'welcome.does.3': 'Il aide les responsables à mener un court check-in bienveillance avant une réunion.',
  'welcome.never.heading': 'Ce que Kindling ne fait jamais',
  'welcome.never.1':
    'Il ne lit jamais les pages dans lesquelles vous travaillez, seulement leur adresse web.',
  'welcome.never.2':
    'Il n’envoie aucune requête réseau et ne fait aucun pistage, de quelque nature que ce soit.',
  'welcome.never.3':
    'Il conserve vos actions dans ce navigateur, jamais sur les sites web que vous utilisez.',
  'welcome.never.4': 'Il ne fonctionne sur aucun site tant que vous ne l’y avez pas activé.',
  'welcome.enable.heading': 'L’activer sur un site',
  'welcome.enable.1': 'Ouvrez le tableau de votre unité, le dossier patient en ligne ou le planning.',
  'welcome.enable.2': 'Cliquez sur le bouton Kindling dans la barre d’outils du navigateur.',
  'welcome.enable.3':
    'Choisissez « Afficher Kindling sur » ce site et acceptez quand le navigateur vous le demande.',
  'welcome.enable.picture':
    'La fenêtre du bouton Kindling de la barre d’outils, sur le site d’une unité de soins, avec son bouton pour afficher Kindling sur ce site.',
  'welcome.pace.heading': 'À quelle fréquence une suggestion peut-elle apparaître ?',
  'welcome.pace.help':
    'Une petite carte près du bouton Kindling, jamais pendant que vous tapez. Vous pouvez modifier ce choix dans les paramètres.',
  'welcome.pace.saved': 'Enregistré. Tout est prêt.',
  'welcome.done': 'Commencer à utiliser Kindling',
} as const satisfies TranslationOf<typeof english>;
