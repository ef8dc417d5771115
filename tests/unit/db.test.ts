import { describe, it, expect } from 'vitest';
import { createActionStore } from '@/lib/db/action-store';
import {
  ACTION_TEXT_MAX,
  HAT_LENSES,
  InvalidInput,
  parseActionDraft,
  type ActionDraft,
} from '@/lib/db/actions';
import { freshDb } from './support/fresh-db';

const T0 = Date.UTC(2026, 2, 3, 9, 0, 0);
const MINUTE = 60_000;

/** A store on a fresh database, with a clock and ids the test controls. */
function freshStore() {
  const db = freshDb();
  const clock = { now: T0 };
  let nextId = 0;
  const store = createActionStore(db, {
    now: () => clock.now,
    newId: () => `action-${++nextId}`,
  });
  return { store, clock, db };
}

const own = (text: string): ActionDraft => ({ text, source: { kind: 'own' } });

describe('the action store', () => {
  it('saves an action and reads it back unchanged', async () => {
    const { store } = freshStore();
    const draft: ActionDraft = {
      text: 'Ask Mrs Patel what matters to her today',
      source: { kind: 'prompt', promptId: 'ask-what-matters' },
      due: '2026-03-05',
    };
    const saved = await store.add(draft);
    expect(saved).toEqual({
      id: 'action-1',
      text: 'Ask Mrs Patel what matters to her today',
      source: { kind: 'prompt', promptId: 'ask-what-matters' },
      due: '2026-03-05',
      status: 'planned',
      created: T0,
      updated: T0,
    });
    await expect(store.get('action-1')).resolves.toEqual(saved);
  });

  it('gives each action the id from newId and times from the injected clock', async () => {
    const { store, clock } = freshStore();
    const first = await store.add(own('Thank the night team'));
    clock.now = T0 + 5 * MINUTE;
    const second = await store.add(own('Bring tea to the handover'));
    expect([first.id, second.id]).toEqual(['action-1', 'action-2']);
    expect(first.created).toBe(T0);
    expect(first.updated).toBe(T0);
    expect(second.created).toBe(T0 + 5 * MINUTE);
    expect(second.updated).toBe(T0 + 5 * MINUTE);
  });

  it('starts every new action as planned', async () => {
    const { store } = freshStore();
    expect((await store.add(own('Learn a new colleague’s name'))).status).toBe('planned');
  });

  it('has nothing to list or count before anything is saved', async () => {
    const { store } = freshStore();
    await expect(store.list()).resolves.toEqual([]);
    await expect(store.count()).resolves.toBe(0);
    await expect(store.get('action-1')).resolves.toBeUndefined();
  });

  it('lists saved actions newest first, whatever order their ids sort in', async () => {
    const { store, clock } = freshStore();
    // Saved out of time order, so the list order can only come from `created`.
    clock.now = T0 + 2 * MINUTE;
    await store.add(own('middle'));
    clock.now = T0 + 9 * MINUTE;
    await store.add(own('newest'));
    clock.now = T0;
    await store.add(own('oldest'));
    const texts = (await store.list()).map((action) => action.text);
    expect(texts).toEqual(['newest', 'middle', 'oldest']);
  });

  it('returns only the newest few when given a limit', async () => {
    const { store, clock } = freshStore();
    for (let i = 1; i <= 5; i++) {
      clock.now = T0 + i * MINUTE;
      await store.add(own(`action ${i}`));
    }
    expect((await store.list({ limit: 2 })).map((action) => action.text)).toEqual(['action 5', 'action 4']);
    expect(await store.list({ limit: 0 })).toEqual([]);
    expect(await store.list({ limit: 50 })).toHaveLength(5);
  });

  it('counts the saved actions', async () => {
    const { store, clock } = freshStore();
    await store.add(own('one'));
    clock.now += MINUTE;
    await store.add(own('two'));
    clock.now += MINUTE;
    await store.add(own('three'));
    await expect(store.count()).resolves.toBe(3);
  });

  it('refuses to overwrite an action when an id is reused', async () => {
    const db = freshDb();
    const store = createActionStore(db, { now: () => T0, newId: () => 'same-id' });
    await store.add(own('first'));
    await expect(store.add(own('second'))).rejects.toThrow();
    expect((await store.list()).map((action) => action.text)).toEqual(['first']);
  });

  it('stores HTML and script in the text as plain text, exactly as typed', async () => {
    const { store } = freshStore();
    const text = '<img src=x onerror="alert(1)"> <script>alert("hi")</script> & <b>thanks</b>';
    const saved = await store.add(parseActionDraft(own(text)));
    expect(saved.text).toBe(text);
    expect((await store.get(saved.id))?.text).toBe(text);
  });
});

