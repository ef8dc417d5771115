import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { POLICY_SETTINGS, parsePolicy } from '@/lib/policy';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

it('the example policy for administrators uses every key and has no problem', () => {
  const example = read('docs/policy/example-policy.json');
  expect(parsePolicy(example).problems).toEqual([]);
  expect(Object.keys(example.settings as object).sort()).toEqual([...POLICY_SETTINGS].sort());
});

it('the managed schema names every policy key and stays permissive enough for Chromium to load', () => {
  const schema = read('public/managed-schema.json') as {
    properties: Record<string, { properties?: object }>;
  };
  expect(Object.keys(schema.properties).sort()).toEqual([
    'blockedSites',
    'contentPack',
    'disabledFeatures',
    'locked',
    'organization',
    'settings',
    'showWelcome',
    'sites',
  ]);
  expect(Object.keys(schema.properties.settings!.properties!).sort()).toEqual([...POLICY_SETTINGS].sort());
  // A nested additionalProperties: false makes Chromium refuse to load the extension.
  expect(JSON.stringify(schema)).not.toContain('additionalProperties');
});

it('the managed schema names every field of a content pack, since Chrome keeps only the properties it names', () => {
  type Node = { properties?: Record<string, Node>; items?: Node };
  const managed = (read('public/managed-schema.json') as Node).properties!.contentPack!;
  const pack = read('docs/packs/kindling-pack.schema.json') as Node & { $defs: Record<string, Node> };
  const names = (node: Node | undefined) => Object.keys(node?.properties ?? {}).sort();
  expect(names(managed)).toEqual(names(pack));
  for (const [list, item] of [
    ['prompts', 'prompt'],
    ['links', 'link'],
    ['conversations', 'conversation'],
  ] as const) {
    expect(names(managed.properties![list]!.items), list).toEqual(names(pack.$defs[item]));
  }
});
