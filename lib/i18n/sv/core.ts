import type { TranslationOf } from '../catalogue';
import type { core as english } from '../en/core';

/** Swedish UI strings shared by every part of Kindling. */
export const core = {
  'app.name': 'Kindling',

  'launcher.open': 'Öppna Kindling',
  'launcher.close': 'Stäng Kindling',
  'launcher.frameTitle': 'Kindlings sidopanel',

  'sidebar.close': 'Stäng sidopanelen',
  'sidebar.elsewhere':
    'Här öppnas Kindling bara från sin egen knapp. Använd Kindling-knappen i webbläsarens verktygsfält för att se dina handlingar.',
  'sidebar.theory.heading': 'Varför vänlighet spelar roll',
  'sidebar.prompts.heading': 'Vad är viktigt för dig?',
  'sidebar.prompts.save': 'Spara som min handling',
  'sidebar.prompts.saved': 'Sparad bland dina handlingar',
  'sidebar.prompts.savedButton': 'Sparad som din handling',
  'sidebar.conversations.heading': 'Samtal om vänlighet',

  'audience.patients': 'Patienter',
  'audience.families': 'Närstående',
  'audience.colleagues': 'Kollegor',
  'audience.all': 'Alla',
  'step.ask': 'Fråga',
  'step.listen': 'Lyssna',
  'step.do': 'Gör',

  'status.planned': 'Planerad',
  'status.done': 'Gjord',
  'status.let-go': 'Släppt',

  'popup.actions.heading': 'Dina handlingar',
  'popup.actions.empty':
    'Inga handlingar än. Öppna sidopanelen, välj ett förslag under ”Vad är viktigt för dig?” och spara det som din handling.',
  'popup.actions.created': 'Sparad {date}',
  'popup.site.heading': 'Den här webbplatsen',
  'popup.site.show': 'Visa Kindling på {host}',
  'popup.site.unsupported':
    'Kindling fungerar på webbplatser, inte på webbläsarsidor som den här. Öppna ditt vårdsystem i den här fliken och slå sedan på Kindling här.',
  'popup.site.denied': 'Kindling fick inte behörighet för {host} och förblir därför dolt där.',
  'popup.site.failed': 'Kunde inte ändra inställningen för webbplatsen: {error}',
  'popup.openSidebar': 'Öppna sidopanelen',
  'popup.settings': 'Inställningar',

  'error.generic': 'Något gick fel: {error}',
  'error.cannotRunHere':
    'Kindling kan inte köras på den här sidan: webbläsarsidor, tilläggsbutiker och vissa skyddade sidor är stängda för tillägg. Öppna ditt vårdsystem på webben i en vanlig flik och försök igen.',
  'error.tabGone': 'Fliken har stängts. Öppna sidan igen och försök en gång till.',
  'error.notReady': 'Kindling körs inte i den fliken än. Ladda om sidan och försök igen.',
  'error.restarted':
    'Kindling har uppdaterats eller startats om. Stäng det här fönstret, öppna det igen och försök en gång till.',
  'error.noRoom':
    'Webbläsaren har inget utrymme kvar för att spara Kindlings data. Frigör lite diskutrymme och försök igen.',
  'error.actionText': 'En handling behöver en text (högst {max} tecken).',
  'error.actionSource': 'En handling måste ange var den kommer ifrån.',
} as const satisfies TranslationOf<typeof english>;
