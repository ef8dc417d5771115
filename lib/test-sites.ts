/** The sites the test build (`npm run build:test`) enables, with host permission granted. */
export const TEST_SITE_PATTERNS = ['http://127.0.0.1/*', 'http://localhost/*'];
