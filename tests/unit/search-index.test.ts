import { describe, expect, it } from 'vitest';
import { createActionStore, type ActionStore } from '@/lib/db/action-store';
import { ACTION_STATUSES, type Action, type ActionStatus } from '@/lib/db/actions';
import { createSearchIndex, matchesSearch, searchKey } from '@/lib/db/search-index';
import { freshDb } from './support/fresh-db';

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

const WORDS = ['garden', 'Café', 'cafe', 'PORTER', 'tea', 'Zoë', 'window', 'call home', 'Ward 7B', 'niño'];
const QUERIES = ['garden', 'cafe', 'CAFÉ', 'zoe', 'porter', ' tea ', 'all ho', '7b', 'nino', 'e', 'absent'];

const ORDER: readonly ActionStatus[] = ['planned', 'done', 'let-go'];

/** The journal's search the slow, obvious way: every saved action, filtered and ordered. */
async function bruteForce(actions: ActionStore, query: string, status?: ActionStatus): Promise<string[]> {
  const { actions: all } = await actions.exportAll();
  return all
    .filter((action) => (status ? action.status === status : true) && matchesSearch(action, query))
    .sort(
      (a, b) =>
        ORDER.indexOf(a.status) - ORDER.indexOf(b.status) ||
        b.created - a.created ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .map((action) => action.id);
}

async function searched(actions: ActionStore, query: string, status?: ActionStatus): Promise<string[]> {
  const page = await actions.page({ query, status, limit: 200 });
  expect(page.total).toBe(page.actions.length);
  return page.actions.map((action) => action.id);
}

describe('what search matches', () => {
  it('ignores case and accents, in the text or the reflection, as one phrase', () => {
    expect(searchKey('Café ZOË')).toBe('cafe zoe');
    const action = { text: 'Bring Zoë a café au lait', reflection: { what: 'She smiled at the WINDOW' } };
    expect(matchesSearch(action, 'zoe')).toBe(true);
    expect(matchesSearch(action, 'CAFE AU')).toBe(true);
    expect(matchesSearch(action, '  window ')).toBe(true);
    expect(matchesSearch(action, 'lait she')).toBe(false);
    expect(matchesSearch({ text: 'Thank the porter' }, 'garden')).toBe(false);
  });

  it('finds words in any of the three parts of a reflection, never across two parts', () => {
    const action = {
      text: 'Sit with Mr K',
      reflection: {
        what: 'He talked about dahlias',
        soWhat: 'Gardens calm him',
        nowWhat: 'Bring seed packets',
      },
    };
    expect(matchesSearch(action, 'dahlias')).toBe(true);
    expect(matchesSearch(action, 'calm')).toBe(true);
    expect(matchesSearch(action, 'seed')).toBe(true);
    expect(matchesSearch(action, 'dahlias gardens')).toBe(false);
  });
});

describe('search over a journal that keeps changing', () => {
  it.each([1, 2, 3])(
    'finds exactly what a full scan finds after every kind of write (seed %i)',
    async (seed) => {
      const random = seeded(seed);
      let clock = Date.UTC(2026, 5, 1);
      let nextId = 0;
      const actions = createActionStore(freshDb(), {
        // Often the same millisecond, so ties in `created` are ordered by id as the index does.
        now: () => (clock += random.int(2) * 1000),
        newId: () => `action-${String(++nextId).padStart(3, '0')}`,
      });
      const text = () => `${random.pick(WORDS)} ${random.pick(WORDS)} ${random.int(50)}`;
      const deleted: Action[] = [];
      const ids = async () => (await actions.exportAll()).actions.map((action) => action.id);

      for (let step = 0; step < 120; step++) {
        const saved = await ids();
        const id = saved.length ? random.pick(saved) : 'missing';
        const kind = random.int(20);
        const write = (async () => {
          if (kind < 6 || saved.length === 0) await actions.add({ text: text(), source: { kind: 'own' } });
          else if (kind < 9) await actions.edit({ id, text: text() });
          else if (kind < 12) {
            const status = random.pick(ACTION_STATUSES);
            await actions.setStatus({
              id,
              status,
              reflection: status === 'done' ? { soWhat: text() } : undefined,
            });
          } else if (kind < 14) deleted.push(await actions.remove(id));
          else if (kind < 16 && deleted.length) await actions.restore(deleted.pop()!).catch(() => undefined);
          else if (kind < 19) {
            const records = Array.from({ length: 1 + random.int(5) }, (): Action => {
              const created = clock - random.int(5) * 1000;
              return {
                id: random.next() < 0.5 && saved.length ? random.pick(saved) : `import-${random.int(1000)}`,
                text: text(),
                source: { kind: 'own' },
                status: random.pick(ACTION_STATUSES),
                created,
                updated: clock + random.int(3) * 1000 - 1000,
              };
            });
            await actions.importAll({ actions: records, checkins: [] });
          } else await actions.clearAll();
        })();
        // Half the time the search runs while the write is still under way.
        const query = random.pick(QUERIES);
        const status = random.next() < 0.25 ? random.pick(ACTION_STATUSES) : undefined;
        if (random.next() < 0.5) await Promise.all([write, searched(actions, query, status)]);
        else await write;
        expect(await searched(actions, query, status), `step ${step}, "${query}"`).toEqual(
          await bruteForce(actions, query, status),
        );
      }
    },
    60_000,
  );

  it('pages through matches in order and counts them all', async () => {
    const actions = createActionStore(freshDb(), { now: () => 1, newId: () => crypto.randomUUID() });
    const records = Array.from({ length: 30 }, (_, index): Action => ({
      id: `a${String(index).padStart(2, '0')}`,
      text: index % 3 ? `Bring tea to bed ${index}` : `Open the window ${index}`,
      source: { kind: 'own' },
      status: ACTION_STATUSES[index % 3]!,
      created: index,
      updated: index,
    }));
    await actions.importAll({ actions: records, checkins: [] });
    const all = await bruteForce(actions, 'tea');
    const first = await actions.page({ query: 'tea', limit: 7 });
    const second = await actions.page({ query: 'tea', offset: 7, limit: 7 });
    const last = await actions.page({ query: 'tea', offset: 14, limit: 7 });
    expect([...first.actions, ...second.actions, ...last.actions].map((action) => action.id)).toEqual(all);
    expect([first.more, second.more, last.more]).toEqual([true, true, false]);
    expect(first.total).toBe(20);
  });
});

describe('the index while it is being built', () => {
  it('reads the journal again when a write lands during the first read', async () => {
    const tea: Action = {
      id: 'tea',
      text: 'Bring tea',
      source: { kind: 'own' },
      status: 'planned',
      created: 1,
      updated: 1,
    };
    const reads: ((actions: Action[]) => void)[] = [];
    const index = createSearchIndex(() => new Promise((resolve) => reads.push(resolve)));
    const finding = index.find(['planned'], 'tea');
    // Saved while the first read was under way: that read's snapshot predates it.
    index.put(tea);
    reads[0]!([]);
    await expect.poll(() => reads.length).toBe(2);
    reads[1]!([tea]);
    expect(await finding).toEqual(['tea']);
    expect(index.built).toBe(true);
  });
});
