import type { ContentTranslation } from './types';

/** Kindling's content in Dutch (Belgium). Facts and sources: the English items in lib/content. */
export const nl: ContentTranslation = {
  theory: {
    'theory-outcomes': {
      title: 'Betere klinische uitkomsten',
      body: 'De M6-workshop schetst een gedeelde theorie over vriendelijkheid: vriendelijk zijn leidt tot betere klinische uitkomsten voor patiënten. Leidinggevenden, zorgverleners en mantelzorgers worden gevraagd om vriendelijkheid in te bouwen in de gewone, dagelijkse zorg.',
    },
    'theory-experience': {
      title: 'Een betere zorgervaring',
      body: 'Volgens de workshop verbetert vriendelijkheid hoe patiënten hun zorg ervaren. Hake en Post (2023) stelden vast dat het gevoel van patiënten vriendelijk behandeld te worden samenhing met kleine dingen: een begroeting met een glimlach, vragen over hun dagelijks leven, aandachtig luisteren en een zorgverlener die geïnteresseerd overkwam.',
    },
    'theory-retention': {
      title: 'Betrokken medewerkers die blijven',
      body: 'De workshop legt een verband tussen vriendelijkheid en medewerkers die zich meer betrokken voelen bij hun werk en die vaker in hun job blijven.',
    },
    'theory-cost': {
      title: 'Lagere kosten',
      body: 'De theorie van de workshop stelt ook dat vriendelijkheid de kosten doet dalen. Klaber en Bailey noemen vriendelijkheid een onderschatte munt en vinden dat ze tot de kern van de gezondheidszorg behoort, in plaats van geld de hele agenda te laten bepalen.',
    },
    'theory-power': {
      title: 'Vriendelijkheid zet macht in beweging',
      body: 'Volgens de workshop brengt vriendelijkheid meer teweeg dan compassie alleen: ze verschuift de macht en geeft vooral burgers echte inspraak in hoe hun eigen zorg eruitziet. Samenwerken mét patiënten, en niet alleen in hun plaats handelen, is de manier om die macht te delen.',
    },
    'theory-co-production': {
      title: 'Coproductie bouwt relaties op',
      body: 'Volgens de workshop leidt zorg die in partnerschap met de gebruikers wordt ontworpen en verleend tot hechtere relaties, gedeelde macht en echte verandering. Het werk van Batalden en collega’s over de coproductie van zorgdiensten onderbouwt dat idee.',
    },
  },
  themes: {
    'theme-choice': {
      title: 'Een keuze die we in daden omzetten',
      body: 'Vriendelijkheid is iets wat we besluiten te doen, geen gevoel waarop we wachten.',
    },
    'theme-cycle': {
      title: 'Vriendelijkheid is een kringloop',
      body: 'De ene vriendelijke daad lokt vaak de volgende uit, zodat vriendelijkheid zich blijft verspreiden en terugkeert.',
    },
    'theme-therapeutic': {
      title: 'Het helpt mensen genezen',
      body: 'Vriendelijkheid speelt op zich al een krachtige rol in behandeling en herstel.',
    },
    'theme-challenging-unkindness': {
      title: 'Onvriendelijkheid aankaarten',
      body: 'Onvriendelijk gedrag opmerken en er iets van zeggen, hoort bij vriendelijk zijn.',
    },
    'theme-small-acts': {
      title: 'Kleine gebaren, grote impact',
      body: 'Een kort gebaar kan een groot verschil maken in de dag van een patiënt of collega.',
    },
    'theme-business-end': {
      title: 'In de kern van het werk',
      body: 'Vriendelijkheid staat centraal in het dagelijkse werk van de gezondheidszorg, niet in de marge ervan.',
    },
    'theme-leads-to-more': {
      title: 'Het leidt tot veel meer',
      body: 'Vriendelijkheid is verweven met veel andere aspecten van goede zorg en maakt er vaak de weg voor vrij.',
    },
    'theme-leading': {
      title: 'Leidinggeven met en voor vriendelijkheid',
      body: 'Leidinggevenden kunnen vriendelijkheid tonen in hoe ze leiding geven, en van vriendelijkere zorg ook een van hun doelen maken.',
    },
  },
  prompts: {
    'wmty-patients-ask-1': {
      text: 'Vraag naast ‘Wat scheelt er?’ ook eens: ‘Wat is belangrijk voor u?’',
      action:
        'Vraag vandaag één patiënt wat voor hem of haar belangrijk is, en noteer het waar het team het ziet',
    },
    'wmty-patients-ask-2': {
      text: 'Vraag voor het plan vastligt: wat zijn uw prioriteiten voor vandaag, deze week, dit jaar?',
      action:
        'Vraag één patiënt naar zijn of haar prioriteiten voor vandaag en neem er één op in het zorgplan',
    },
    'wmty-patients-ask-3': {
      text: 'Als u een goede dag hebt, wat maakt die dag dan goed?',
      action:
        'Vraag vandaag in één raadpleging wat een goede dag is voor de patiënt, en noteer het antwoord in het dossier',
    },
    'wmty-patients-ask-4': {
      text: 'Mag de patiënt binnenkort naar huis? Vraag wat hij of zij daar, met steun, wil bereiken.',
      action:
        'Vraag vóór het ontslag één patiënt wat hij of zij thuis met steun wil bereiken, en zet het in het ontslagplan',
    },
    'wmty-patients-listen-1': {
      text: 'Begroet de patiënt met een glimlach en luister aandachtig voor u antwoordt.',
      action: 'Begroet uw volgende patiënt met een glimlach en laat hem of haar uitspreken voor u iets zegt',
    },
    'wmty-patients-listen-2': {
      text: 'Kijk weg van het scherm en toon belangstelling voor wat de patiënt u vertelt.',
      action:
        'Stap in uw volgende raadpleging weg van het scherm terwijl de patiënt vertelt wat voor hem of haar belangrijk is',
    },
    'wmty-patients-do-1': {
      text: 'Geef bij de overdracht per patiënt één ding door dat hem of haar na aan het hart ligt, niet alleen de parameters.',
      action:
        'Deel bij de overdracht vandaag per patiënt één ding dat voor hem of haar belangrijk is, naast het klinische beeld',
    },
    'wmty-patients-do-2': {
      text: 'Weerspiegelt het ontslagplan wat de patiënt zelf het belangrijkst vindt?',
      action: 'Controleer vóór dit ontslag of het plan bevat wat de patiënt zelf het belangrijkst vindt',
    },
    'wmty-families-ask-1': {
      text: 'Vraag een familielid of mantelzorger: wat is belangrijk voor u zolang uw naaste opgenomen is?',
      action:
        'Vraag één familielid of mantelzorger wat tijdens deze opname belangrijk voor hem of haar is, en noteer het in het dossier',
    },
    'wmty-families-ask-2': {
      text: 'Vraag de familie: welke steun zou u het meest helpen als uw naaste weer thuis is?',
      action:
        'Vraag de familie vóór het ontslag welke steun thuis het meest zou helpen, en geef het door aan de ontslagmanager',
    },
    'wmty-families-ask-3': {
      text: 'Ook mantelzorgers hebben prioriteiten. Vraag wat voor hen op dit moment belangrijk is.',
      action:
        'Vraag één mantelzorger wat nu belangrijk voor hem of haar is, en noteer waarmee het team kan helpen',
    },
    'wmty-families-listen-1': {
      text: 'Geef familieleden even de tijd om te zeggen wat hen zorgen baart, en laat hen uitspreken.',
      action: 'Maak vandaag vijf minuten vrij om de zorgen van één familie te horen zonder te onderbreken',
    },
    'wmty-families-listen-2': {
      text: 'Familieleden weten vaak wat belangrijk is voor de patiënt. Luister daarnaar.',
      action:
        'Vraag een familielid wat de patiënt het belangrijkst vindt, en deel bij de overdracht wat u hoorde',
    },
    'wmty-families-do-1': {
      text: 'Doe iets met één vraag van een familie, en laat hen weten dat u het gedaan hebt.',
      action: 'Volg vandaag één vraag van een familie op en laat hen weten wat u ermee gedaan hebt',
    },
    'wmty-families-do-2': {
      text: 'Kunt u een familie op de hoogte brengen nog voor ze er zelf naar moeten vragen?',
      action: 'Bel vandaag één familie op met een update, nog voor zij u moeten bellen',
    },
    'wmty-colleagues-ask-1': {
      text: 'Vraag een collega wat voor hem of haar belangrijk is in het dagelijkse werk.',
      action:
        'Vraag één collega wat belangrijk is in zijn of haar dagelijkse werk, en noteer één ding waarmee u kunt helpen',
    },
    'wmty-colleagues-ask-2': {
      text: 'Wat zou helpen om van vandaag een goede dag te maken voor het team?',
      action:
        'Vraag het team aan het einde van de overdracht wat zou helpen om van vandaag een goede dag te maken',
    },
    'wmty-colleagues-ask-3': {
      text: 'Hoe ziet het eruit als we als team op ons best zijn?',
      action: 'Zet de vraag ‘Wanneer zijn we op ons best?’ op de agenda van uw volgende teamvergadering',
    },
    'wmty-colleagues-listen-1': {
      text: 'Vraag wat een goede dag in de weg staat, en luister dan gewoon.',
      action:
        'Vraag een collega wat een goede dag in de weg staat, en luister zonder meteen een oplossing te zoeken',
    },
    'wmty-colleagues-listen-2': {
      text: 'Vraag een collega hoe de dag verloopt, en geef het antwoord uw volle aandacht.',
      action:
        'Loop tussen twee patiënten even bij één collega langs en geef hem of haar twee minuten uw onverdeelde aandacht',
    },
    'wmty-colleagues-do-1': {
      text: 'Kies één ding dat een goede werkdag bederft en zet een stap om het weg te werken.',
      action: 'Kies één klein obstakel dat een collega noemde en zet deze week een stap om het weg te werken',
    },
    'wmty-colleagues-do-2': {
      text: 'Vertelde iemand u wat een goede dag voor hem of haar maakt? Zorg dat één van die dingen gebeurt.',
      action:
        'Kies bij de overdracht één ding dat volgens collega’s een goede dag maakt, en laat het deze shift gebeuren',
    },
  },
  lenses: {
    white: {
      hat: 'Witte hoed',
      name: 'Feiten',
      perspective: 'logische',
      focus: 'Wat weten we echt, en wat moeten we nog uitzoeken?',
    },
    red: {
      hat: 'Rode hoed',
      name: 'Gevoelens',
      perspective: 'emotionele',
      focus: 'Buikgevoel en emoties, uitgesproken zonder dat u ze hoeft te verantwoorden.',
    },
    black: {
      hat: 'Zwarte hoed',
      name: 'Voorzichtigheid',
      perspective: 'voorzichtige',
      focus: 'Risico’s, en waar vriendelijkheid in de verdrukking kan komen of kan mislopen.',
    },
    yellow: {
      hat: 'Gele hoed',
      name: 'Voordelen',
      perspective: 'optimistische',
      focus: 'Wat goed kan gaan, en wie er baat bij heeft als het lukt.',
    },
    green: {
      hat: 'Groene hoed',
      name: 'Nieuwe ideeën',
      perspective: 'creatieve',
      focus: 'Frisse mogelijkheden, hoe klein of ongewoon ook.',
    },
    blue: {
      hat: 'Blauwe hoed',
      name: 'Proces en organisatie',
      perspective: 'organisatorische',
      focus:
        'Hoe deze vergadering en de organisatie eromheen vriendelijkheid makkelijker of moeilijker maken.',
    },
  },
  questions: {
    'white-any': 'Wat weten we over hoe de mensen voor wie dit bedoeld is, het op dit moment beleven?',
    'white-shift':
      'Wie werkt er deze shift, wie zit aan de limiet, en welke patiënten of families hebben vandaag extra tijd nodig?',
    'white-since-last':
      'Wat is er veranderd sinds de vorige huddle: opnames, ontslagen, bezetting of geuite zorgen?',
    'white-evidence':
      'Welke cijfers op de agenda gaan over zorgervaring, welzijn of behoud van medewerkers, en niet alleen over activiteit en kosten?',
    'white-need':
      'Wat weten we over de mensen voor wie deze dienst bestaat, en waar komt die kennis vandaan?',
    'white-timeline':
      'Wat is er gebeurd, stap voor stap, zoals de patiënt en de familie het zagen, en ook de medewerkers?',
    'white-unclear':
      'Wat weten we zeker over het incident, wat is nog onduidelijk, en wie is nog niet gehoord?',
    'white-workload': 'Hoe ziet de week van uw medewerker er echt uit: uren, werkdruk, verlof, bijscholing?',
    'white-since-met':
      'Wat is er goed gegaan voor uw medewerker sinds uw vorige gesprek, en wat ligt er nog open?',
    'red-any': 'Hoe komt ieder van ons deze vergadering binnen, in één woord?',
    'red-mood':
      'Hoe voelt het team zich bij het begin van deze shift, en wie kan eerst een vriendelijk woord gebruiken?',
    'red-worry':
      'Maakt iemand van de shift zich zorgen over een patiënt of een collega, zonder het al gezegd te hebben?',
    'red-gut':
      'Wat zegt uw buikgevoel over de beslissing die voor de raad van bestuur ligt, nog voor de vergaderstukken hun argumenten aanvoeren?',
    'red-change':
      'Hoe zullen patiënten, mantelzorgers en medewerkers zich voelen als ze voor het eerst van deze verandering horen?',
    'red-hopes': 'Hoe hoopt u dat dit plan aanvoelt voor de mensen die van de dienst gebruikmaken?',
    'red-hurt':
      'Wie werd gekwetst of was bang door wat er gebeurde, medewerkers net zo goed als patiënten en familie?',
    'red-coping': 'Hoe houden de betrokkenen het nu vol, en wie heeft al gevraagd hoe het met hen gaat?',
    'red-them': 'Hoe gaat het echt met uw medewerker? Wat woog de laatste tijd zwaar, en wat deed deugd?',
    'red-energy': 'Welk deel van het werk geeft uw medewerker nu energie, en welk deel put die uit?',
    'black-any': 'Waar kan tijdsdruk de vriendelijkheid verdringen in wat we zo meteen bespreken?',
    'black-safety':
      'Wat kan er vandaag mislopen voor een patiënt, of voor een collega die te veel op zijn of haar schouders draagt?',
    'black-rushed':
      'Welke taak wordt in deze shift het makkelijkst afgeraffeld, en wie zou merken dat een patiënt blijft wachten?',
    'black-tokenism':
      'Zijn de patiëntpartners hier om de beslissing mee vorm te geven, of alleen om ze te horen als ze al genomen is?',
    'black-unintended':
      'Wie zou dit plan, zonder dat iemand het zo bedoelt, kunnen uitsluiten of het moeilijker maken?',
    'black-blame':
      'Waar kan deze analyse afglijden naar schuld zoeken, zodat mensen de volgende keer zwijgen?',
    'black-again':
      'Wat zou voorkomen dat dezelfde schade opnieuw gebeurt, en wat zou ze net waarschijnlijker maken?',
    'black-load':
      'Zit er in de werklast of het welzijn van uw medewerker een risico dat u best vriendelijk en tijdig benoemt?',
    'black-unsaid':
      'Is er iets wat uw medewerker u moeilijk kan vertellen, en hoe maakt u het veiliger om het te zeggen?',
    'yellow-any': 'Als we dit goed doen, wat merkt een patiënt of een collega daar dan van?',
    'yellow-goodday':
      'Welk ene ding zou van vandaag een goede dag maken voor dit team, en wie kan ervoor zorgen?',
    'yellow-thanks': 'Wie van de vorige shift verdient een woord van dank, en wie spreekt het uit?',
    'yellow-value':
      'Waar kan vriendelijkheid hier de uitkomsten verbeteren, medewerkers aan boord houden of geld besparen?',
    'yellow-kindest':
      'Welk verhaal van een patiënt of medewerker toont deze organisatie op haar vriendelijkst, en wat maakte dat mogelijk?',
    'yellow-coproduce':
      'Wat kunnen we winnen door dit samen te ontwerpen met de mensen die het zullen gebruiken?',
    'yellow-learning':
      'Wat ging er goed in onze aanpak, waarvoor we mensen kunnen bedanken en wat we best blijven doen?',
    'yellow-trust':
      'Hoe kan een open, vriendelijke reactie het vertrouwen herstellen bij de familie en de betrokken medewerkers?',
    'yellow-best':
      'Hoe ziet het eruit als uw medewerker op zijn of haar best is op het werk, en hoe kunnen we daar meer van zien?',
    'yellow-proud':
      'Waar is uw medewerker de laatste tijd trots op, wat anderen misschien niet opgemerkt hebben?',
    'green-any': 'Welke kleine, vriendelijke daad die bijna niets kost, kunnen we deze week uitproberen?',
    'green-huddle':
      'Kan ieder van ons vandaag één patiënt vragen wat voor hem of haar belangrijk is, en morgen de antwoorden delen?',
    'green-shift-change':
      'Welke ene kleine verandering zou deze shift vriendelijker maken voor patiënten of voor onszelf?',
    'green-agenda':
      'Kan de vergadering openen met het verhaal van een patiënt, verteld of gekozen door een patiëntpartner?',
    'green-co-lead': 'Welke beslissing die voor de raad van bestuur ligt, kan een patiëntpartner mee leiden?',
    'green-design':
      'Hoe zou deze dienst eruitzien als patiënten en mantelzorgers hem samen met ons op een leeg blad tekenden?',
    'green-repair': 'Wat kunnen we de familie en de betrokken medewerkers bieden, naast een excuusbrief?',
    'green-family-shape': 'Hoe kan de familie mee bepalen wat er na deze analyse verandert?',
    'green-grow': 'Wat wil uw medewerker hierna proberen of leren, en hoe maakt u daar ruimte voor?',
    'green-lighter': 'Wat kunt u deze maand van uw medewerker overnemen, of als leidinggevende anders doen?',
    'blue-any':
      'Wie doet wat tegen wanneer, en hoe weten we dat het vriendelijke gebaar ook echt gebeurd is?',
    'blue-huddle': 'Wie neemt de acties van vandaag op zich, en wanneer overlopen we ze samen?',
    'blue-escalate': 'Als de shift zwaarder wordt, wie trekt dan aan de bel, en hoe hoort het hele team het?',
    'blue-governance':
      'Waar in ons bestuur leiden patiëntpartners mee, en waar worden ze nog alleen geraadpleegd?',
    'blue-accountable': 'Hoe kan het publiek dit plan inkijken, mee vormgeven en ons eraan houden?',
    'blue-partner-steps':
      'Bij welke stappen van dit plan beslissen patiëntpartners mee, in plaats van alleen advies te geven?',
    'blue-loop': 'Hoe laten we de familie en de betrokken medewerkers weten wat er dankzij hen veranderd is?',
    'blue-follow-up': 'Wie volgt de medewerkers op die bij het incident betrokken waren, en tegen wanneer?',
    'blue-support':
      'Wat staat een goede dag voor uw medewerker in de weg, en welk deel daarvan kunt u wegnemen?',
    'blue-next-meet':
      'Wat doen u en uw medewerker elk vóór jullie volgende gesprek, en wanneer vindt dat plaats?',
  },
  voices: {
    'voice-partner-in-room':
      'Zit er een patiëntpartner of een mantelzorger als partner mee aan tafel, of spreekt iemand in hun naam?',
    'voice-lived-experience':
      'Wiens ervaringsdeskundigheid geeft mee vorm aan deze beslissing, en wiens ervaring ontbreekt?',
    'voice-close-loop':
      'Hoe sluiten we de cirkel, en laten we mensen weten wat we gedaan hebben met wat ze ons vertelden?',
    'voice-team-matters':
      'Hebben we het team gevraagd wat voor hen belangrijk is in hun dagelijkse werk, en wie hebben we het nog niet gevraagd?',
    'voice-team-good-day':
      'Wat helpt de mensen die niet in deze ruimte zitten om hier een goede dag te hebben?',
    'voice-team-best': 'Wiens beeld van dit team op zijn best ontbreekt in het gesprek?',
    'voice-team-in-the-way':
      'Wie weet het best wat een goede dag hier bederft, en hebben we die mensen al gehoord?',
  },
  conversations: {
    'conversation-2024-04': {
      subtitle: 'De rol van vriendelijkheid bij het Britse Rode Kruis',
      summary:
        'Leidinggevenden van het Britse Rode Kruis vertelden hoe vriendelijkheid door hun hele werk loopt. Daarna spraken groepen over vriendelijkheid als bron van veerkracht in gemeenschappen wanneer mensen een crisis doormaken.',
    },
    'conversation-2024-03': {
      subtitle: 'Een project over hoe pas afgestudeerde verpleegkundigen en vroedvrouwen compassie beleven',
      summary:
        'Een blik op Follow Your Compassion, een etnografisch project waarin Britse verpleegkundigen en vroedvrouwen, pas afgestudeerd en geregistreerd, een dagboek bijhielden over hoe vriendelijkheid en compassie op het werk aanvoelden. Dharaa Patel en Simon Newitt van The King’s Fund spraken samen met vier van de deelnemende verpleegkundigen en vroedvrouwen.',
    },
    'conversation-2024-02': {
      subtitle: '‘Clean Language’ voor betere en vriendelijkere gesprekken in de zorg',
      summary:
        'De mensen achter Clean Language legden deze tegenintuïtieve manier van communiceren uit, en hun doel om een miljoen zorg- en welzijnsprofessionals te leren ermee te werken voor duidelijkere, meer compassievolle gesprekken.',
    },
    'conversation-2024-01': {
      subtitle: 'Vriendelijkheid in het onderwijs',
      summary:
        'Sanjiv Ahluwalia besprak aanwijzingen dat de empathie van geneeskundestudenten vaak afneemt naarmate hun opleiding vordert, en dat veel artsen in opleiding ongelukkig zijn. Daarna verkenden groepen hoe we studenten kunnen leren vriendelijkheid te waarderen, en hoe we zelf vriendelijker kunnen zijn voor wie leert.',
    },
    'conversation-2023-12': {
      subtitle: 'Compassie en vriendelijkheid in leiderschap',
      summary:
        'Michael West verkende hoe geluk en werk samenhangen, wat compassie echt betekent, en wat er nodig is om in de gezondheidszorg omstandigheden te scheppen waarin compassie kan gedijen.',
    },
    'conversation-2023-11': {
      subtitle: 'Vriendelijkheid en psychologische veiligheid',
      summary:
        'Amy Edmondson, bekend om haar onderzoek naar psychologische veiligheid, leidde een gesprek over hoe de relaties tussen mensen op het werk bepalen hoe organisaties groeien.',
    },
    'conversation-2023-10': {
      subtitle: 'Terugblik op 36 maanden gesprekken',
      summary:
        'Een feedbacksessie waarin leden van de gemeenschap hun mening gaven over wat de groep voorrang moet geven en waar ze haar energie verder in moet steken.',
    },
    'conversation-2023-09': {
      subtitle: 'Vriendelijkheid in onze onderwijssystemen',
      summary:
        'Voor het eerst keek de groep verder dan de gezondheidszorg, naar het onderwijs: twee sprekers putten elk uit hun ervaring met vriendelijkheid in een andere onderwijsomgeving. James Mountford coördineerde de sessie.',
    },
    'conversation-2023-08': {
      subtitle: 'Hoe onderwijs en leren vriendelijkheid helpen opbouwen',
      summary:
        'Bob Klaber en Maureen Bisognano leidden een gesprek over hoe lesgeven, opleiden en leren mensen kunnen helpen om vriendelijkheid op te bouwen.',
    },
    'conversation-2023-07': {
      subtitle: 'De zorg ontgiften: in de praktijk leidinggeven met en voor vriendelijkheid',
      summary:
        'Een praktische kijk op vriendelijkheid in het dagelijkse werk, met de nadruk op wanneer het gepast is om regels te breken en op verhalen vertellen die echt iets betekenen.',
    },
    'conversation-2023-06': {
      subtitle: 'Luisteren naar patiënten',
      summary:
        'De eerste Engelse commissaris voor patiëntveiligheid sprak over het horen van patiënten en hun naasten, en over sociale bewegingen. Tot slot stond de groep stil bij wat ruim twee jaar gesprekken hen geleerd had.',
    },
    'conversation-2023-05': {
      subtitle: 'Veilige ruimte scheppen voor patiënten die hun verhaal vertellen',
      summary:
        'Sue Robins sprak over hoe patiënten hun verhaal veilig kunnen vertellen, en hoe het delen ervan de zorg vriendelijker maakt. Ze putte uit haar eigen diagnose van borstkanker en uit haar inzet voor families sinds haar zoon met het syndroom van Down geboren werd.',
    },
    'conversation-2023-03': {
      subtitle: 'Vriendelijk blijven in een conflict',
      summary:
        'Drie kinderintensivisten putten uit hun professionele en persoonlijke ervaring om te vertellen hoe ze compassievol blijven wanneer hun klinische, ethische of morele oordeel op het allerhoogste niveau in twijfel wordt getrokken.',
    },
    'conversation-2023-02': {
      subtitle: 'Kan toezicht in de zorg vriendelijk gebeuren, en hoe?',
      summary:
        'Sprekers met ervaring bij de Care Quality Commission, de General Medical Council en NHS England vroegen zich af of toezicht vriendelijkheid kan of moet opleggen, en of toezichthouders zelf vriendelijk kunnen handelen.',
    },
    'conversation-2023-01': {
      subtitle: 'De kloof tussen de zorg die we willen en de zorg die we hebben',
      summary:
        'Meer dan 80 leden van de gemeenschap bekeken de afstand tussen de zorg waarop we hopen en de zorg die we krijgen. Ze luisterden naar John Ballatt, Kate Pryde en Paul Batalden en bespraken het daarna in groepen.',
    },
    'conversation-2022-12': {
      subtitle: 'Een adventskalender van vriendelijke initiatieven uit de gemeenschap',
      summary:
        'Een speciale sessie waarin acht groepen uit de hele gemeenschap elk in twee à drie minuten hun werk voorstelden om menselijkheid wereldwijd opnieuw centraal te zetten in gezondheid en zorg.',
    },
    'conversation-2022-11': {
      subtitle: 'Grote en kleine vriendelijke daden om uit te proberen',
      summary:
        'Maureen Bisognano en Gabby Matthews reikten ideeën aan voor grote en kleine vriendelijke daden die iedereen kan uitproberen.',
    },
    'conversation-2022-10': {
      subtitle: 'Kunst en muziek die vriendelijkheid in de zorg laten wortelen',
      summary:
        'Drie sprekers deelden hun eigen ervaringen met vriendelijkheid in de zorg en hun werk rond de Gathering of Kindness-evenementen, die kunst en muziek naar zorgomgevingen brengen zodat vriendelijkheid er wortel kan schieten.',
    },
    'conversation-2022-09': {
      subtitle: 'Vriendelijkheid op het werk: voordelen, nadelen en drempels',
      summary:
        'Robin Banerjee en Gillian Sandstrom deelden onderzoek over hoe vriendelijkheid op het werk eruitziet, vooral in de gezondheidszorg, wat de voor- en nadelen zijn, en wat mensen ervan weerhoudt vriendelijker te zijn.',
    },
    'conversation-2022-08': {
      subtitle: 'Een beweging voor zorg',
      summary:
        'De leden verkenden het idee van een beweging voor zorg. Victor Montori en Dominique Allwood vertelden hoe ze werken aan zorg die zorgvuldig en vriendelijk is, en hoe ‘geïndustrialiseerde’ gezondheidszorg dat in de weg staat.',
    },
    'conversation-2022-07': {
      subtitle: 'Eudaimonia, het goede leven, als kijk op wat zorgen betekent',
      summary:
        'Maureen Bisognano stelde eudaimonia voor als een frisse kijk op wat zorgen voor anderen betekent.',
    },
  },
  workshop: {
    subtitle: 'Patiëntpartnerschap als motor voor veiligere, vriendelijkere zorg',
    summary:
      'Uit de programmanotities van de workshop: het eerste deel gebruikt de Zes denkende hoeden van de Bono om de gedeelde theorie over vriendelijkheid en de ‘What matters to you?’-beweging om te zetten in actie. Het tweede deel toont hoe patiëntpartners in het Quality and Patient Safety Partner-programma van Southampton mee leidinggeven aan strategie, veiligheid en verbeterwerk.',
  },
};
