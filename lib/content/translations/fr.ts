import type { ContentTranslation } from './types';

/** Kindling's content in French (Belgium). Facts and sources: the English items in lib/content. */
export const fr: ContentTranslation = {
  theory: {
    'theory-outcomes': {
      title: 'De meilleurs résultats cliniques',
      body: 'L’atelier M6 propose une théorie commune de la bienveillance : être bienveillant améliore les résultats cliniques des patients. Il invite dirigeants, cliniciens et aidants proches à intégrer la bienveillance dans les soins ordinaires, au quotidien.',
    },
    'theory-experience': {
      title: 'Une meilleure expérience des soins',
      body: 'Selon l’atelier, la bienveillance améliore la manière dont les patients vivent leurs soins. Hake et Post (2023) ont montré que le sentiment des patients d’être traités avec bienveillance était lié à de petites choses : un accueil souriant, des questions sur leur vie quotidienne, une écoute attentive et un clinicien qui semblait s’intéresser à eux.',
    },
    'theory-retention': {
      title: 'Des équipes engagées, qui restent',
      body: 'L’atelier associe la bienveillance à des membres du personnel plus engagés dans leur travail et plus enclins à rester à leur poste.',
    },
    'theory-cost': {
      title: 'Des coûts moindres',
      body: 'La théorie de l’atelier affirme notamment que la bienveillance fait baisser les coûts. Klaber et Bailey voient dans la bienveillance une monnaie sous-estimée et soutiennent qu’elle relève du cœur de métier des soins de santé, au lieu de laisser l’argent fixer seul les priorités.',
    },
    'theory-power': {
      title: 'La bienveillance libère le pouvoir',
      body: 'Selon l’atelier, la bienveillance ouvre sur bien plus que la compassion : elle déplace le pouvoir et, surtout, donne aux citoyens une vraie voix dans l’organisation de leurs propres soins. C’est en travaillant avec les patients, et pas seulement pour eux, que ce pouvoir se partage.',
    },
    'theory-co-production': {
      title: 'La coproduction crée des liens',
      body: 'D’après l’atelier, concevoir et dispenser les soins en partenariat avec les personnes qui les reçoivent crée des relations plus étroites, un pouvoir partagé et un changement réel. Les travaux de Batalden et de ses collègues sur la coproduction des services de santé fondent cette idée.',
    },
  },
  themes: {
    'theme-choice': {
      title: 'Un choix qui se traduit en actes',
      body: 'La bienveillance est une chose que l’on décide de faire, pas un sentiment que l’on attend.',
    },
    'theme-cycle': {
      title: 'Un cercle vertueux',
      body: 'Un geste bienveillant en appelle souvent un autre : la bienveillance se propage et finit par revenir.',
    },
    'theme-therapeutic': {
      title: 'Elle aide à guérir',
      body: 'La bienveillance joue en soi un rôle puissant dans le traitement et le rétablissement.',
    },
    'theme-challenging-unkindness': {
      title: 'Réagir au manque de bienveillance',
      body: 'Remarquer les comportements peu bienveillants et oser les signaler fait partie de la bienveillance.',
    },
    'theme-small-acts': {
      title: 'Petits gestes, grand effet',
      body: 'Un bref geste peut changer beaucoup de choses dans la journée d’un patient ou d’un collègue.',
    },
    'theme-business-end': {
      title: 'Au cœur du métier',
      body: 'La bienveillance se situe au cœur du travail quotidien des soins de santé, pas à la marge.',
    },
    'theme-leads-to-more': {
      title: 'Elle mène à bien d’autres choses',
      body: 'La bienveillance est liée à de nombreux autres aspects de soins de qualité et leur ouvre souvent la voie.',
    },
    'theme-leading': {
      title: 'Diriger avec et pour la bienveillance',
      body: 'Les dirigeants peuvent faire preuve de bienveillance dans leur manière de diriger, et aussi faire d’un service plus bienveillant l’un de leurs objectifs.',
    },
  },
  prompts: {
    'wmty-patients-ask-1': {
      text: 'En plus de « Qu’est-ce qui ne va pas ? », demandez : « Qu’est-ce qui est important pour vous ? »',
      action:
        'Demander aujourd’hui à un patient ce qui est important pour lui, et le noter là où l’équipe le verra',
    },
    'wmty-patients-ask-2': {
      text: 'Avant de fixer le plan, demandez : quelles sont vos priorités pour aujourd’hui, cette semaine, cette année ?',
      action: 'Demander à un patient ses priorités du jour et en intégrer une à son plan de soins',
    },
    'wmty-patients-ask-3': {
      text: 'Quand vous passez une bonne journée, qu’est-ce qui la rend bonne ?',
      action:
        'En consultation aujourd’hui, demander au patient ce qui fait pour lui une bonne journée, et noter sa réponse au dossier',
    },
    'wmty-patients-ask-4': {
      text: 'Bientôt le retour à domicile ? Demandez au patient ce qu’il aimerait accomplir chez lui, avec du soutien.',
      action:
        'Avant la sortie, demander à un patient ce qu’il espère accomplir chez lui avec du soutien, et l’ajouter au plan de sortie',
    },
    'wmty-patients-listen-1': {
      text: 'Accueillez le patient avec le sourire, puis écoutez-le attentivement avant de répondre.',
      action:
        'Au prochain contact avec un patient, l’accueillir avec le sourire et le laisser finir avant de parler',
    },
    'wmty-patients-listen-2': {
      text: 'Détournez-vous de l’écran et montrez que ce que le patient vous dit vous intéresse.',
      action:
        'À la prochaine consultation, quitter l’écran pendant que le patient parle de ce qui est important pour lui',
    },
    'wmty-patients-do-1': {
      text: 'Aux transmissions, partagez pour chaque patient une chose qui compte pour lui, pas seulement ses paramètres.',
      action:
        'Aux transmissions aujourd’hui, partager pour chaque patient une chose importante pour lui, en plus du tableau clinique',
    },
    'wmty-patients-do-2': {
      text: 'Le plan de sortie reflète-t-il ce que le patient a dit être le plus important pour lui ?',
      action:
        'Avant cette sortie, vérifier que le plan inclut ce que le patient a dit être le plus important pour lui',
    },
    'wmty-families-ask-1': {
      text: 'Demandez à un proche ou à un aidant : qu’est-ce qui est important pour vous pendant son hospitalisation ?',
      action:
        'Demander à un proche ou à un aidant ce qui est important pour lui pendant ce séjour, et le noter au dossier',
    },
    'wmty-families-ask-2': {
      text: 'Demandez à la famille : quel soutien vous aiderait le plus une fois votre proche rentré ?',
      action:
        'Avant la sortie, demander à la famille quel soutien l’aiderait le plus à domicile, et le transmettre à l’équipe de sortie',
    },
    'wmty-families-ask-3': {
      text: 'Les aidants ont aussi leurs priorités. Demandez-leur ce qui est important pour eux en ce moment.',
      action:
        'Demander à un aidant ce qui est important pour lui en ce moment, et noter ce en quoi l’équipe peut l’aider',
    },
    'wmty-families-listen-1': {
      text: 'Laissez aux proches un moment pour dire ce qui les inquiète, et laissez-les finir.',
      action:
        'Prendre cinq minutes aujourd’hui pour écouter les inquiétudes d’une famille sans l’interrompre',
    },
    'wmty-families-listen-2': {
      text: 'Les proches savent souvent ce qui compte pour le patient. Soyez à l’écoute.',
      action: 'Demander à un proche ce qui compte le plus pour le patient, et le partager aux transmissions',
    },
    'wmty-families-do-1': {
      text: 'Donnez suite à une demande d’une famille, puis dites-lui que c’est fait.',
      action: 'Donner suite aujourd’hui à une demande d’une famille et lui dire ce que vous avez fait',
    },
    'wmty-families-do-2': {
      text: 'Et si vous donniez des nouvelles à une famille avant qu’elle doive vous relancer ?',
      action:
        'Téléphoner aujourd’hui à une famille pour donner des nouvelles, avant qu’elle doive appeler elle-même',
    },
    'wmty-colleagues-ask-1': {
      text: 'Demandez à un collègue : qu’est-ce qui est important pour vous dans votre travail au quotidien ?',
      action:
        'Demander à un collègue ce qui est important pour lui au quotidien, et noter une chose pour laquelle l’aider',
    },
    'wmty-colleagues-ask-2': {
      text: 'Qu’est-ce qui aiderait l’équipe à passer une bonne journée aujourd’hui ?',
      action: 'À la fin des transmissions, demander à l’équipe ce qui l’aiderait à passer une bonne journée',
    },
    'wmty-colleagues-ask-3': {
      text: 'Quand nous donnons le meilleur de nous-mêmes en équipe, à quoi cela ressemble-t-il ?',
      action:
        'Mettre la question « Quand sommes-nous à notre meilleur ? » à l’ordre du jour de la prochaine réunion d’équipe',
    },
    'wmty-colleagues-listen-1': {
      text: 'Demandez ce qui empêche de passer une bonne journée, puis contentez-vous d’écouter.',
      action:
        'Demander à un collègue ce qui gâche ses journées, et l’écouter sans chercher tout de suite une solution',
    },
    'wmty-colleagues-listen-2': {
      text: 'Demandez à un collègue comment se passe sa journée, et accordez toute votre attention à sa réponse.',
      action:
        'Entre deux patients, prendre des nouvelles d’un collègue et lui accorder deux minutes d’attention entière',
    },
    'wmty-colleagues-do-1': {
      text: 'Choisissez une chose qui gâche une bonne journée de travail et faites un pas pour l’éliminer.',
      action: 'Choisir un petit obstacle cité par un collègue et faire un pas pour le lever cette semaine',
    },
    'wmty-colleagues-do-2': {
      text: 'Quelqu’un vous a dit ce qui fait pour lui une bonne journée ? Concrétisez l’une de ces choses.',
      action:
        'Aux transmissions, retenir une chose qui aide les collègues à passer une bonne journée, et la concrétiser pendant ce service',
    },
  },
  lenses: {
    white: {
      hat: 'Chapeau blanc',
      name: 'Faits',
      perspective: 'logique',
      focus: 'Que savons-nous vraiment, et que nous reste-t-il à découvrir ?',
    },
    red: {
      hat: 'Chapeau rouge',
      name: 'Émotions',
      perspective: 'émotionnel',
      focus: 'Réactions instinctives et ressentis, exprimés sans devoir les justifier.',
    },
    black: {
      hat: 'Chapeau noir',
      name: 'Prudence',
      perspective: 'prudent',
      focus: 'Les risques, et là où la bienveillance pourrait être sacrifiée ou mal tourner.',
    },
    yellow: {
      hat: 'Chapeau jaune',
      name: 'Avantages',
      perspective: 'optimiste',
      focus: 'Ce qui pourrait bien se passer, et qui en profiterait.',
    },
    green: {
      hat: 'Chapeau vert',
      name: 'Idées nouvelles',
      perspective: 'créatif',
      focus: 'Des pistes neuves, même modestes ou inhabituelles.',
    },
    blue: {
      hat: 'Chapeau bleu',
      name: 'Processus et organisation',
      perspective: 'organisationnel',
      focus: 'Comment cette réunion et l’organisation qui l’entoure facilitent ou freinent la bienveillance.',
    },
  },
  questions: {
    'white-any': 'Que savons-nous de la façon dont les personnes concernées vivent cela en ce moment ?',
    'white-shift':
      'Qui est de service, qui est débordé, et quels patients ou familles ont besoin de plus de temps aujourd’hui ?',
    'white-since-last':
      'Qu’est-ce qui a changé depuis le dernier briefing : admissions, sorties, effectifs, inquiétudes signalées ?',
    'white-evidence':
      'Quels chiffres à l’ordre du jour reflètent l’expérience des patients, le bien-être ou la fidélisation du personnel, pas seulement l’activité et les coûts ?',
    'white-need': 'Que savons-nous des personnes à qui ce service s’adresse, et d’où vient ce savoir ?',
    'white-timeline':
      'Que s’est-il passé, dans l’ordre, tel que le patient et sa famille l’ont vécu, et pas seulement le personnel ?',
    'white-unclear':
      'Que savons-nous avec certitude de l’incident, qu’est-ce qui reste flou, et qui n’a pas encore été entendu ?',
    'white-workload':
      'À quoi ressemble vraiment la semaine de votre collègue : horaires, charge de travail, congés, formation ?',
    'white-since-met':
      'Depuis votre dernier entretien, qu’est-ce qui s’est bien passé pour votre collègue, et qu’est-ce qui reste en suspens ?',
    'red-any': 'En un mot, dans quel état d’esprit chacun arrive-t-il à cette réunion ?',
    'red-mood':
      'Comment l’équipe se sent-elle en commençant ce service, et qui aurait besoin d’abord d’un mot gentil ?',
    'red-worry':
      'Quelqu’un dans l’équipe s’inquiète-t-il pour un patient ou un collègue sans l’avoir encore dit ?',
    'red-gut':
      'Que vous dit votre intuition sur la décision soumise au conseil, avant même les arguments des documents ?',
    'red-change':
      'Que pourraient ressentir les patients, les aidants et le personnel en apprenant ce changement ?',
    'red-hopes': 'Comment espérez-vous que ce projet soit vécu par les personnes qui utilisent le service ?',
    'red-hurt':
      'Qui a été blessé ou effrayé par ce qui s’est passé, dans le personnel comme chez les patients et la famille ?',
    'red-coping':
      'Comment les personnes concernées tiennent-elles le coup aujourd’hui, et qui a pris de leurs nouvelles ?',
    'red-them':
      'Comment va votre collègue, vraiment ? Qu’est-ce qui lui pèse, ou lui donne de l’élan, ces derniers temps ?',
    'red-energy': 'Quelle part de son travail lui donne de l’énergie en ce moment, et laquelle l’épuise ?',
    'black-any':
      'Dans ce que nous allons aborder, où la pression du temps risque-t-elle d’écarter la bienveillance ?',
    'black-safety':
      'Qu’est-ce qui pourrait mal tourner aujourd’hui pour un patient, ou pour un collègue qui porte trop ?',
    'black-rushed':
      'Quelle tâche de ce service risque le plus d’être bâclée, et qui remarquerait un patient laissé en attente ?',
    'black-tokenism':
      'Les patients partenaires sont-ils là pour façonner la décision, ou seulement pour l’entendre une fois prise ?',
    'black-unintended':
      'Qui ce projet pourrait-il laisser de côté ou mettre en difficulté, sans que personne ne le veuille ?',
    'black-blame':
      'Où cette analyse risque-t-elle de glisser vers la recherche de coupables, au point que personne n’ose plus parler la prochaine fois ?',
    'black-again':
      'Qu’est-ce qui empêcherait le même dommage de se reproduire, et qu’est-ce qui le rendrait plus probable ?',
    'black-load':
      'Y a-t-il dans sa charge de travail ou son bien-être un risque à nommer tôt, avec bienveillance ?',
    'black-unsaid':
      'Y a-t-il quelque chose qu’il lui serait difficile de vous dire, et comment l’aider à le dire en confiance ?',
    'yellow-any': 'Si nous réussissons, qu’est-ce qu’un patient ou un collègue remarquera ?',
    'yellow-goodday':
      'Quelle chose ferait de cette journée une bonne journée pour l’équipe, et qui peut la concrétiser ?',
    'yellow-thanks': 'Qui mérite un merci pour le service précédent, et qui le lui dira ?',
    'yellow-value':
      'Où la bienveillance pourrait-elle ici améliorer les résultats, fidéliser le personnel ou permettre des économies ?',
    'yellow-kindest':
      'Quelle histoire de patient ou de membre du personnel montre notre organisation sous son jour le plus bienveillant, et qu’est-ce qui l’a permis ?',
    'yellow-coproduce': 'Que gagnerions-nous à concevoir cela avec les personnes qui l’utiliseront ?',
    'yellow-learning':
      'Qu’est-ce qui a bien fonctionné dans la réponse, pour quoi remercier les gens et que faut-il continuer à faire ?',
    'yellow-trust':
      'Comment une réponse ouverte et bienveillante pourrait-elle rétablir la confiance avec la famille et le personnel concerné ?',
    'yellow-best':
      'Quand votre collègue donne le meilleur de lui-même au travail, à quoi cela ressemble-t-il, et comment favoriser ces moments ?',
    'yellow-proud':
      'De quoi votre collègue est-il fier ces derniers temps, que d’autres n’ont peut-être pas remarqué ?',
    'green-any':
      'Quel petit geste bienveillant, qui ne coûte presque rien, pourrions-nous essayer cette semaine ?',
    'green-huddle':
      'Chacun de nous pourrait-il demander aujourd’hui à un patient ce qui est important pour lui, et partager les réponses demain ?',
    'green-shift-change':
      'Quel petit changement rendrait ce service plus bienveillant, pour les patients ou pour nous ?',
    'green-agenda':
      'La réunion pourrait-elle s’ouvrir sur une histoire de patient, racontée ou choisie par un patient partenaire ?',
    'green-co-lead': 'Quelle décision soumise au conseil un patient partenaire pourrait-il codiriger ?',
    'green-design':
      'À quoi ressemblerait ce service si les patients et les aidants le dessinaient avec nous, à partir d’une page blanche ?',
    'green-repair':
      'Que pourrions-nous offrir à la famille et au personnel concerné, au-delà d’une lettre d’excuses ?',
    'green-family-shape':
      'Comment la famille pourrait-elle contribuer à définir ce qui changera après cette analyse ?',
    'green-grow':
      'Qu’aimerait essayer ou apprendre votre collègue, et comment pouvez-vous lui en laisser la place ?',
    'green-lighter':
      'Que pourriez-vous retirer de sa charge, ou faire autrement en tant que responsable, ce mois-ci ?',
    'blue-any':
      'Qui fera quoi et pour quand, et comment saurons-nous que le geste bienveillant a vraiment eu lieu ?',
    'blue-huddle': 'Qui prend en charge les actions du jour, et quand ferons-nous le point ensemble ?',
    'blue-escalate':
      'Si le service devient plus difficile, qui donne l’alerte, et comment toute l’équipe en sera-t-elle informée ?',
    'blue-governance':
      'Dans notre gouvernance, où les patients partenaires codirigent-ils, et où sont-ils encore seulement consultés ?',
    'blue-accountable':
      'Comment le public pourra-t-il voir ce projet, le façonner et nous demander des comptes ?',
    'blue-partner-steps':
      'À quelles étapes de ce projet les patients partenaires décideront-ils, au lieu de seulement donner un avis ?',
    'blue-loop': 'Comment dirons-nous à la famille et au personnel concerné ce qui a changé grâce à eux ?',
    'blue-follow-up': 'Qui assurera le suivi auprès du personnel impliqué dans l’incident, et pour quand ?',
    'blue-support':
      'Qu’est-ce qui empêche votre collègue de passer une bonne journée, et quelle part pouvez-vous en supprimer ?',
    'blue-next-meet': 'Que fera chacun de vous avant votre prochain entretien, et quand aura-t-il lieu ?',
  },
  voices: {
    'voice-partner-in-room':
      'Un patient ou un aidant partenaire est-il présent, ou quelqu’un parle-t-il à sa place ?',
    'voice-lived-experience': 'Quelle expérience vécue oriente cette décision, et laquelle manque ?',
    'voice-close-loop':
      'Comment bouclerons-nous la boucle, en disant aux gens ce que nous avons fait de ce qu’ils nous ont confié ?',
    'voice-team-matters':
      'Avons-nous demandé à l’équipe ce qui est important pour elle au quotidien, et qui n’a pas encore été interrogé ?',
    'voice-team-good-day':
      'Qu’est-ce qui aide les personnes absentes de cette salle à passer une bonne journée ici ?',
    'voice-team-best':
      'Qui n’a pas encore dit comment il voit cette équipe quand elle donne le meilleur d’elle-même ?',
    'voice-team-in-the-way':
      'Qui sait le mieux ce qui gâche une bonne journée ici, et l’avons-nous entendu ?',
  },
  conversations: {
    'conversation-2024-04': {
      subtitle: 'La place de la bienveillance à la Croix-Rouge britannique',
      summary:
        'Des responsables de la Croix-Rouge britannique ont décrit comment la bienveillance traverse tout leur travail. Les groupes ont ensuite parlé de la bienveillance comme source de résilience collective lorsque des personnes traversent une crise.',
    },
    'conversation-2024-03': {
      subtitle: 'De jeunes infirmiers et sages-femmes racontent la compassion au travail',
      summary:
        'Présentation de Follow Your Compassion, un projet ethnographique dans lequel des infirmiers et des sages-femmes britanniques, tout juste diplômés et enregistrés, ont tenu un journal sur leur vécu de la bienveillance et de la compassion au travail. Dharaa Patel et Simon Newitt, du King’s Fund, sont intervenus aux côtés de quatre des participants.',
    },
    'conversation-2024-02': {
      subtitle: 'Le « Clean Language » pour des conversations plus claires et plus bienveillantes en soins',
      summary:
        'Les initiateurs du Clean Language ont présenté cette manière contre-intuitive de communiquer, et leur objectif : former un million de professionnels de la santé et de l’aide à l’utiliser pour des conversations plus claires et plus empreintes de compassion.',
    },
    'conversation-2024-01': {
      subtitle: 'La bienveillance dans la formation des futurs médecins',
      summary:
        'Sanjiv Ahluwalia a présenté des données montrant que l’empathie des étudiants en médecine tend à diminuer au fil des études, et que de nombreux médecins en formation sont malheureux. Les groupes ont ensuite réfléchi à la manière d’apprendre aux étudiants à valoriser la bienveillance, et d’être plus bienveillant envers les apprenants.',
    },
    'conversation-2023-12': {
      subtitle: 'Compassion et bienveillance dans le leadership',
      summary:
        'Michael West a exploré les liens entre bonheur et travail, le sens véritable de la compassion, et ce qu’il faut pour créer des conditions où la compassion peut s’épanouir dans les soins de santé.',
    },
    'conversation-2023-11': {
      subtitle: 'Bienveillance et sécurité psychologique',
      summary:
        'Amy Edmondson, connue pour ses recherches sur la sécurité psychologique, a animé une conversation sur la manière dont les relations entre les personnes au travail façonnent le développement des organisations.',
    },
    'conversation-2023-10': {
      subtitle: 'Bilan de 36 mois de conversations',
      summary:
        'Une séance de retour où les membres de la communauté ont donné leur avis sur les priorités du groupe et sur les sujets auxquels consacrer son énergie à l’avenir.',
    },
    'conversation-2023-09': {
      subtitle: 'La bienveillance dans nos systèmes éducatifs',
      summary:
        'Pour la première fois, le groupe a regardé au-delà des soins de santé, vers l’enseignement : deux intervenants ont chacun partagé leur expérience de la bienveillance dans un cadre éducatif différent. James Mountford a coordonné la séance.',
    },
    'conversation-2023-08': {
      subtitle: 'Le rôle de l’enseignement et de l’apprentissage pour cultiver la bienveillance',
      summary:
        'Bob Klaber et Maureen Bisognano ont animé une discussion sur la manière dont l’enseignement, la formation et l’apprentissage peuvent aider à cultiver la bienveillance.',
    },
    'conversation-2023-07': {
      subtitle: 'Assainir les soins de santé : diriger concrètement avec et pour la bienveillance',
      summary:
        'Un regard pratique sur la bienveillance au quotidien : savoir quand enfreindre les règles, et comment raconter une histoire qui a du sens.',
    },
    'conversation-2023-06': {
      subtitle: 'À l’écoute des patients',
      summary:
        'La première commissaire à la sécurité des patients d’Angleterre a parlé de l’écoute des patients et de leurs proches, ainsi que des mouvements sociaux. Le groupe a conclu en revenant sur ce que plus de deux années de conversations lui avaient appris.',
    },
    'conversation-2023-05': {
      subtitle: 'À qui appartient l’histoire ? Des espaces sûrs pour les patients qui racontent',
      summary:
        'Sue Robins a expliqué comment permettre aux patients de raconter leur histoire en toute sécurité, et comment ce partage rend les soins plus bienveillants. Elle s’est appuyée sur son propre diagnostic de cancer du sein et sur son engagement pour les familles depuis la naissance de son fils, porteur de trisomie 21.',
    },
    'conversation-2023-03': {
      subtitle: 'Rester bienveillant face au conflit',
      summary:
        'Trois intensivistes pédiatriques ont puisé dans leur expérience professionnelle et personnelle : comment rester dans la compassion quand leur jugement clinique, éthique ou moral est contesté au plus haut niveau.',
    },
    'conversation-2023-02': {
      subtitle: 'La régulation des soins peut-elle se faire avec bienveillance ?',
      summary:
        'Des intervenants passés par la Care Quality Commission, le General Medical Council et NHS England se sont demandé si la régulation pouvait ou devait exiger la bienveillance, et si les régulateurs eux-mêmes peuvent agir avec bienveillance.',
    },
    'conversation-2023-01': {
      subtitle: 'L’écart entre les soins que nous voulons et ceux que nous avons',
      summary:
        'Plus de 80 membres de la communauté se sont penchés sur l’écart entre les soins espérés et les soins reçus, en écoutant John Ballatt, Kate Pryde et Paul Batalden, puis en en discutant en groupes.',
    },
    'conversation-2022-12': {
      subtitle: 'Un calendrier de l’Avent des initiatives de bienveillance de la communauté',
      summary:
        'Une séance spéciale où huit groupes de la communauté ont chacun présenté en deux à trois minutes leur travail pour remettre l’humain au cœur de la santé et des soins, partout dans le monde.',
    },
    'conversation-2022-11': {
      subtitle: 'Bienveillance : grands et petits gestes à essayer',
      summary:
        'Maureen Bisognano et Gabby Matthews ont proposé des idées de gestes bienveillants, grands et petits, que chacun peut essayer.',
    },
    'conversation-2022-10': {
      subtitle: 'Des rencontres qui font entrer l’art et la musique dans les lieux de soins',
      summary:
        'Trois intervenantes ont partagé leur propre expérience de la bienveillance dans les soins et leur travail autour des événements Gathering of Kindness, qui font entrer l’art et la musique dans les lieux de soins pour aider la bienveillance à s’enraciner.',
    },
    'conversation-2022-09': {
      subtitle: 'La bienveillance au travail : bénéfices, revers et obstacles',
      summary:
        'Robin Banerjee et Gillian Sandstrom ont présenté des recherches sur ce qu’est la bienveillance au travail, en particulier dans les soins, ses bénéfices et ses inconvénients, et ce qui empêche d’être plus bienveillant.',
    },
    'conversation-2022-08': {
      subtitle: 'Un mouvement pour le soin',
      summary:
        'Les membres ont exploré l’idée d’un mouvement pour le soin. Victor Montori et Dominique Allwood ont décrit leur travail pour des soins attentionnés et bienveillants, et la manière dont des soins de santé « industrialisés » y font obstacle.',
    },
    'conversation-2022-07': {
      subtitle: 'L’eudémonie et le soin',
      summary:
        'Maureen Bisognano a présenté l’eudémonie comme un regard neuf sur ce que signifie prendre soin.',
    },
  },
  workshop: {
    subtitle:
      'Faire entendre les voix, partager le pouvoir : le partenariat patient au service de soins plus sûrs et plus bienveillants',
    summary:
      'D’après les notes du programme de l’atelier : la première partie utilise les six chapeaux de la réflexion d’Edward de Bono pour traduire en actes la théorie commune de la bienveillance et la démarche « Qu’est-ce qui est important pour vous ? ». La deuxième partie montre comment, à Southampton, les patients partenaires du programme Quality and Patient Safety Partner partagent le pilotage de la stratégie, de la sécurité et des projets d’amélioration.',
  },
};
