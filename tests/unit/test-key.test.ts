import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { TEST_EXTENSION_ID, TEST_EXTENSION_KEY } from '@/lib/test-key';

it('the test build’s id is the one Chromium derives from its key', () => {
  const hex = createHash('sha256')
    .update(Buffer.from(TEST_EXTENSION_KEY, 'base64'))
    .digest('hex')
    .slice(0, 32);
  const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
  expect(id).toBe(TEST_EXTENSION_ID);
});

// Loading wxt.config.ts pulls in WXT and Vite: slow on a shared machine, so this test gets 30 s.
it(
  'only the Chrome test build carries the key; every Chrome build carries the managed schema',
  { timeout: 30_000 },
  async () => {
    const config = (await import('@/wxt.config')).default as {
      manifest: (env: { browser: string; manifestVersion: number; mode: string }) => Record<string, unknown>;
    };
    const release = config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production' });
    const test = config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'e2e' });
    const firefox = config.manifest({ browser: 'firefox', manifestVersion: 2, mode: 'e2e' });
    expect(release.key).toBeUndefined();
    expect(test.key).toBe(TEST_EXTENSION_KEY);
    expect(firefox.key).toBeUndefined();
    expect(release.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(firefox.storage).toBeUndefined();
  },
);
