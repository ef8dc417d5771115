import type { TranslationOf } from '../catalogue';
import type { options as english } from '../en/options';

/** Swedish UI strings for the settings page (issue 9: grouped sections). */
export const options = {
  'options.heading': 'Inställningar för Kindling',
  'options.intro': 'Allt här sparas i den här webbläsaren och gäller direkt.',
  'options.toc': 'På den här sidan',

  'options.nudges.heading': 'Förslag',
  'options.nudges.intro':
    'Ett kort förslag kan dyka upp vid Kindling-knappen på webbplatser där du har slagit på Kindling. Aldrig medan du skriver och aldrig under första minuten efter att en sida har öppnats.',
  'options.nudges.pace': 'Hur ofta',
  'options.nudges.pace.30': 'Högst var 30:e minut',
  'options.nudges.pace.60': 'Högst en gång i timmen',
  'options.nudges.pace.120': 'Högst varannan timme',
  'options.nudges.pace.240': 'Högst var 4:e timme',
  'options.nudges.pace.480': 'Högst var 8:e timme',
  'options.nudges.pace.1440': 'Högst en gång om dagen',
  'options.nudges.pace.0': 'Bara när jag öppnar Kindling',
  'options.nudges.quiet': 'Tyst tid',
  'options.nudges.quietFrom': 'Inga förslag från',
  'options.nudges.quietTo': 'till',
  'options.nudges.saved': 'Sparat',
  'options.nudges.quietEmpty':
    'Välj en tid. Tills du gör det gäller tyst tid från {from} till {to}; vill du inte ha någon tyst tid, stäng av den.',
  'options.nudges.quietEqual':
    'Tyst tid behöver olika start- och sluttid. Den gäller fortfarande från {from} till {to}.',
  'options.prompts.audience': 'Dagens förslag gäller',
  'options.prompts.audienceHelp': 'Vyn I dag i sidopanelen visar i första hand förslag för dem.',

  'options.sites.heading': 'Webbplatser',
  'options.sites.intro':
    'Kindling visar sin knapp bara på de här webbplatserna. Slå på en webbplats från fönstret i verktygsfältet medan du är på den.',
  'options.sites.none': 'Inga webbplatser än.',
  'options.sites.list': 'Webbplatser där Kindling körs',
  'options.sites.sideLabel': 'Knappens sida',
  'options.sites.side': 'Knappens sida på {host}',
  'options.sites.side.right': 'Höger',
  'options.sites.side.left': 'Vänster',
  'options.sites.collapsed': 'Smal flik i kanten',
  'options.sites.collapsedOn': 'Smal flik i kanten på {host}',
  'options.sites.prompts': 'Förslag här',
  'options.sites.promptsOn': 'Förslag på {host}',
  'options.sites.workKindLabel': 'Typ av arbete',
  'options.sites.workKind': 'Typ av arbete på {host}',
  'options.sites.workKind.none': 'Alla',
  'options.sites.workKind.ward': 'Avdelning',
  'options.sites.workKind.clinic': 'Mottagning',
  'options.sites.workKind.discharge': 'Utskrivning',
  'options.sites.workKind.handover': 'Överrapportering',
  'options.sites.workKind.admin': 'Administration',
  'options.sites.removeLabel': 'Ta bort',
  'options.sites.remove': 'Ta bort {host}',
  'options.sites.removeQuestion': 'Ta bort {host} från Kindling?',
  'options.sites.removeWhat':
    'Kindling lämnar {host} direkt, även i flikar som är öppna nu, och lämnar tillbaka sin behörighet att köras där. Dina handlingar och check-ins finns kvar.',
  'options.sites.removeYes': 'Ja, ta bort {host}',
  'options.sites.removeNo': 'Avbryt',
  'options.sites.removed': '{host} togs bort. Kindling körs inte längre där.',

  'options.actions.heading': 'Dina handlingar',
  'options.data.heading': 'Dina data',

  'options.keyboard.heading': 'Tangentbord',
  'options.keyboard.toggle': 'Visa eller dölj sidopanelen i den här fliken',
  'options.keyboard.notSet': 'inte valt',
  'options.keyboard.help':
    'Du kan välja ett annat kortkommando i webbläsarens egna inställningar för kortkommandon.',
  'options.keyboard.open': 'Öppna webbläsarens inställningar för kortkommandon',
  'options.keyboard.firefoxSteps':
    'I Firefox: öppna about:addons, sedan kugghjulsmenyn och sedan Hantera genvägar för tillägg.',
  'options.keyboard.failed': 'Inställningarna för kortkommandon gick inte att öppna: {error}',

  'options.privacy.heading': 'Integritet',
  'options.privacy.keeps': 'Det här sparar Kindling',
  'options.privacy.keepsWhere':
    'Bara på den här enheten, i tilläggets eget lagringsutrymme i den här webbläsaren:',
  'options.privacy.keepsActions': 'dina handlingar och dina reflektioner över dem',
  'options.privacy.keepsCheckins': 'dina check-ins',
  'options.privacy.keepsSettings': 'dina inställningar och de webbplatser du har slagit på',
  'options.privacy.never': 'Det här gör Kindling aldrig',
  'options.privacy.neverRead':
    'Läser aldrig sidorna på webbplatserna du använder. Tittar bara på webbadressen, för att veta om du har slagit på Kindling där.',
  'options.privacy.neverSend': 'Skickar aldrig något över nätverket.',
  'options.privacy.neverTelemetry':
    'Har ingen telemetri: inget om hur du använder Kindling räknas eller skickas.',
} as const satisfies TranslationOf<typeof english>;
