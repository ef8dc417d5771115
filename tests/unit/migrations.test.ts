import { describe, it, expect } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { Action } from '@/lib/db/actions';
import { DB_VERSION, migrations } from '@/lib/db/migrations';
import { upgradeReflections } from '@/lib/db/migrations/v4';
import { openKindlingDb, type KindlingDatabase } from '@/lib/db/open';
import { fixturesByVersion, type DbFixture } from './fixtures';
import { freshDb } from './support/fresh-db';

async function open(name: string, version: number): Promise<KindlingDatabase> {
  return freshDb({ name, version });
}

/** Store names are only known at run time here, so the typed schema is set aside. */
const untyped = (db: KindlingDatabase) => db as unknown as IDBPDatabase;

/** Every version people may still have on disk, the current one included. */
const versions = Array.from({ length: DB_VERSION }, (_, index) => index + 1);

function fixtureFor(version: number): DbFixture {
  const fixture = fixturesByVersion.get(version);
  if (!fixture) {
    throw new Error(
      `No sample records for database version ${version}: add tests/unit/fixtures/db-v${version}.ts ` +
        'and list it in tests/unit/fixtures/index.ts.',
    );
  }
  return fixture;
}

describe('database migrations', () => {
  it('has one migration per version, so DB_VERSION is the number of migrations', () => {
    expect(DB_VERSION).toBe(migrations.length);
    expect(migrations.every((migration) => typeof migration === 'function')).toBe(true);
  });

  it('has sample records for every database version', () => {
    for (const version of versions) {
      const fixture = fixtureFor(version);
      expect(fixture.version).toBe(version);
      expect(Object.values(fixture.stores).flat().length).toBeGreaterThan(0);
    }
  });

  it('creates the actions and check-ins stores with their indexes at the current version', async () => {
    const db = await open(`test-${crypto.randomUUID()}`, DB_VERSION);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['actions', 'checkins']);
    const store = db.transaction('actions').store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames].sort()).toEqual(['by-created', 'by-status-created']);
    expect(store.index('by-created').keyPath).toBe('created');
    expect(store.index('by-status-created').keyPath).toEqual(['status', 'created']);
    const checkins = db.transaction('checkins').store;
    expect(checkins.keyPath).toBe('id');
    expect([...checkins.indexNames]).toEqual(['by-created']);
  });

  describe.each(versions)('records saved at version %i', (version) => {
    it(`are all still there after opening at version ${DB_VERSION}, changed only by the migrations`, async () => {
      const fixture = fixtureFor(version);
      const name = `test-${crypto.randomUUID()}`;

      const old = untyped(await open(name, version));
      expect(old.version).toBe(version);
      for (const [storeName, records] of Object.entries(fixture.stores)) {
        const tx = old.transaction(storeName, 'readwrite');
        for (const record of records) await tx.store.put(record);
        await tx.done;
      }
      old.close();

      const current = untyped(await open(name, DB_VERSION));
      expect(current.version).toBe(DB_VERSION);
      for (const [storeName, records] of Object.entries(fixture.stores)) {
        const after = await current.getAll(storeName);
        expect(after).toHaveLength(records.length);
        const expected =
          storeName === 'actions' && version < 4
            ? records.map((r) => upgradeReflections(r as never))
            : records;
        expect(after).toEqual(expect.arrayContaining([...expected]));
      }
    });
  });

  it('turns every one-part reflection, on actions and in their history, into the what happened part', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const old = untyped(await open(name, 3));
    for (const version of [1, 2, 3]) {
      for (const record of fixtureFor(version).stores.actions ?? []) await old.put('actions', record);
    }
    await old.put('actions', {
      ...(fixtureFor(3).stores.actions![0] as object),
      id: 'empty',
      reflection: '  ',
    });
    old.close();

    const db = await open(name, DB_VERSION);
    const reflections = (await db.getAll('actions')).flatMap((action) => [
      action.reflection,
      ...(action.history ?? []).map((past) => past.reflection),
    ]);
    expect(reflections.filter((reflection) => reflection !== undefined)).toEqual(
      expect.arrayContaining([
        { what: 'They said nobody had thanked them in months. Worth it.' },
        { what: 'Her daughter works nights; we moved the family meeting to 8am.' },
        { what: 'He grows dahlias; his wife brings photos on Sundays.' },
      ]),
    );
    expect(reflections.some((reflection) => typeof reflection === 'string')).toBe(false);
    expect(await db.get('actions', 'empty')).not.toHaveProperty('reflection');
  });

  it('keeps saved actions findable by the indexes after reopening', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const fixture = fixtureFor(1);
    const old = untyped(await open(name, 1));
    for (const record of fixture.stores.actions ?? []) await old.put('actions', record);
    old.close();

    const db = await open(name, DB_VERSION);
    const planned = await db.getAllFromIndex(
      'actions',
      'by-status-created',
      IDBKeyRange.bound(['planned', -Infinity], ['planned', Infinity]),
    );
    expect(planned.map((action) => action.id).sort()).toEqual(
      ['5f1c2a9e-3b7d-4c1e-9a0f-2d6b8e4c7a11', 'e7d6c5b4-a3f2-4e1d-8c0b-9a8f7e6d5c4b'].sort(),
    );
    const oldestFirst = await db.getAllFromIndex('actions', 'by-created');
    expect(oldestFirst.map((action) => action.text)).toEqual([
      'Look at the staffing problem with the yellow hat: what could go well?',
      'Follow up the question about rota fairness with <Sam & Priya>',
      'Thank the night team for the handover notes',
      'Ask Mr Okafor what matters to him before the ward round',
    ]);
  });
});

describe('a migration that fails', () => {
  it('leaves the database at its old version with every saved action intact, and says why', async () => {
    const name = `failing-${crypto.randomUUID()}`;
    const records = fixtureFor(1).stores.actions as Action[];
    const before = await open(name, 1);
    for (const record of records) await before.put('actions', record);
    before.close();

    const broken = [
      ...migrations.slice(0, 1),
      () => {
        throw new Error('disk on fire');
      },
    ];
    await expect(openKindlingDb({ name, steps: broken })).rejects.toThrow('disk on fire');

    const after = await open(name, 1);
    expect(after.version).toBe(1);
    expect(await after.getAll('actions')).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('refuses a version it has no migration for, before touching the database', async () => {
    await expect(
      openKindlingDb({ name: `future-${crypto.randomUUID()}`, version: DB_VERSION + 1 }),
    ).rejects.toThrow(`Kindling knows database versions 1 to ${DB_VERSION}`);
  });
});
