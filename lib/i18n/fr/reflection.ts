import type { TranslationOf } from '../catalogue';
import type { reflection as english } from '../en/reflection';

/** French (Belgium): the reflection for appraisal — done actions with their three-part reflections, for a chosen period. */
export const reflection = {
  'reflection.title': 'Réflexion pour l’évaluation',
  'reflection.period': 'Actions réalisées du {from} au {to}',
  'reflection.part.what': 'Ce qui s’est passé',
  'reflection.part.soWhat': 'Et alors',
  'reflection.part.nowWhat': 'Et maintenant',
  'reflection.doneOn': 'Réalisée le {date}',
  'reflection.noneWritten': 'Aucune réflexion rédigée.',
  'reflection.none': 'Aucune action réalisée pendant cette période.',
  'reflection.use':
    'Ce document peut étayer votre entretien d’évaluation et votre portfolio de développement professionnel. Il ne suit aucun modèle imposé.',
  'reflection.choose': 'Période',
  'reflection.choice.this-month': 'Ce mois-ci',
  'reflection.choice.last-month': 'Le mois dernier',
  'reflection.choice.last-3-months': 'Les 3 derniers mois',
  'reflection.choice.last-12-months': 'Les 12 derniers mois',
  'reflection.choice.dates': 'Période personnalisée',
  'reflection.from': 'Du',
  'reflection.to': 'Au',
  'reflection.loading': 'Chargement de vos actions réalisées…',
  'reflection.print': 'Imprimer',
  'reflection.copy': 'Copier en Markdown',
  'reflection.download': 'Télécharger en Markdown',
  'reflection.copied': 'Copié en Markdown.',
  'reflection.downloaded': 'Fichier Markdown téléchargé.',
  'reflection.open': 'Réflexion pour l’évaluation',
} as const satisfies TranslationOf<typeof english>;
