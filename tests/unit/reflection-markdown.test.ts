import { describe, expect, it } from 'vitest';
import type { Action } from '@/lib/db/actions';
import { reflectionMarkdown } from '@/lib/journal/reflection-markdown';

const DAY = 86_400_000;
const JUNE_1 = Date.parse('2026-06-01T12:00:00Z');
const iso = (value: number) => new Date(value).toISOString().slice(0, 10);

const done = (id: string, text: string, doneAt: number, reflection?: Action['reflection']): Action => ({
  id,
  text,
  source: { kind: 'own' },
  status: 'done',
  created: doneAt - DAY,
  updated: doneAt,
  doneAt,
  ...(reflection ? { reflection } : {}),
});

describe('the reflection for appraisal as Markdown', () => {
  it('gives each done action a heading, in the order done, with only the parts written', () => {
    const markdown = reflectionMarkdown(
      [
        done('b', 'Sit with Mr K at lunch', JUNE_1 + 3 * DAY, {
          what: 'He talked about his dahlias.',
          nowWhat: 'Bring the seed catalogue.',
        }),
        done('a', 'Ask Mrs A what\nshe wants to be called', JUNE_1, { soWhat: 'Names matter.' }),
        { ...done('c', 'Still planned', JUNE_1), status: 'planned' },
      ],
      { from: '2026-06-01', to: '2026-06-30' },
      iso,
    );
    expect(markdown).toBe(
      [
        '# Reflection for appraisal',
        '',
        'Actions done from 2026-06-01 to 2026-06-30',
        '',
        'This can support your NHS appraisal and revalidation evidence. It does not follow any fixed form.',
        '',
        '## Ask Mrs A what she wants to be called',
        '',
        'Done 2026-06-01',
        '',
        '### So what',
        '',
        'Names matter.',
        '',
        '## Sit with Mr K at lunch',
        '',
        'Done 2026-06-04',
        '',
        '### What happened',
        '',
        'He talked about his dahlias.',
        '',
        '### Now what',
        '',
        'Bring the seed catalogue.',
        '',
      ].join('\n'),
    );
    expect(markdown).not.toContain('Still planned');
  });

  it('says when an action has no reflection, and when nothing was done', () => {
    const period = { from: '2026-06-01', to: '2026-06-30' };
    expect(reflectionMarkdown([done('a', 'Thank the porter', JUNE_1)], period, iso)).toContain(
      '## Thank the porter\n\nDone 2026-06-01\n\nNo reflection written.\n',
    );
    expect(reflectionMarkdown([], period, iso)).toContain('No actions were done in this period.');
  });
});
