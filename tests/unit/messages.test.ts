import { describe, it, expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, type HandlerDeps } from '@/lib/background/handlers';
import type { ActionStore } from '@/lib/db/action-store';
import type { CheckinStore } from '@/lib/db/checkin-store';
import type { SiteManager } from '@/lib/background/sites';
import { isNotice, isRequest, notice, request, REQUEST_TYPES, type Reply } from '@/lib/messages';

/** Dependencies that are never called: only the shape of the handler table matters here. */
function stubDeps(): HandlerDeps {
  return {
    actions: {} as ActionStore,
    checkins: {} as CheckinStore,
    sites: {} as SiteManager,
    notifyPages: () => undefined,
    tellLauncher: async () => undefined,
  };
}

/** Makes the background answer every request with `reply`, and records what was sent. */
function backgroundReplies(reply: Reply<unknown> | undefined) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async () => reply) as never);
}

describe('the message contract', () => {
  it('lists every request type once', () => {
    expect(new Set(REQUEST_TYPES).size).toBe(REQUEST_TYPES.length);
  });

  it('has exactly one handler for every message, and no handler without a message', () => {
    const handlerKeys = Object.keys(createHandlers(stubDeps())).sort();
    expect(handlerKeys).toEqual([...REQUEST_TYPES].sort());
    for (const type of REQUEST_TYPES) {
      expect(typeof createHandlers(stubDeps())[type]).toBe('function');
    }
  });
});

describe('isRequest: which messages the background answers', () => {
  it.each(REQUEST_TYPES)('accepts a Kindling "%s" request', (type) => {
    expect(isRequest({ channel: 'kindling', type, data: {} })).toBe(true);
  });

  it('accepts a Kindling request without data (the background fills in an empty object)', () => {
    expect(isRequest({ channel: 'kindling', type: 'actions/list' })).toBe(true);
  });

  it.each([
    ['another extension or library’s message', { type: 'actions/list', data: {} }],
    ['a message on another channel', { channel: 'other', type: 'actions/list', data: {} }],
    ['an unknown Kindling type', { channel: 'kindling', type: 'actions/delete-everything', data: {} }],
    ['a notice, which is not a request', notice('actions/changed')],
    ['a launcher command', notice('launcher/close')],
    ['an inherited type name', { channel: 'kindling', type: 'toString', data: {} }],
    ['null', null],
    ['undefined', undefined],
    ['a bare string', 'actions/list'],
    ['a number', 7],
    ['an array', ['kindling', 'actions/list']],
  ])('rejects %s', (_what, message) => {
    expect(isRequest(message)).toBe(false);
  });
});

describe('isNotice and notice: events the background broadcasts', () => {
  it('recognises a notice it built, of the type asked about', () => {
    expect(isNotice(notice('actions/changed'), 'actions/changed')).toBe(true);
    expect(isNotice(notice('launcher/remove'), 'launcher/remove')).toBe(true);
  });

  it('does not confuse one notice for another', () => {
    expect(isNotice(notice('launcher/close'), 'launcher/remove')).toBe(false);
  });

  it('ignores messages from other senders and non-objects', () => {
    expect(isNotice({ type: 'actions/changed' }, 'actions/changed')).toBe(false);
    expect(isNotice({ channel: 'elsewhere', type: 'actions/changed' }, 'actions/changed')).toBe(false);
    expect(isNotice(null, 'actions/changed')).toBe(false);
    expect(isNotice('actions/changed', 'actions/changed')).toBe(false);
  });
});

describe('request(): asking the background from a Kindling page', () => {
  it('sends one message on Kindling’s channel with the type and data', async () => {
    const send = backgroundReplies({ ok: true, value: [] });
    await request('actions/list', { limit: 3 });
    expect(send).toHaveBeenCalledTimes(1);
    const [sent] = send.mock.calls[0] ?? [];
    expect(sent).toEqual({ channel: 'kindling', type: 'actions/list', data: { limit: 3 } });
    expect(isRequest(sent)).toBe(true);
  });

  it('resolves with the value of a successful reply', async () => {
    const state = { host: 'ward.example.org', pattern: 'https://ward.example.org/*', enabled: true };
    backgroundReplies({ ok: true, value: state });
    await expect(request('sites/state', { url: 'https://ward.example.org/' })).resolves.toEqual(state);
  });

  it('resolves with null when that is the answer (closing the sidebar)', async () => {
    backgroundReplies({ ok: true, value: null });
    await expect(request('sidebar/close', {})).resolves.toBeNull();
  });

  it('rejects with the background’s own error text when the request failed', async () => {
    backgroundReplies({ ok: false, error: 'An action needs some text (up to 500 characters).' });
    await expect(request('actions/save', { text: '', source: { kind: 'own' } })).rejects.toThrow(
      'An action needs some text (up to 500 characters).',
    );
  });

  it('rejects with a clear message when the background does not answer at all', async () => {
    backgroundReplies(undefined);
    await expect(request('actions/list', {})).rejects.toThrow(/background did not answer/);
  });

  it('passes on a failure to reach the background', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await expect(request('actions/list', {})).rejects.toThrow(/Receiving end does not exist/);
  });
});
