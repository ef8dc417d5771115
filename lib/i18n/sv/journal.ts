import type { TranslationOf } from '../catalogue';
import type { journal as english } from '../en/journal';

/** Swedish UI strings for saved actions: the journal in the popup, export and import (issue 3). */
export const journal = {
  'journal.own.label': 'Skriv en egen handling',
  'journal.own.save': 'Lägg till handling',
  'journal.own.saved': 'Handling tillagd.',

  'journal.filter.label': 'Visa',
  'journal.filter.all': 'Alla handlingar ({count})',
  'journal.filter.planned': 'Planerade ({count})',
  'journal.filter.done': 'Gjorda ({count})',
  'journal.filter.let-go': 'Släppta ({count})',
  'journal.search.label': 'Sök bland dina handlingar',
  'journal.results': '{shown} av {total} visas',
  'journal.noMatches': 'Inga handlingar matchar ”{query}”.',
  'journal.noneInStatus': 'Inga handlingar här än.',
  'journal.showMore': 'Visa fler',

  'journal.saved': 'Sparad {date}',
  'journal.dueWhen': 'Måldatum: {when}',
  'journal.overdue': 'Försenad',
  'journal.doneOn': 'Gjord {date}',
  'journal.reflection': 'Reflektion',

  'journal.markDone': 'Bocka av',
  'journal.letGo': 'Släpp taget',
  'journal.planAgain': 'Planera igen',
  'journal.edit': 'Redigera',
  'journal.delete': 'Radera',
  'journal.cancel': 'Avbryt',
  'journal.save': 'Spara',
  'journal.actionLabel': 'Handling: {text}',

  'journal.done.heading': 'Bocka av',
  'journal.done.help':
    'Allt är frivilligt. Tre frågor från reflektionsmodellen av Rolfe, Freshwater och Jasper.',
  'journal.done.what': 'Vad hände?',
  'journal.done.soWhat': 'Och vad betyder det? Vad lärde du dig?',
  'journal.done.nowWhat': 'Och vad nu? Vad gör du härnäst?',
  'journal.part.what': 'Vad som hände',
  'journal.part.soWhat': 'Vad det betyder',
  'journal.part.nowWhat': 'Vad härnäst',
  'journal.done.confirm': 'Spara som gjord',
  'journal.edit.text': 'Handling',
  'journal.edit.due': 'Måldatum (valfritt)',

  'journal.deleted': 'Handlingen raderades.',
  'journal.undo': 'Ångra',
  'journal.restored': 'Handlingen återställdes.',
  'journal.markedDone': 'Avbockad.',
  'journal.letGoDone': 'Släppt. Den finns kvar i din dagbok.',
  'journal.plannedAgain': 'Planerad igen.',
  'journal.edited': 'Handlingen sparades.',
  'journal.history': 'Gjord tidigare',
  'journal.doneBefore': 'Gjord tidigare, {date}',
  'journal.clash.stale':
    'Någon ändrade handlingen i ett annat Kindling-fönster: den senaste versionen visas ovan. Det du skrev finns kvar här; spara igen för att ersätta den.',
  'journal.clash.gone':
    'Handlingen raderades i ett annat Kindling-fönster. Det du skrev finns kvar här: spara det som en ny handling.',
  'journal.saveAsNew': 'Spara som ny handling',
  'journal.savedAsNew': 'Sparad som ny handling.',

  'journal.chart.heading': 'Gjorda per vecka',
  'journal.chart.summaryNone': 'Inga gjorda handlingar de senaste {weeks} veckorna än.',
  'journal.chart.summaryOne': 'En handling gjord de senaste {weeks} veckorna, veckan från {date}.',
  'journal.chart.summaryMany':
    '{total} handlingar gjorda de senaste {weeks} veckorna, flest veckan från {date}.',
  'journal.chart.yAxis': 'Gjorda handlingar (upp till {most})',
  'journal.chart.thisWeek': 'Den här veckan',
  'journal.chart.week': 'Veckan från {date}',
  'journal.chart.count': 'Gjorda: {count}',
  'journal.chart.weekColumn': 'Vecka från',
  'journal.chart.doneColumn': 'Gjorda handlingar',
  'journal.chart.showTable': 'Visa som tabell',

  'journal.reminder.title': 'Kindling: dags för en handling',

  'journal.settings.heading': 'Dina handlingar',
  'journal.settings.badge': 'Visa antalet öppna handlingar på knappen i verktygsfältet',
  'journal.settings.reminders': 'Påminn mig med en avisering när en handling når sitt måldatum',
  'journal.settings.reminderTime': 'Tid för påminnelse',
  'journal.settings.remindersDenied': 'Aviseringar tilläts inte, så påminnelserna förblir avstängda.',
  'journal.settings.data': 'Dina data',
  'journal.settings.dataIntro':
    'Allt stannar på den här enheten. Exportera en kopia för att ha den i säkert förvar eller för att flytta den till en annan webbläsare.',
  'journal.settings.exportJson': 'Exportera allt: handlingar, check-ins och inställningar (JSON)',
  'journal.settings.exportCsv': 'Exportera bara handlingar, för kalkylblad (CSV)',
  'journal.settings.exported': {
    one: 'Exporterade {count} handling.',
    other: 'Exporterade {count} handlingar.',
  },
  'journal.settings.import': 'Importera en export från Kindling (JSON)',
  'journal.settings.importing': 'Importerar…',
  'journal.settings.importProgress': 'Sparar {done} av {total} poster…',
  'journal.settings.imported':
    'Importen är klar. Handlingar: {added} tillagda, {updated} uppdaterade, {skipped} överhoppade. Check-ins: {checkinsAdded} tillagda, {checkinsUpdated} uppdaterade, {checkinsSkipped} överhoppade.',
  'journal.settings.clear': 'Radera alla handlingar och check-ins',
  'journal.settings.clearConfirm':
    'Radera alla sparade handlingar och check-ins från den här webbläsaren? Dina webbplatser och inställningar behålls (ta bort en webbplats under Webbplatser). Det går inte att ångra. Exportera först om du vill ha en kopia.',
  'journal.settings.clearYes': 'Ja, radera alla handlingar och check-ins',
  'journal.settings.cleared':
    'Alla handlingar och check-ins raderades. Webbplatser och inställningar behölls.',

  'journal.restore.heading': 'Filen innehåller också inställningar',
  'journal.restore.intro': 'Om du återställer dem ändras:',
  'journal.restore.same': 'Inställningarna är desamma som dina; inget skulle ändras.',
  'journal.restore.apply': 'Återställ inställningarna',
  'journal.restore.keep': 'Behåll mina inställningar',
  'journal.restore.applied': 'Inställningar återställda.',
  'journal.restore.kept': 'Dina inställningar behölls som de är.',
  'journal.restore.waiting':
    'Behöver slås på: Kindling körs på en webbplats, eller visar aviseringar, först när du har tillåtit det här.',
  'journal.restore.allowReminders': 'Tillåt aviseringar för påminnelser',
  'journal.restore.close': 'Klar',
  'journal.restore.switchOn': 'Slå på för {host}',
  'journal.restore.switchedOn': 'Kindling är påslaget för {host}.',
  'journal.restore.notAllowed': 'Kindling fick inte behörighet för {host} och förblir avstängt där.',
  'journal.restore.on': 'på',
  'journal.restore.off': 'av',
  'journal.restore.noQuiet': 'ingen tyst tid',
  'journal.restore.quietHours': 'kl. {from}–{until}',
  'journal.restore.addSite':
    'Lägg till webbplatsen {host} (den behöver slås på om Kindling inte är tillåtet där än).',
  'journal.restore.sitePrefs': 'Kindling-knappen på {host}: {prefs}.',
  'journal.restore.pace': 'Hur ofta förslag visas: från ”{from}” till ”{to}”.',
  'journal.restore.quiet': 'Tyst tid: från ”{from}” till ”{to}”.',
  'journal.restore.badge': 'Antal öppna handlingar på knappen i verktygsfältet: från ”{from}” till ”{to}”.',
  'journal.restore.reminders': 'Påminnelser vid måldatum: från ”{from}” till ”{to}”.',
  'journal.restore.reminderTime': 'Tid för påminnelse: från {from} till {to}.',
  'journal.settings.persisted': 'Webbläsaren behåller dina handlingar även när diskutrymmet börjar ta slut.',
} as const satisfies TranslationOf<typeof english>;
