import { HAT_LENSES, type HatLens } from '../db/actions';
import type { Checkin } from '../db/checkins';

/** A check-in's one-page summary, already in the reader's words, ready to write out. */
export interface SummaryDoc {
  title: string;
  facts: readonly { label: string; value: string }[];
  sections: readonly { heading: string; items: readonly string[] }[];
}

/** The words a summary needs, supplied by the page (from the message catalogue). */
export interface SummaryWords {
  title: string;
  meeting: { label: string; value: string };
  date: { label: string; value: string };
  length: { label: string; value: string };
  covered: { label: string; none: string };
  actions: { heading: string; none: string };
  notes: string;
  voice: string;
  lensName: (lens: HatLens) => string;
}

/** The summary of a check-in: meeting, date, lenses covered, actions chosen, then the notes. */
export function summaryDoc(checkin: Checkin, words: SummaryWords): SummaryDoc {
  const covered = checkin.covered.map(words.lensName);
  const notes = HAT_LENSES.flatMap((lens) => {
    const note = checkin.notes[lens]?.trim();
    return note ? [`${words.lensName(lens)}: ${note}`] : [];
  });
  const voice = checkin.voiceNotes.trim();
  return {
    title: words.title,
    facts: [
      words.meeting,
      words.date,
      words.length,
      { label: words.covered.label, value: covered.length > 0 ? covered.join(', ') : words.covered.none },
    ],
    sections: [
      {
        heading: words.actions.heading,
        items:
          checkin.actions.length > 0
            ? checkin.actions.map((action) => `${action.text} (${words.lensName(action.lens)})`)
            : [words.actions.none],
      },
      ...(notes.length > 0 ? [{ heading: words.notes, items: notes }] : []),
      ...(voice ? [{ heading: words.voice, items: [voice] }] : []),
    ],
  };
}

/** The summary as plain text, for pasting into an email or chat. */
export function toPlainText(doc: SummaryDoc): string {
  const lines = [doc.title, '', ...doc.facts.map((fact) => `${fact.label}: ${fact.value}`)];
  for (const section of doc.sections) {
    lines.push('', section.heading, ...section.items.map((item) => `- ${oneLine(item)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** The summary as Markdown; what people typed is escaped so it stays plain text. */
export function toMarkdown(doc: SummaryDoc): string {
  const lines = [
    `# ${escapeMarkdown(doc.title)}`,
    '',
    ...doc.facts.map((fact) => `- **${escapeMarkdown(fact.label)}:** ${escapeMarkdown(fact.value)}`),
  ];
  for (const section of doc.sections) {
    lines.push(
      '',
      `## ${escapeMarkdown(section.heading)}`,
      '',
      ...section.items.map((item) => `- ${escapeMarkdown(oneLine(item))}`),
    );
  }
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
