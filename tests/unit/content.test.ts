import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  conversationById,
  conversations,
  kindnessThemes,
  promptById,
  prompts,
  recentConversations,
  theoryClaims,
  type PromptAudience,
  type PromptStep,
  type WorkKind,
} from '../../lib/content';

const allContent = { theoryClaims, kindnessThemes, prompts, conversations } as const;

interface Leaf {
  path: string;
  key: string;
  value: unknown;
}

/** Every primitive in a value, with its path and the nearest object key above it. */
function leaves(value: unknown, at = '$', key = ''): Leaf[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => leaves(item, `${at}[${index}]`, key));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`, k));
  }
  return [{ path: at, key, value }];
}

const stringLeaves = leaves(allContent).filter(
  (leaf): leaf is Leaf & { value: string } => typeof leaf.value === 'string',
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9\u00c0-\u024f]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

const RUN = 8;

function runs(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

describe('content catalogue', () => {
  it('has unique ids across all content', () => {
    const ids = [...theoryClaims, ...kindnessThemes, ...prompts, ...conversations].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has no empty or whitespace-only strings anywhere', () => {
    expect(stringLeaves.length).toBeGreaterThan(0);
    const empty = stringLeaves.filter((leaf) => leaf.value.trim() === '').map((leaf) => leaf.path);
    expect(empty).toEqual([]);
  });

  it('has no HTML tags in any text', () => {
    const tagged = stringLeaves.filter((leaf) => /<[a-z]/i.test(leaf.value)).map((leaf) => leaf.path);
    expect(tagged).toEqual([]);
  });

  it('uses https URLs that parse, for every url and link', () => {
    const urls = stringLeaves.filter((leaf) => leaf.key === 'url' || leaf.key === 'link');
    expect(urls.length).toBeGreaterThan(conversations.length);
    for (const leaf of urls) {
      expect(() => new URL(leaf.value), leaf.path).not.toThrow();
      expect(new URL(leaf.value).protocol, leaf.path).toBe('https:');
    }
  });
});

describe('theory', () => {
  it('covers outcomes, experience, retention, cost, power and co-production', () => {
    const topics = new Set(theoryClaims.map((claim) => claim.topic));
    for (const topic of ['outcomes', 'experience', 'retention', 'cost', 'power', 'co-production'] as const) {
      expect(topics.has(topic), topic).toBe(true);
    }
  });

  it('cites at least one source for every claim', () => {
    for (const claim of theoryClaims) expect(claim.sources.length, claim.id).toBeGreaterThan(0);
  });

  it('has exactly eight themes', () => {
    expect(kindnessThemes).toHaveLength(8);
  });
});

describe('prompts', () => {
  const audiences: readonly PromptAudience[] = ['patients', 'families', 'colleagues'];
  const steps: readonly PromptStep[] = ['ask', 'listen', 'do'];
  const workKinds: readonly WorkKind[] = ['ward', 'clinic', 'discharge', 'handover', 'admin'];

  it('keeps every prompt text under 140 characters and every action under 200', () => {
    for (const prompt of prompts) {
      expect(prompt.text.length, prompt.id).toBeLessThan(140);
      expect(prompt.action.length, prompt.id).toBeLessThan(200);
    }
  });

  it('covers every audience with at least five prompts and every step for each audience', () => {
    for (const audience of audiences) {
      const forAudience = prompts.filter((prompt) => prompt.audience === audience);
      expect(forAudience.length, audience).toBeGreaterThanOrEqual(5);
      for (const step of steps) {
        expect(
          forAudience.some((prompt) => prompt.step === step),
          `${audience} × ${step}`,
        ).toBe(true);
      }
    }
  });

  it('fits every kind of work in at least two prompts', () => {
    for (const kind of workKinds) {
      const count = prompts.filter((prompt) => (prompt.fits as readonly WorkKind[]).includes(kind)).length;
      expect(count, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds prompts by id', () => {
    expect(promptById('wmty-patients-ask-1')?.audience).toBe('patients');
    expect(promptById('no-such-prompt')).toBeUndefined();
  });
});

describe('conversations', () => {
  it('lists the 21 monthly conversations and nothing else, so "Show all 21 conversations" counts what it shows', () => {
    expect(conversations).toHaveLength(21);
    expect(conversations.filter((c) => c.kind !== 'monthly-conversation')).toEqual([]);
  });

  it('uses valid ISO dates, sorted newest first', () => {
    for (const c of conversations) {
      expect(c.date, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${c.date}T00:00:00Z`).toISOString().slice(0, 10), c.id).toBe(c.date);
    }
    const dates = conversations.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('dates monthly conversations on the first of the month', () => {
    for (const c of conversations) {
      if (c.kind === 'monthly-conversation') expect(c.date.endsWith('-01'), c.id).toBe(true);
    }
  });

  it('finds conversations by id', () => {
    expect(conversationById('conversation-2024-04')?.kind).toBe('monthly-conversation');
    expect(conversationById('workshop-2026-03-m6')).toBeUndefined();
    expect(conversationById('no-such-conversation')).toBeUndefined();
  });
});

describe('recentConversations', () => {
  it('returns the newest three, newest first', () => {
    const shuffled = [...conversations].reverse();
    const recent = recentConversations(shuffled, 3);
    expect(recent.map((c) => c.id)).toEqual(conversations.slice(0, 3).map((c) => c.id));
  });

  it('keeps the input order for equal dates and leaves the input alone', () => {
    const list = [
      { id: 'a', date: '2024-01-01' },
      { id: 'b', date: '2024-02-01' },
      { id: 'c', date: '2024-01-01' },
    ];
    expect(recentConversations(list, 10).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(list.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(recentConversations(list, 0)).toEqual([]);
  });
});

describe('wording is our own', () => {
  const seedDir = path.resolve(__dirname, '../../../shared/seeds');
  const seedRuns = new Set(
    readdirSync(seedDir)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => runs(readFileSync(path.join(seedDir, name), 'utf8'))),
  );

  it('reads the seed files', () => {
    expect(seedRuns.size).toBeGreaterThan(100);
  });

  it('shares no run of eight or more words with the seeds (titles and speakers aside)', () => {
    const checked = stringLeaves.filter((leaf) => leaf.key !== 'title' && leaf.key !== 'speakers');
    expect(checked.length).toBeGreaterThan(0);
    const copied = checked.flatMap((leaf) =>
      runs(leaf.value)
        .filter((run) => seedRuns.has(run))
        .map((run) => `${leaf.path}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
