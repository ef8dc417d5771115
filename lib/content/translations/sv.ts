import type { ContentTranslation } from './types';

/** Kindling's content in Swedish. Facts and sources: the English items in lib/content. */
export const sv: ContentTranslation = {
  theory: {
    'theory-outcomes': {
      title: 'Bättre vårdresultat',
      body: 'M6-workshopen beskriver en gemensam teori om vänlighet: att vara vänlig leder till bättre vårdresultat för patienterna. Den uppmanar ledare, vårdpersonal och närstående att bygga in vänlighet i den vanliga, dagliga vården.',
    },
    'theory-experience': {
      title: 'En bättre upplevelse av vården',
      body: 'Workshopen menar att vänlighet förbättrar hur patienter upplever sin vård. Hake och Post (2023) fann att patienternas känsla av att bli vänligt bemötta hängde ihop med små saker: en hälsning med ett leende, frågor om deras vardag, att någon lyssnade noga och att personalen verkade intresserad.',
    },
    'theory-retention': {
      title: 'Engagerad personal som stannar',
      body: 'Workshopen kopplar vänlighet till personal som känner sig mer engagerad i sitt arbete och som oftare stannar kvar på sin arbetsplats.',
    },
    'theory-cost': {
      title: 'Lägre kostnader',
      body: 'I workshopens teori ingår påståendet att vänlighet sänker kostnaderna. Klaber och Bailey kallar vänlighet en undervärderad valuta och menar att den hör hemma i vårdens kärnuppdrag, i stället för att pengarna får styra hela dagordningen.',
    },
    'theory-power': {
      title: 'Vänlighet frigör makt',
      body: 'Workshopen menar att vänlighet öppnar för mer än medkänsla: den flyttar makt, framför allt genom att ge invånarna verkligt inflytande över sin egen vård. Det är genom att arbeta tillsammans med patienterna, och inte bara för deras räkning, som makten delas.',
    },
    'theory-co-production': {
      title: 'Samproduktion bygger relationer',
      body: 'Enligt workshopen ger det närmare relationer, delad makt och verklig förändring när vården utformas och ges i partnerskap med dem som använder den. Tanken vilar på Batalden och kollegors arbete om samproduktion av hälso- och sjukvård.',
    },
  },

  themes: {
    'theme-choice': {
      title: 'Ett val vi handlar efter',
      body: 'Vänlighet är något vi bestämmer oss för att göra, inte en känsla vi väntar på.',
    },
    'theme-cycle': {
      title: 'Vänlighet är ett kretslopp',
      body: 'En vänlig handling leder ofta till nästa, så vänligheten sprider sig och kommer tillbaka.',
    },
    'theme-therapeutic': {
      title: 'Den hjälper människor att läka',
      body: 'Vänlighet spelar i sig en stark roll i behandling och återhämtning.',
    },
    'theme-challenging-unkindness': {
      title: 'Att säga ifrån mot ovänlighet',
      body: 'Att lägga märke till ovänligt beteende och säga ifrån är en del av att vara vänlig.',
    },
    'theme-small-acts': {
      title: 'Små handlingar, stor skillnad',
      body: 'En kort gest kan göra stor skillnad för en patients eller en kollegas dag.',
    },
    'theme-business-end': {
      title: 'Mitt i kärnuppdraget',
      body: 'Vänlighet hör hemma i hjärtat av vårdens vardagsarbete, inte i dess utkanter.',
    },
    'theme-leads-to-more': {
      title: 'Den leder till mycket annat',
      body: 'Vänlighet hänger ihop med många andra delar av god vård och öppnar ofta vägen till dem.',
    },
    'theme-leading': {
      title: 'Att leda med och för vänlighet',
      body: 'Ledare kan visa vänlighet i hur de leder och också göra en vänligare verksamhet till ett av sina mål.',
    },
  },

  prompts: {
    'wmty-patients-ask-1': {
      text: 'Fråga inte bara ”Vad är det för fel?”, utan också: ”Vad är viktigt för dig?”',
      action: 'Fråga en patient i dag vad som är viktigt för hen, och skriv upp det där teamet ser det',
    },
    'wmty-patients-ask-2': {
      text: 'Innan planen läggs, fråga: vad är viktigast för dig i dag, den här veckan, det här året?',
      action: 'Fråga en patient vad som är viktigast för hen i dag, och bygg in en av sakerna i hens plan',
    },
    'wmty-patients-ask-3': {
      text: 'När du har en bra dag – vad är det som gör den bra?',
      action:
        'Fråga vid ett besök i dag vad som gör en bra dag för patienten, och anteckna svaret i journalen',
    },
    'wmty-patients-ask-4': {
      text: 'Snart hemgång? Fråga vad hen vill uppnå hemma, med det stöd hen får där.',
      action:
        'Fråga en patient före utskrivning vad hen vill uppnå hemma med stöd, och för in det i utskrivningsplanen',
    },
    'wmty-patients-listen-1': {
      text: 'Hälsa med ett leende och lyssna noga innan du svarar.',
      action: 'Hälsa med ett leende vid nästa patientmöte, och låt patienten tala till punkt innan du pratar',
    },
    'wmty-patients-listen-2': {
      text: 'Vänd dig från skärmen och visa att du är intresserad av det patienten berättar.',
      action: 'Vänd dig från skärmen vid nästa besök medan patienten berättar vad som är viktigt för hen',
    },
    'wmty-patients-do-1': {
      text: 'Vid överrapporteringen: för vidare en sak som är viktig för varje patient, inte bara värdena.',
      action:
        'Berätta vid dagens överrapportering en sak som är viktig för varje patient, utöver det medicinska läget',
    },
    'wmty-patients-do-2': {
      text: 'Speglar utskrivningsplanen det som patienten sa är viktigast?',
      action:
        'Kontrollera före den här utskrivningen att planen tar med det som patienten sa är viktigast för hen',
    },
    'wmty-families-ask-1': {
      text: 'Fråga en närstående: vad är viktigt för dig medan hen ligger på sjukhus?',
      action:
        'Fråga en närstående vad som är viktigt för hen själv under vårdtiden, och anteckna det i journalen',
    },
    'wmty-families-ask-2': {
      text: 'Fråga familjen: vilket stöd skulle hjälpa er mest när hen har kommit hem?',
      action:
        'Fråga familjen före utskrivning vilket stöd som skulle hjälpa mest hemma, och för det vidare till teamet',
    },
    'wmty-families-ask-3': {
      text: 'Närstående har också sina prioriteringar. Fråga vad som är viktigt för dem just nu.',
      action:
        'Fråga en närstående vad som är viktigt för hen just nu, och anteckna det som teamet kan hjälpa till med',
    },
    'wmty-families-listen-1': {
      text: 'Ge närstående en stund att säga vad som oroar dem, och låt dem tala till punkt.',
      action: 'Avsätt fem minuter i dag för att lyssna på en familjs oro utan att avbryta',
    },
    'wmty-families-listen-2': {
      text: 'Närstående vet ofta vad som är viktigt för patienten. Lyssna efter det.',
      action:
        'Fråga en närstående vad som är viktigast för patienten, och berätta vid överrapporteringen vad du hörde',
    },
    'wmty-families-do-1': {
      text: 'Gör en sak som familjen bad om, och berätta sedan för dem att du har gjort det.',
      action: 'Följ upp en önskan från en familj i dag och berätta för dem vad du gjorde åt den',
    },
    'wmty-families-do-2': {
      text: 'Kan du ge familjen ett besked innan de behöver jaga dig?',
      action: 'Ring en familj i dag med ett besked, innan de själva behöver ringa och fråga',
    },
    'wmty-colleagues-ask-1': {
      text: 'Fråga en kollega: vad är viktigt för dig i ditt dagliga arbete?',
      action:
        'Fråga en kollega vad som är viktigt för hen i det dagliga arbetet, och notera en sak du kan hjälpa till med',
    },
    'wmty-colleagues-ask-2': {
      text: 'Vad skulle göra dagen till en bra dag för teamet?',
      action: 'Fråga teamet i slutet av överrapporteringen vad som skulle göra dagen till en bra dag',
    },
    'wmty-colleagues-ask-3': {
      text: 'När vi är som bäst som team, hur ser det ut då?',
      action: 'Sätt upp frågan ”När är vi som bäst?” på dagordningen till nästa teammöte',
    },
    'wmty-colleagues-listen-1': {
      text: 'Fråga vad som står i vägen för en bra dag, och lyssna bara.',
      action:
        'Fråga en kollega vad som står i vägen för en bra dag, och lyssna utan att skynda dig att lösa det',
    },
    'wmty-colleagues-listen-2': {
      text: 'Fråga en kollega hur dagen går, och ge svaret hela din uppmärksamhet.',
      action: 'Stäm av med en kollega mellan patienterna och ge hen två minuter av odelad uppmärksamhet',
    },
    'wmty-colleagues-do-1': {
      text: 'Välj en sak som förstör en bra arbetsdag, och ta ett steg för att få bort den.',
      action:
        'Välj ett litet hinder som en kollega har nämnt, och ta ett steg för att röja undan det den här veckan',
    },
    'wmty-colleagues-do-2': {
      text: 'Har någon berättat vad som gör en bra dag för hen? Se till att en av de sakerna blir av.',
      action:
        'Välj vid överrapporteringen en sak som kollegorna sa gör en bra dag, och se till att den blir av under passet',
    },
  },

  lenses: {
    white: {
      hat: 'Vit hatt',
      name: 'Fakta',
      perspective: 'logiskt',
      focus: 'Vad vet vi faktiskt, och vad behöver vi fortfarande ta reda på?',
    },
    red: {
      hat: 'Röd hatt',
      name: 'Känslor',
      perspective: 'känslomässigt',
      focus: 'Magkänsla och känslor, som får sägas utan att behöva motiveras.',
    },
    black: {
      hat: 'Svart hatt',
      name: 'Försiktighet',
      perspective: 'försiktigt',
      focus: 'Risker, och var vänligheten kan trängas undan eller gå snett.',
    },
    yellow: {
      hat: 'Gul hatt',
      name: 'Fördelar',
      perspective: 'optimistiskt',
      focus: 'Vad som kan gå bra, och vem som vinner på det om det gör det.',
    },
    green: {
      hat: 'Grön hatt',
      name: 'Nya idéer',
      perspective: 'kreativt',
      focus: 'Nya möjligheter, hur små eller ovanliga de än är.',
    },
    blue: {
      hat: 'Blå hatt',
      name: 'Process och organisation',
      perspective: 'organisatoriskt',
      focus: 'Hur det här mötet och organisationen runt det gör vänlighet lättare eller svårare.',
    },
  },

  questions: {
    // Vit hatt: fakta
    'white-any': 'Vad vet vi om hur de som berörs upplever det här just nu?',
    'white-shift':
      'Vem arbetar i dag, vem är hårt belastad, och vilka patienter eller närstående behöver extra tid i dag?',
    'white-since-last':
      'Vad har hänt sedan förra avstämningen: inskrivningar, utskrivningar, bemanning eller oro som någon har lyft?',
    'white-evidence':
      'Vilka siffror på dagordningen visar upplevelse, personalens välbefinnande eller personalomsättning, inte bara produktion och kostnad?',
    'white-need': 'Vad vet vi om dem som verksamheten finns till för, och var kommer den kunskapen ifrån?',
    'white-timeline':
      'Vad hände, i tur och ordning, så som patienten och familjen såg det och så som personalen såg det?',
    'white-unclear':
      'Vad vet vi säkert om händelsen, vad är fortfarande oklart, och vem har ännu inte blivit hörd?',
    'white-workload': 'Hur ser hens vecka faktiskt ut: arbetstid, arbetsbelastning, ledighet, lärande?',
    'white-since-met': 'Vad har gått bra för hen sedan ni sågs sist, och vad är fortfarande olöst?',
    // Röd hatt: känslor
    'red-any': 'Med ett ord: hur mår var och en av oss när vi kommer till det här mötet?',
    'red-mood':
      'Hur känns det för teamet att gå in i det här passet, och vem kan behöva ett vänligt ord först?',
    'red-worry': 'Är någon på passet orolig för en patient eller en kollega utan att ha sagt det än?',
    'red-gut':
      'Vad säger magkänslan om beslutet som ledningsgruppen står inför, innan underlagen argumenterar för det?',
    'red-change':
      'Hur kan patienter, närstående och personal känna sig när de först hör om den här förändringen?',
    'red-hopes': 'Hur hoppas du att planen ska kännas för dem som använder verksamheten?',
    'red-hurt': 'Vem blev sårad eller rädd av det som hände, personalen lika väl som patienten och familjen?',
    'red-coping': 'Hur klarar sig de inblandade nu, och vem har hört av sig till dem?',
    'red-them': 'Hur mår hen, egentligen? Vad har tyngt hen, eller lyft hen, på sistone?',
    'red-energy': 'Vilken del av arbetet ger hen energi just nu, och vilken del tar energi?',
    // Svart hatt: försiktighet
    'black-any': 'Var kan tidspressen trycka undan vänligheten i det vi strax ska diskutera?',
    'black-safety': 'Vad kan gå fel i dag för en patient, eller för en kollega som bär på för mycket?',
    'black-rushed':
      'Vilken uppgift under passet riskerar mest att göras i all hast, och vem skulle märka att en patient blir sittande och väntar?',
    'black-tokenism':
      'Är patientpartnerna här för att forma beslutet, eller bara för att höra det när det redan är fattat?',
    'black-unintended':
      'Vem kan planen lämna utanför eller göra det svårare för, utan att någon har menat det?',
    'black-blame':
      'Var kan den här analysen glida över i skuldbeläggning, så att folk slutar säga ifrån nästa gång?',
    'black-again': 'Vad skulle hindra att samma skada händer igen, och vad kan göra det mer sannolikt?',
    'black-load':
      'Finns det något i hens arbetsbelastning eller mående som är en risk att ta upp tidigt och vänligt?',
    'black-unsaid':
      'Finns det något hen kan ha svårt att berätta för dig, och hur kan du göra det tryggare att säga det?',
    // Gul hatt: fördelar
    'yellow-any': 'Om vi lyckas med det här, vad kommer en patient eller en kollega att märka?',
    'yellow-goodday':
      'Vilken enda sak skulle göra dagen till en bra dag för teamet, och vem kan se till att den blir av?',
    'yellow-thanks': 'Vem från förra passet förtjänar ett tack, och vem framför det?',
    'yellow-value': 'Var kan vänlighet här ge bättre resultat, få personal att stanna eller spara pengar?',
    'yellow-kindest':
      'Vilken berättelse från en patient eller medarbetare visar organisationen när den är som vänligast, och vad gjorde det möjligt?',
    'yellow-coproduce': 'Vad kan vi vinna på att utforma det här tillsammans med dem som ska använda det?',
    'yellow-learning': 'Vad gick bra i hanteringen som vi kan tacka folk för och fortsätta med?',
    'yellow-trust':
      'Hur kan ett öppet och vänligt bemötande bygga upp förtroendet igen hos familjen och den berörda personalen?',
    'yellow-best': 'När hen är som bäst på jobbet, hur ser det ut då, och hur kan vi få se mer av det?',
    'yellow-proud': 'Vad är hen stolt över på sistone som andra kanske inte har lagt märke till?',
    // Grön hatt: nya idéer
    'green-any': 'Vilken liten vänlig handling, som nästan inte kostar något, kan vi pröva den här veckan?',
    'green-huddle':
      'Kan var och en av oss fråga en patient i dag vad som är viktigt för hen, och dela svaren i morgon?',
    'green-shift-change':
      'Vilken liten förändring skulle göra passet vänligare för patienterna eller för oss?',
    'green-agenda': 'Kan mötet börja med en patientberättelse, berättad eller vald av en patientpartner?',
    'green-co-lead':
      'Vilket av ledningsgruppens beslut skulle en patientpartner kunna leda tillsammans med oss?',
    'green-design':
      'Hur skulle verksamheten se ut om patienter och närstående ritade den med oss från ett tomt papper?',
    'green-repair': 'Vad kan vi erbjuda familjen och den berörda personalen, utöver ett ursäktsbrev?',
    'green-family-shape': 'Hur kan familjen vara med och forma det som ändras efter den här analysen?',
    'green-grow': 'Vad vill hen pröva eller lära sig härnäst, och hur kan du ge utrymme för det?',
    'green-lighter': 'Vad kan du lyfta bort från hens bord, eller göra annorlunda som chef, den här månaden?',
    // Blå hatt: process och organisation
    'blue-any': 'Vem gör vad och när, och hur vet vi att det vänliga faktiskt blev av?',
    'blue-huddle': 'Vem tar dagens handlingar, och när stämmer vi av dem tillsammans?',
    'blue-escalate': 'Om passet blir tyngre, vem lyfter det, och hur får hela teamet veta?',
    'blue-governance':
      'Var i vår styrning leder patientpartner arbetet tillsammans med oss, och var blir de fortfarande bara tillfrågade?',
    'blue-accountable': 'Hur ska invånarna få se planen, påverka den och hålla oss till den?',
    'blue-partner-steps': 'I vilka steg av planen ska patientpartner fatta beslut, och inte bara ge råd?',
    'blue-loop': 'Hur ska vi berätta för familjen och den berörda personalen vad som ändrades tack vare dem?',
    'blue-follow-up': 'Vem följer upp med personalen som var inblandad i händelsen, och när?',
    'blue-support': 'Vad står i vägen för en bra dag för hen, och vilken del av det kan du ta bort?',
    'blue-next-meet': 'Vad ska var och en av er göra innan ni ses nästa gång, och när blir det?',
  },

  voices: {
    'voice-partner-in-room': 'Finns en patient- eller närståendepartner i rummet, eller talar någon för dem?',
    'voice-lived-experience': 'Vems egna erfarenheter formar det här beslutet, och vems saknas?',
    'voice-close-loop':
      'Hur sluter vi cirkeln och berättar för folk vad vi gjorde med det de berättade för oss?',
    'voice-team-matters':
      'Har vi frågat teamet vad som är viktigt för dem i det dagliga arbetet, och vem har ännu inte fått frågan?',
    'voice-team-good-day': 'Vad hjälper dem som inte är här i rummet att ha en bra dag här?',
    'voice-team-best': 'Vems bild av teamet när det är som bäst saknas i samtalet?',
    'voice-team-in-the-way': 'Vem vet bäst vad som förstör en bra dag här, och har vi hört vad hen säger?',
  },
  conversations: {
    'conversation-2024-04': {
      subtitle: 'Vänlighetens plats i Brittiska Röda korsets arbete',
      summary:
        'Ledare från Brittiska Röda korset berättade hur vänlighet genomsyrar deras arbete. Sedan samtalade grupper om vänlighet som en källa till motståndskraft i samhället när människor drabbas av en kris.',
    },
    'conversation-2024-03': {
      subtitle: 'Nyutbildade sjuksköterskor och barnmorskor om medkänsla i arbetet',
      summary:
        'En närmare titt på Follow Your Compassion, ett etnografiskt projekt där nyutbildade och legitimerade sjuksköterskor och barnmorskor i Storbritannien förde dagbok över hur vänlighet och medkänsla kändes i arbetet. Dharaa Patel och Simon Newitt från The King’s Fund talade tillsammans med fyra av sjuksköterskorna och barnmorskorna som deltog.',
    },
    'conversation-2024-02': {
      subtitle: 'Clean Language för tydligare och vänligare samtal i vården',
      summary:
        'Personerna bakom Clean Language förklarade detta kontraintuitiva sätt att kommunicera och sitt mål att rusta en miljon medarbetare inom vård och omsorg att använda det för tydligare samtal med mer medkänsla.',
    },
    'conversation-2024-01': {
      subtitle: 'Vänlighet i utbildningen av blivande läkare',
      summary:
        'Sanjiv Ahluwalia tog upp belägg för att läkarstudenters empati ofta minskar under utbildningen och att många läkare under utbildning inte trivs. Grupperna diskuterade sedan hur studenter kan förberedas att värdesätta vänlighet och hur man kan vara vänligare mot dem som lär sig.',
    },
    'conversation-2023-12': {
      subtitle: 'Medkänsla och vänlighet i ledarskapet',
      summary:
        'Michael West utforskade hur lycka och arbete hänger ihop, vad medkänsla egentligen betyder och vad som krävs för att skapa förutsättningar där medkänsla kan blomstra i vården.',
    },
    'conversation-2023-11': {
      subtitle: 'Vänlighet och psykologisk trygghet',
      summary:
        'Amy Edmondson, känd för sin forskning om psykologisk trygghet, ledde ett samtal om hur relationerna mellan människor på jobbet påverkar hur organisationer växer och utvecklas.',
    },
    'conversation-2023-10': {
      subtitle: 'Tre år av samtal: vad ska gruppen prioritera framöver?',
      summary:
        'En återkopplingsträff där medlemmarna delade sina tankar om vad gruppen borde prioritera och var den ska lägga sin energi härnäst.',
    },
    'conversation-2023-09': {
      subtitle: 'Vänlighet i skolan och utbildningssystemet',
      summary:
        'För första gången blickade gruppen bortom vården, mot utbildning, med två talare som utgick från sina erfarenheter av vänlighet i var sin utbildningsmiljö. James Mountford samordnade träffen.',
    },
    'conversation-2023-08': {
      subtitle: 'Hur undervisning och lärande kan bygga vänlighet',
      summary:
        'Bob Klaber och Maureen Bisognano ledde ett samtal om hur undervisning, utbildning och lärande kan hjälpa människor att bygga vänlighet.',
    },
    'conversation-2023-07': {
      subtitle: 'Att avgifta vården: att leda i praktiken med och för vänlighet',
      summary:
        'En praktisk blick på vänlighet i vardagen, med fokus på när man ska bryta mot reglerna och hur man berättar en historia som betyder något.',
    },
    'conversation-2023-06': {
      subtitle: 'Att lyssna på patienter och närstående',
      summary:
        'Englands första patientsäkerhetskommissionär talade om att lyssna på patienter och deras närstående, och om sociala rörelser. Gruppen avslutade med att reflektera över vad mer än två års samtal hade lärt dem.',
    },
    'conversation-2023-05': {
      subtitle: 'Trygga rum för patienter som berättar sina historier',
      summary:
        'Sue Robins talade om hur man gör det tryggt för patienter att berätta sina historier, och om hur vården blir vänligare när de delas. Hon utgick från sin egen bröstcancerdiagnos och från att hon har fört familjers talan sedan hennes son föddes med Downs syndrom.',
    },
    'conversation-2023-03': {
      subtitle: 'Att vara vänlig mitt i en konflikt',
      summary:
        'Tre barnintensivvårdsläkare berättade ur yrkesliv och privatliv om att behålla medkänslan när deras kliniska, etiska eller moraliska bedömning ifrågasätts på allra högsta nivå.',
    },
    'conversation-2023-02': {
      subtitle: 'Tillsyn i vården: går den att utöva med vänlighet?',
      summary:
        'Talare med erfarenhet från Care Quality Commission, General Medical Council och NHS England frågade sig om tillsyn kan eller bör kräva vänlighet, och om tillsynsmyndigheterna själva kan agera vänligt.',
    },
    'conversation-2023-01': {
      subtitle: 'Glappet mellan den vård vi vill ha och den vård vi har',
      summary:
        'Över 80 medlemmar granskade avståndet mellan den vård vi hoppas på och den vård vi får. De lyssnade på John Ballatt, Kate Pryde och Paul Batalden och samtalade om det i grupper.',
    },
    'conversation-2022-12': {
      subtitle: 'En adventskalender med vänlighetsarbete från nätverket',
      summary:
        'En särskild träff där åtta grupper från hela nätverket fick två till tre minuter var för att berätta om sitt arbete med att åter sätta medmänskligheten i centrum för vård och omsorg runt om i världen.',
    },
    'conversation-2022-11': {
      subtitle: 'Stora och små vänliga handlingar att pröva',
      summary:
        'Maureen Bisognano och Gabby Matthews gav förslag på vänliga handlingar, stora som små, som vem som helst kan pröva.',
    },
    'conversation-2022-10': {
      subtitle: 'Konst och musik som får vänligheten att slå rot i vården',
      summary:
        'Tre talare delade egna erfarenheter av vänlighet i vården och berättade om sitt arbete med Gathering of Kindness, evenemang som för in konst och musik i vårdmiljöer för att hjälpa vänligheten att slå rot.',
    },
    'conversation-2022-09': {
      subtitle: 'Vänlighet på jobbet: fördelar, nackdelar och hinder',
      summary:
        'Robin Banerjee och Gillian Sandstrom delade forskning om hur vänlighet på jobbet ser ut, särskilt i vården, om dess fördelar och nackdelar, och om vad som hindrar människor från att vara vänligare.',
    },
    'conversation-2022-08': {
      subtitle: 'En rörelse för omsorgsfull och vänlig vård',
      summary:
        'Medlemmarna utforskade idén om en rörelse för omsorg. Victor Montori och Dominique Allwood beskrev hur de arbetar för en vård som är omsorgsfull och vänlig, och hur en ”industrialiserad” vård står i vägen för den.',
    },
    'conversation-2022-07': {
      subtitle: 'Eudaimonia, det goda livet, och vad omsorg betyder',
      summary: 'Maureen Bisognano presenterade eudaimonia som ett nytt sätt att se på vad omsorg betyder.',
    },
  },

  workshop: {
    subtitle: 'Att ta tillvara röster och dela makt: patientpartnerskap för en säkrare och vänligare vård',
    summary:
      'Ur workshopprogrammet: den första delen använder de Bonos metod Sex tänkande hattar för att omsätta den gemensamma teorin om vänlighet och ”Vad är viktigt för dig?” i handling. Den andra delen visar hur patientpartner i Southamptons program Quality and Patient Safety Partner delar ledarskapet för strategi, patientsäkerhet och förbättringsarbete.',
  },
};
