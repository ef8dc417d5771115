import type { TranslationOf } from '../catalogue';
import type { packs as english } from '../en/packs';

/** French (Belgium): content packs — an organisation's suggestions, links and conversations, from a file or by policy. */
export const packs = {
  'packs.heading': 'Packs de contenu',
  'packs.intro':
    'Des suggestions, des liens et des Conversations pour la bienveillance proposés par votre organisation ou votre équipe. Un pack est un fichier que son éditeur vous remet ; Kindling le lit sur cet appareil et n’envoie rien nulle part.',
  'packs.import': 'Importer un pack de contenu (fichier JSON)',
  'packs.importing': 'Lecture du pack…',
  'packs.added': '« {name} » ajouté, version {version}.',
  'packs.updated': '« {name} » mis à jour de la version {old} à la version {version}.',
  'packs.none': 'Aucun pack de contenu pour l’instant.',
  'packs.listLabel': 'Vos packs de contenu',
  'packs.byline': 'De {publisher} · version {version}',
  'packs.count.prompts': {
    one: '{count} suggestion',
    many: '{count} de suggestions',
    other: '{count} suggestions',
  },
  'packs.count.links': { one: '{count} lien', many: '{count} de liens', other: '{count} liens' },
  'packs.count.conversations': {
    one: '{count} conversation',
    many: '{count} de conversations',
    other: '{count} conversations',
  },
  'packs.fromFile': 'Importé d’un fichier le {date}',
  'packs.managed': 'Géré par votre organisation : il ne peut pas être retiré ici.',
  'packs.remove': 'Retirer',
  'packs.removeLabel': 'Retirer {name}',
  'packs.removed': '« {name} » retiré. Les actions que vous en avez tirées restent dans votre journal.',
  'packs.undo': 'Annuler',
  'packs.restored': '« {name} » est de retour.',
  'packs.refused': 'Ce pack n’a pas été ajouté : {problem} Rien n’a été modifié.',
  'packs.policyProblem': 'Le pack de contenu de votre organisation n’a pas pu être utilisé : {problem}',
  'packs.from': 'De {publisher}',
  'packs.problem.format':
    'Ce fichier n’est pas un pack de contenu Kindling : son champ "format" doit valoir "kindling-pack".',
  'packs.problem.schemaVersion':
    'Ce pack est écrit pour une autre version de Kindling ("schemaVersion" {found}) ; cette version de Kindling lit le schemaVersion 1.',
  'packs.problem.notJson': 'Ce fichier n’est pas du JSON ; ce ne peut donc pas être un pack de contenu.',
  'packs.problem.tooBig': 'Ce fichier fait {size} Mo ; un pack de contenu fait au plus {max} Mo.',
  'packs.problem.tooMany':
    'Un pack de contenu compte au plus {max} éléments en tout ; celui-ci en a {count}.',
  'packs.problem.empty':
    'Un pack de contenu doit contenir au moins une suggestion, un lien ou une conversation.',
  'packs.problem.missing': 'ce champ manque.',
  'packs.problem.object': 'doit être un objet ({ … }).',
  'packs.problem.list': 'doit être une liste ([ … ]).',
  'packs.problem.packId':
    'doit compter de 1 à 64 lettres minuscules, chiffres, traits d’union ou points, et commencer par une lettre ou un chiffre.',
  'packs.problem.itemId':
    'doit compter de 1 à 64 lettres minuscules, chiffres ou traits d’union, et commencer par une lettre ou un chiffre.',
  'packs.problem.version':
    'doit être une version comme "1", "1.2" ou "2026.12.1" : jusqu’à quatre nombres entiers séparés par des points.',
  'packs.problem.text': 'doit être un texte de 1 à {max} caractères.',
  'packs.problem.words': 'doit contenir un texte dans au moins une de ces langues : {codes}.',
  'packs.problem.audience': 'doit valoir "patients", "families" ou "colleagues".',
  'packs.problem.mode': 'doit valoir "ask", "listen" ou "do".',
  'packs.problem.kind': 'doit valoir "ward", "clinic", "discharge", "handover" ou "admin".',
  'packs.problem.https': 'doit être une adresse https:// complète.',
  'packs.problem.month': 'doit être un mois écrit AAAA-MM, par exemple "2026-11".',
  'packs.problem.speakers': 'peut citer au plus {max} intervenants.',
  'packs.problem.duplicate':
    'l’identifiant "{id}" est utilisé deux fois ; chaque élément doit avoir le sien.',
  'packs.problem.older':
    'Vous avez déjà la version {installed} de « {name} », et ce fichier est la version {version}. Seule une version plus récente la remplace.',
  'packs.problem.managed':
    '« {name} » est fourni par votre organisation : il ne peut être ni remplacé ni retiré depuis les paramètres.',
  'packs.problem.tooManyPacks': 'Vous pouvez garder au plus {max} packs de contenu ; retirez-en un d’abord.',
  'packs.problem.unknown': 'Aucun pack de contenu ne porte cet identifiant.',
} as const satisfies TranslationOf<typeof english>;
