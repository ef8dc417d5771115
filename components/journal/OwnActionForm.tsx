import { useState } from 'preact/hooks';
import { ACTION_TEXT_MAX } from '@/lib/db/actions';
import { t } from '@/lib/i18n';
import { request } from '@/lib/messages';

/** Someone writes an action of their own, not from a prompt. */
export function OwnActionForm({
  announce,
  onError,
}: {
  announce: (message: string) => void;
  onError: (error: unknown) => void;
}) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="own-action"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        setBusy(true);
        request('actions/save', { text, source: { kind: 'own' } })
          .then(() => {
            setText('');
            announce(t('journal.own.saved'));
          }, onError)
          .finally(() => setBusy(false));
      }}
    >
      <label class="field">
        <span>{t('journal.own.label')}</span>
        <input
          type="text"
          value={text}
          maxLength={ACTION_TEXT_MAX}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={busy}>
        {t('journal.own.save')}
      </button>
    </form>
  );
}