/** The InvalidInput that `parseActionDraft(input)` throws. */
function refusal(input: unknown): InvalidInput {
  try {
    parseActionDraft(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    return error as InvalidInput;
  }
  throw new Error(`parseActionDraft accepted ${JSON.stringify(input)}`);
}

describe('parseActionDraft: checking a draft that arrived over messaging', () => {
  it('accepts a draft from each kind of source', () => {
    const drafts: ActionDraft[] = [
      own('Say thank you to the porters'),
      { text: 'Ask what matters', source: { kind: 'prompt', promptId: 'ask-what-matters-2' } },
      {
        text: 'Follow up the March conversation',
        source: { kind: 'conversation', conversationId: '2024-03' },
      },
      ...HAT_LENSES.map((lens): ActionDraft => ({
        text: `Look with the ${lens} hat`,
        source: { kind: 'hats', lens },
      })),
    ];
    for (const draft of drafts) expect(parseActionDraft(draft)).toEqual(draft);
  });

  it('trims spaces around the text', () => {
    expect(parseActionDraft(own('  Smile at the next patient \n')).text).toBe('Smile at the next patient');
  });

  it('keeps a valid due date', () => {
    expect(parseActionDraft({ ...own('Check in with Sam'), due: '2026-06-06' }).due).toBe('2026-06-06');
  });

  it('returns a clean copy without extra fields a page might have added', () => {
    const parsed = parseActionDraft({
      text: 'Hold the door',
      source: { kind: 'own', extra: 'x' },
      status: 'done',
      id: 'chosen-by-page',
      created: 0,
    });
    expect(parsed).toEqual({ text: 'Hold the door', source: { kind: 'own' } });
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'Say thanks'],
    ['a number', 3],
  ])('refuses %s, which is not an action', (_what, input) => {
    expect(refusal(input).message).toBe('An action must be an object.');
  });

  it.each([
    ['empty text', ''],
    ['only whitespace', '   \n\t '],
    ['text that is not a string', 42],
    ['missing text', undefined],
  ])('refuses %s with a message naming the limit', (_what, text) => {
    expect(refusal({ text, source: { kind: 'own' } }).message).toBe(
      `An action needs some text (up to ${ACTION_TEXT_MAX} characters).`,
    );
  });

  it('refuses text over the limit saying it is too long, and by how much', () => {
    expect(refusal({ text: 'x'.repeat(ACTION_TEXT_MAX + 1), source: { kind: 'own' } }).message).toBe(
      `An action can be up to ${ACTION_TEXT_MAX} characters; this text has ${ACTION_TEXT_MAX + 1}. Shorten it, then save again.`,
    );
  });

  it('accepts text of exactly the maximum length', () => {
    const text = 'x'.repeat(ACTION_TEXT_MAX);
    expect(parseActionDraft(own(text)).text).toBe(text);
  });

  it.each([
    ['no source', undefined],
    ['a source that is a string', 'own'],
    ['an unknown source kind', { kind: 'email' }],
    ['a prompt without an id', { kind: 'prompt' }],
    ['a prompt id with capitals and spaces', { kind: 'prompt', promptId: 'Ask What Matters' }],
    ['a prompt id with markup', { kind: 'prompt', promptId: '<script>' }],
    ['a prompt id that is far too long', { kind: 'prompt', promptId: 'a'.repeat(82) }],
    ['a prompt id starting with a dash', { kind: 'prompt', promptId: '-ask' }],
    ['a conversation id that is a number', { kind: 'conversation', conversationId: 202403 }],
    ['an unknown hat lens', { kind: 'hats', lens: 'purple' }],
    ['a hat without a lens', { kind: 'hats' }],
  ])('refuses %s, saying where an action must come from', (_what, source) => {
    expect(refusal({ text: 'Say thanks', source }).message).toBe(
      'An action needs to say where it came from.',
    );
  });

  it.each([
    ['a word', 'tomorrow'],
    ['a UK-style date', '06/06/2026'],
    ['a date with a time', '2026-06-06T09:00'],
    ['a thirteenth month', '2026-13-01'],
    ['a month zero', '2026-00-10'],
    ['a number', 20260606],
    ['null', null],
  ])('refuses a due date that is %s', (_what, due) => {
    expect(refusal({ ...own('Say thanks'), due }).message).toBe('A due date must be a date like 2026-06-06.');
  });

  it('reports refusals as InvalidInput, so the user sees the message', () => {
    const error = refusal({ text: '', source: { kind: 'own' } });
    expect(error.name).toBe('InvalidInput');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('parseActionDraft: dates and lengths people actually type', () => {
  it('refuses a due date that does not exist, such as 31 February', () => {
    expect(() =>
      parseActionDraft({ text: 'Call the family', source: { kind: 'own' }, due: '2026-02-31' }),
    ).toThrow('A due date must be a date like 2026-06-06.');
  });

  it('measures the text after trimming, so surrounding spaces do not count', () => {
    const text = 'a'.repeat(ACTION_TEXT_MAX);
    expect(parseActionDraft({ text: `  ${text}  `, source: { kind: 'own' } }).text).toBe(text);
  });
});
