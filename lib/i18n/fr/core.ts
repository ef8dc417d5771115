import type { TranslationOf } from '../catalogue';
import type { core as english } from '../en/core';

/** French (Belgium) UI strings shared by every part of Kindling. */
export const core = {
  'app.name': 'Kindling',

  'launcher.open': 'Ouvrir Kindling',
  'launcher.close': 'Fermer Kindling',
  'launcher.frameTitle': 'Panneau latéral de Kindling',

  'sidebar.close': 'Fermer le panneau',
  'sidebar.elsewhere':
    'Ici, Kindling s’ouvre uniquement depuis son propre bouton. Utilisez le bouton Kindling de la barre d’outils du navigateur pour voir vos actions.',
  'sidebar.theory.heading': 'Pourquoi la bienveillance compte',
  'sidebar.prompts.heading': 'Qu’est-ce qui est important pour vous ?',
  'sidebar.prompts.save': 'En faire mon action',
  'sidebar.prompts.saved': 'Ajoutée à vos actions',
  'sidebar.prompts.savedButton': 'Enregistrée comme action',
  'sidebar.conversations.heading': 'Conversations pour la bienveillance',

  'audience.patients': 'Les patients',
  'audience.families': 'Les familles',
  'audience.colleagues': 'Les collègues',
  'audience.all': 'Tout le monde',
  'step.ask': 'Demander',
  'step.listen': 'Écouter',
  'step.do': 'Agir',

  'status.planned': 'Prévue',
  'status.done': 'Réalisée',
  'status.let-go': 'Laissée de côté',

  'popup.actions.heading': 'Vos actions',
  'popup.actions.empty':
    'Pas encore d’action. Ouvrez le panneau latéral, choisissez une suggestion « Qu’est-ce qui est important pour vous ? » et faites-en votre action.',
  'popup.actions.created': 'Enregistrée le {date}',
  'popup.site.heading': 'Ce site',
  'popup.site.show': 'Afficher Kindling sur {host}',
  'popup.site.unsupported':
    'Kindling fonctionne sur les sites web, pas sur les pages du navigateur comme celle-ci. Ouvrez votre outil clinique dans cet onglet, puis activez Kindling ici.',
  'popup.site.denied': 'L’autorisation pour {host} n’a pas été accordée : Kindling y reste masqué.',
  'popup.site.failed': 'Impossible de modifier ce site : {error}',
  'popup.openSidebar': 'Ouvrir le panneau latéral',
  'popup.settings': 'Paramètres',

  'error.generic': 'Un problème est survenu : {error}',
  'error.cannotRunHere':
    'Kindling ne peut pas fonctionner sur cette page : les pages du navigateur, les boutiques d’extensions et certaines pages protégées sont fermées aux extensions. Ouvrez votre outil clinique web dans un onglet normal, puis réessayez.',
  'error.tabGone': 'Cet onglet a été fermé. Ouvrez à nouveau la page, puis réessayez.',
  'error.notReady': 'Kindling ne fonctionne pas encore dans cet onglet. Rechargez la page, puis réessayez.',
  'error.restarted':
    'Kindling a été mis à jour ou redémarré. Fermez cette fenêtre, rouvrez-la, puis réessayez.',
  'error.noRoom':
    'Ce navigateur n’a plus de place pour enregistrer les données de Kindling. Libérez de l’espace disque, puis réessayez.',
  'error.actionText': 'Une action doit contenir du texte ({max} caractères au plus).',
  'error.actionSource': 'Une action doit indiquer sa provenance.',
} as const satisfies TranslationOf<typeof english>;
