import type { TranslationOf } from '../catalogue';
import type { journal as english } from '../en/journal';

/** French (Belgium) UI strings for saved actions: the journal in the popup, export and import. */
export const journal = {
  'journal.own.label': 'Écrire votre propre action',
  'journal.own.save': 'Ajouter l’action',
  'journal.own.saved': 'Action ajoutée.',

  'journal.filter.label': 'Afficher',
  'journal.filter.all': 'Toutes les actions ({count})',
  'journal.filter.planned': 'Prévues ({count})',
  'journal.filter.done': 'Réalisées ({count})',
  'journal.filter.let-go': 'Laissées de côté ({count})',
  'journal.search.label': 'Rechercher dans vos actions',
  'journal.results': '{shown} affichées sur {total}',
  'journal.noMatches': 'Aucune action ne correspond à « {query} ».',
  'journal.noneInStatus': 'Pas encore d’action ici.',
  'journal.showMore': 'Afficher plus',

  'journal.saved': 'Enregistrée le {date}',
  'journal.dueWhen': 'Échéance : {when}',
  'journal.overdue': 'En retard',
  'journal.doneOn': 'Réalisée le {date}',
  'journal.reflection': 'Réflexion',

  'journal.markDone': 'Marquer réalisée',
  'journal.letGo': 'Laisser de côté',
  'journal.planAgain': 'Prévoir à nouveau',
  'journal.edit': 'Modifier',
  'journal.delete': 'Supprimer',
  'journal.cancel': 'Annuler',
  'journal.save': 'Enregistrer',
  'journal.actionLabel': 'Action : {text}',

  'journal.done.heading': 'Marquer comme réalisée',
  'journal.done.help':
    'Tout est facultatif. Trois questions tirées du modèle réflexif de Rolfe, Freshwater et Jasper.',
  'journal.done.what': 'Que s’est-il passé ?',
  'journal.done.soWhat': 'Et alors ? Qu’en avez-vous appris ?',
  'journal.done.nowWhat': 'Et maintenant ? Que ferez-vous ensuite ?',
  'journal.part.what': 'Ce qui s’est passé',
  'journal.part.soWhat': 'Et alors',
  'journal.part.nowWhat': 'Et maintenant',
  'journal.done.confirm': 'Enregistrer comme réalisée',
  'journal.edit.text': 'Texte de l’action',
  'journal.edit.due': 'Échéance (facultatif)',

  'journal.deleted': 'Action supprimée.',
  'journal.undo': 'Annuler',
  'journal.restored': 'Action rétablie.',
  'journal.markedDone': 'Marquée comme réalisée.',
  'journal.letGoDone': 'Laissée de côté. Elle reste dans votre journal.',
  'journal.plannedAgain': 'À nouveau prévue.',
  'journal.edited': 'Action enregistrée.',
  'journal.history': 'Déjà réalisée',
  'journal.doneBefore': 'Déjà réalisée le {date}',
  'journal.clash.stale':
    'Cette action a été modifiée dans une autre fenêtre de Kindling : sa version la plus récente est affichée ci-dessus. Ce que vous avez tapé est toujours ici ; enregistrez à nouveau pour la remplacer.',
  'journal.clash.gone':
    'Cette action a été supprimée dans une autre fenêtre de Kindling. Ce que vous avez tapé est toujours ici : enregistrez-le comme nouvelle action.',
  'journal.saveAsNew': 'Enregistrer comme nouvelle action',
  'journal.savedAsNew': 'Enregistrée comme nouvelle action.',

  'journal.chart.heading': 'Actions réalisées par semaine',
  'journal.chart.summaryNone': 'Aucune action réalisée ces {weeks} dernières semaines.',
  'journal.chart.summaryOne': 'Une action réalisée ces {weeks} dernières semaines, la semaine du {date}.',
  'journal.chart.summaryMany':
    '{total} actions réalisées ces {weeks} dernières semaines, surtout la semaine du {date}.',
  'journal.chart.yAxis': 'Actions réalisées ({most} au plus)',
  'journal.chart.thisWeek': 'Cette semaine',
  'journal.chart.week': 'Semaine du {date}',
  'journal.chart.count': 'Réalisées : {count}',
  'journal.chart.weekColumn': 'Semaine commençant le',
  'journal.chart.doneColumn': 'Actions réalisées',
  'journal.chart.showTable': 'Afficher sous forme de tableau',

  'journal.reminder.title': 'Kindling : une action arrive à échéance',

  'journal.settings.heading': 'Vos actions',
  'journal.settings.badge': 'Afficher le nombre d’actions en cours sur le bouton de la barre d’outils',
  'journal.settings.reminders': 'Me rappeler les actions à échéance par une notification',
  'journal.settings.reminderTime': 'Heure du rappel',
  'journal.settings.remindersDenied':
    'Les notifications n’ont pas été autorisées : les rappels restent désactivés.',
  'journal.settings.data': 'Vos données',
  'journal.settings.dataIntro':
    'Tout reste sur cet appareil. Exportez-en une copie pour la mettre en sécurité ou la transférer vers un autre navigateur.',
  'journal.settings.exportJson': 'Tout exporter : actions, check-ins et paramètres (JSON)',
  'journal.settings.exportCsv': 'Exporter seulement les actions, pour un tableur (CSV)',
  'journal.settings.exported': {
    one: '{count} action exportée.',
    many: '{count} d’actions exportées.',
    other: '{count} actions exportées.',
  },
  'journal.settings.import': 'Importer un export de Kindling (JSON)',
  'journal.settings.importing': 'Importation…',
  'journal.settings.importProgress': 'Enregistrement de {done} éléments sur {total}…',
  'journal.settings.imported':
    'Importation terminée. Actions : {added} ajoutées, {updated} mises à jour, {skipped} ignorées. Check-ins : {checkinsAdded} ajoutés, {checkinsUpdated} mis à jour, {checkinsSkipped} ignorés.',
  'journal.settings.clear': 'Supprimer toutes les actions et tous les check-ins',
  'journal.settings.clearConfirm':
    'Supprimer de ce navigateur toutes les actions et tous les check-ins enregistrés ? Vos sites et paramètres restent tels quels (pour retirer un site, voyez Sites web). Cette opération est irréversible. Exportez d’abord pour en garder une copie.',
  'journal.settings.clearYes': 'Oui, supprimer toutes les actions et tous les check-ins',
  'journal.settings.cleared':
    'Toutes les actions et tous les check-ins ont été supprimés. Les sites et les paramètres ont été conservés.',

  'journal.restore.heading': 'Ce fichier contient aussi des paramètres',
  'journal.restore.intro': 'Les rétablir changerait :',
  'journal.restore.same': 'Ses paramètres sont identiques aux vôtres ; rien ne changerait.',
  'journal.restore.apply': 'Rétablir ces paramètres',
  'journal.restore.keep': 'Garder mes paramètres',
  'journal.restore.applied': 'Paramètres rétablis.',
  'journal.restore.kept': 'Vos paramètres ont été gardés tels quels.',
  'journal.restore.waiting':
    'À activer : Kindling ne fonctionne sur un site, ou n’affiche de notifications, qu’après votre autorisation ici.',
  'journal.restore.allowReminders': 'Autoriser les notifications de rappel',
  'journal.restore.close': 'Fermer',
  'journal.restore.switchOn': 'Activer {host}',
  'journal.restore.switchedOn': 'Kindling est activé sur {host}.',
  'journal.restore.notAllowed': 'L’autorisation pour {host} n’a pas été donnée : Kindling y reste désactivé.',
  'journal.restore.on': 'activé',
  'journal.restore.off': 'désactivé',
  'journal.restore.noQuiet': 'aucune heure de calme',
  'journal.restore.quietHours': 'de {from} à {until}',
  'journal.restore.addSite': 'Ajouter le site {host} (à activer si Kindling n’y est pas encore autorisé).',
  'journal.restore.sitePrefs': 'Bouton Kindling sur {host} : {prefs}.',
  'journal.restore.pace': 'Fréquence des suggestions : « {to} » au lieu de « {from} ».',
  'journal.restore.quiet': 'Heures de calme : « {to} » au lieu de « {from} ».',
  'journal.restore.badge':
    'Nombre d’actions en cours sur le bouton de la barre d’outils : {to} au lieu de {from}.',
  'journal.restore.reminders': 'Rappels des actions à échéance : {to} au lieu de {from}.',
  'journal.restore.reminderTime': 'Heure du rappel : {to} au lieu de {from}.',
  'journal.settings.persisted':
    'Ce navigateur conserve vos actions même quand l’espace disque vient à manquer.',
} as const satisfies TranslationOf<typeof english>;
