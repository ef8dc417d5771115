/**
 * The test build's manifest `key` (an RSA public key, its private half thrown away), so
 * Chromium gives it the same id on every machine and a test policy file can name it
 * (tests/e2e/policy.spec.ts). Only the test build carries it: store uploads reject `key`.
 */
export const TEST_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyJ/6ArEdOYKAR7M8j5BMq3SDmlpEANfAW1qiC8x6I5m6A0xJzdd1ijBFzBYZag8ljIXRpOl91ziZLz2dkxqA4Ul18vpaaHEKusNl56Gh6lKyjh4EGFtEBLaF3DvxvgAYjwYr6fgvpForyIj8R1jKRHiwjT7dZ32P35U85BnoNRFd9omiaYW+ImchRPMh2VfA5F+Z6eVJFDSLwtsefWisIFAmQ3WNkbd2mC9lCTilng/iBu0MLv4LrClaJBHWray/emOaxUPAGsrkwTQB2e8LYySp9HeVzKVZxE9TrfcEipn6rCpeIq/eAQhg4qg29IHm27hX9Yf6T7vnqwOvwMEYIwIDAQAB';

/** The id Chromium derives from TEST_EXTENSION_KEY (checked by tests/unit/test-key.test.ts). */
export const TEST_EXTENSION_ID = 'hjbeoejdahokipggfhjpkmhnfkgbpfia';
