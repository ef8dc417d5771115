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
