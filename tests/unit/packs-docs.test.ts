import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/i18n';
import { AUDIENCES, MODES, PACK_SCHEMAS, WORK_KINDS, readPackText } from '@/lib/packs/format';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, 'docs/packs', file), 'utf8');

interface JsonSchemaObject {
  required: string[];
  properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }>;
}
const jsonSchema = JSON.parse(read('kindling-pack.schema.json')) as JsonSchemaObject & {
  $schema: string;
  $defs: Record<string, JsonSchemaObject & { anyOf?: { required: string[] }[] }>;
};
const JSON_SCHEMA_OF = {
  pack: jsonSchema,
  prompt: jsonSchema.$defs.prompt!,
  link: jsonSchema.$defs.link!,
  conversation: jsonSchema.$defs.conversation!,
};

/** Field names of a valibot object schema, and which of them must be there. */
function fieldsOf(schema: (typeof PACK_SCHEMAS)[keyof typeof PACK_SCHEMAS]) {
  const entries = Object.entries(schema.entries as Record<string, { type: string }>);
  return {
    all: entries.map(([key]) => key).sort(),
    required: entries
      .filter(([, entry]) => entry.type !== 'optional')
      .map(([key]) => key)
      .sort(),
  };
}

describe('what administrators are given (docs/packs)', () => {
  it('has an example pack that Kindling reads, from a clearly fictional organisation with example links only', () => {
    const text = read('example-pack.json');
    const result = readPackText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.publisher).toMatch(/\(fictional\)$/);
    const links = [
      ...result.pack.links.map((link) => link.url),
      ...result.pack.conversations.map((c) => c.link),
    ];
    for (const link of links) expect(new URL(link).hostname).toMatch(/(^|\.)example\.(org|com)$/);
    // Every kind of item, so the example shows the whole format.
    expect([
      result.pack.prompts.length,
      result.pack.links.length,
      result.pack.conversations.length,
    ]).not.toContain(0);
  });

  it('publishes a JSON Schema (draft 2020-12) in step with the validator: the same fields, the same required ones', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const [part, schema] of Object.entries(PACK_SCHEMAS)) {
      const published = JSON_SCHEMA_OF[part as keyof typeof JSON_SCHEMA_OF];
      const { all, required } = fieldsOf(schema);
      expect(Object.keys(published.properties).sort(), `${part} fields`).toEqual(all);
      expect([...published.required].sort(), `${part} required`).toEqual(required);
    }
  });

  it('names the same choices and languages as the validator', () => {
    const prompt = jsonSchema.$defs.prompt!.properties;
    expect(prompt.audience!.enum).toEqual([...AUDIENCES]);
    expect(prompt.mode!.enum).toEqual([...MODES]);
    expect(prompt.kinds!.items!.enum).toEqual([...WORK_KINDS]);
    for (const words of ['promptText', 'promptDetail', 'title', 'summary']) {
      const schema = jsonSchema.$defs[words]!;
      expect(Object.keys(schema.properties), words).toEqual([...LANGUAGES]);
      expect(
        schema.anyOf!.map((one) => one.required[0]),
        words,
      ).toEqual([...LANGUAGES]);
    }
  });

  it('documents every field of the format in the README', () => {
    const readme = read('README.md');
    for (const schema of Object.values(PACK_SCHEMAS)) {
      for (const field of fieldsOf(schema).all) expect(readme, field).toContain(`\`${field}\``);
    }
  });
});
