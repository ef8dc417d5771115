import type { TranslationOf } from '../catalogue';
import type { checkin as english } from '../en/checkin';

/** French (Belgium) UI strings for the leaders' meeting check-in. */
export const checkin = {
  'checkin.heading': 'Check-in bienveillance',
  'checkin.intro':
    'Dix minutes avant une réunion : regardez-la sous six angles, demandez-vous quelle voix manque à l’appel et choisissez ce que vous ferez.',

  'checkin.setup.heading': 'Préparer une réunion',
  'checkin.setup.meetingType': 'Type de réunion',
  'checkin.setup.length': 'Durée',
  'checkin.setup.minutes': { one: '{count} minute', many: '{count} de minutes', other: '{count} minutes' },
  'checkin.setup.perLens': 'Environ {time} par angle',
  'checkin.setup.begin': 'Commencer le check-in',
  'checkin.setup.starting': 'Démarrage…',

  'checkin.meeting.huddle': 'Briefing d’équipe',
  'checkin.meeting.board': 'Conseil ou comité',
  'checkin.meeting.incident': 'Analyse d’incident',
  'checkin.meeting.planning': 'Organisation du service',
  'checkin.meeting.one-to-one': 'Entretien individuel',

  'checkin.opening.heading': 'Avant de commencer',
  'checkin.opening.digest':
    'À partager en début de réunion : les dernières Conversations pour la bienveillance',
  'checkin.opening.insights': 'Enseignements : {title}',
  'checkin.voice.heading': 'Quelle voix manque à l’appel ?',
  'checkin.voice.partners': 'Patients et proches, partenaires des soins',
  'checkin.voice.team': 'Ce qui est important pour l’équipe',
  'checkin.voice.notes': 'Notes sur les voix qui manquent',
  'checkin.opening.firstLens': 'Commencer par le premier angle',

  'checkin.lens.step': 'Angle {number} sur {total}',
  'checkin.lens.perspective': 'Point de vue : {perspective}',
  'checkin.lens.questions': 'Questions',
  'checkin.lens.notes': 'Vos notes : {lens}',
  'checkin.lens.saveAction': 'Enregistrer cette note comme action',
  'checkin.lens.savingAction': 'Enregistrement…',
  'checkin.lens.savedAction': 'Enregistrée comme action : {text}',
  'checkin.lens.noteEmpty': 'Écrivez d’abord une note, puis enregistrez-la comme action.',
  'checkin.lens.noteTooLong':
    'Cette note compte {length} caractères ; une action en contient {max} au plus. Réduisez-la à la seule chose que vous ferez, puis enregistrez-la comme action. La note complète reste dans le check-in.',
  'checkin.lens.alreadyAction': 'Déjà enregistrée comme action : {text}',
  'checkin.lens.chosen': 'Actions choisies sous cet angle',
  'checkin.lens.back': 'Retour',
  'checkin.lens.next': 'Angle suivant',
  'checkin.lens.skip': 'Passer cet angle',
  'checkin.lens.finish': 'Terminer le check-in',
  'checkin.lens.controls': 'Étapes du check-in',

  'checkin.timer.label': 'Temps restant pour cet angle',
  'checkin.timer.left': 'Encore {time}',
  'checkin.timer.paused': 'Encore {time}, en pause',
  'checkin.timer.up': 'Le temps prévu pour cet angle est écoulé. Passez à la suite quand vous le souhaitez.',
  'checkin.timer.pause': 'Mettre en pause',
  'checkin.timer.resume': 'Reprendre',

  'checkin.summary.title': 'Résumé du check-in bienveillance',
  'checkin.summary.meeting': 'Réunion',
  'checkin.summary.date': 'Date',
  'checkin.summary.length': 'Durée',
  'checkin.summary.covered': 'Angles abordés',
  'checkin.summary.noneCovered': 'Aucun',
  'checkin.summary.actions': 'Actions choisies',
  'checkin.summary.noActions': 'Aucune action choisie',
  'checkin.summary.notes': 'Notes',
  'checkin.summary.voice': 'Voix qui manquent à l’appel',
  'checkin.summary.copyText': 'Copier en texte brut',
  'checkin.summary.copyMarkdown': 'Copier en Markdown',
  'checkin.summary.copied': 'Copié dans le presse-papiers.',
  'checkin.summary.copyFailed':
    'Ce navigateur n’a pas permis à Kindling de copier. Sélectionnez le résumé et copiez-le vous-même, ou imprimez-le.',
  'checkin.summary.print': 'Imprimer',
  'checkin.summary.edit': 'Revenir aux angles',
  'checkin.summary.done': 'Terminer',

  'checkin.past.heading': 'Check-ins précédents',
  'checkin.past.empty': 'Pas encore de check-in.',
  'checkin.past.finished': 'Terminé',
  'checkin.past.open': 'En cours',
  'checkin.past.reopen': 'Rouvrir',
  'checkin.past.reopenLabel': 'Rouvrir le check-in « {meeting} » du {date}',
  'checkin.past.delete': 'Supprimer',
  'checkin.past.deleteLabel': 'Supprimer le check-in « {meeting} » du {date}',
  'checkin.past.confirm': 'Oui, supprimer',
  'checkin.past.confirmLabel': 'Oui, supprimer le check-in « {meeting} » du {date}',
  'checkin.past.keep': 'Le garder',

  'checkin.error': 'Un problème est survenu : {error}',
  'checkin.latest.heading': 'Votre dernier check-in',

  'popup.prepareMeeting': 'Préparer une réunion',
  'checkin.latest.open': 'Ouvrir ce check-in',
} as const satisfies TranslationOf<typeof english>;
