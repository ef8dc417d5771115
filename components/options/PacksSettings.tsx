import { useMemo, useRef, useState } from 'preact/hooks';
import { useSetting } from '@/components/sidebar/useSetting';
import { userError } from '@/components/shared/userError';
import { formatDate, t } from '@/lib/i18n';
import { request } from '@/lib/messages';
import { PACK_BYTES_MAX, readPackText, tooBig } from '@/lib/packs/format';
import { parseInstalled, type InstalledPack } from '@/lib/packs/installed';
import { settings } from '@/lib/settings';

type Note = { kind: 'none' } | { kind: 'said'; text: string } | { kind: 'removed'; pack: InstalledPack };

/** Content packs: import one from a file, see each with its publisher and contents, remove one (with Undo). */
export function PacksSettings() {
  const stored = useSetting(settings.packs);
  const policyProblem = useSetting(settings.packPolicyProblem);
  const packs = useMemo(() => parseInstalled(stored), [stored]);
  const [note, setNote] = useState<Note>({ kind: 'none' });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const say = (text: string) => {
    setError('');
    setNote({ kind: 'said', text });
  };
  const refuse = (problem: string) => {
    setNote({ kind: 'none' });
    setError(t('packs.refused', { problem }));
  };

  const importFile = async (file: File) => {
    setBusy(true);
    say(t('packs.importing'));
    try {
      if (file.size > PACK_BYTES_MAX) return refuse(tooBig(file.size));
      // A quick check here for a fast answer; the background checks everything again.
      const read = readPackText(await file.text());
      if (!read.ok) return refuse(read.problem);
      const { installed, replaced } = await request('packs/add', { pack: read.pack });
      const { name, version } = installed.pack;
      say(
        replaced
          ? t('packs.updated', { name, old: replaced.pack.version, version })
          : t('packs.added', { name, version }),
      );
    } catch (reason) {
      refuse(userError(reason));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const remove = async (pack: InstalledPack) => {
    try {
      const removed = await request('packs/remove', { id: pack.pack.id });
      setError('');
      setNote({ kind: 'removed', pack: removed });
      // The row goes away; keep the keyboard user in the same place.
      heading.current?.focus();
    } catch (reason) {
      setError(userError(reason));
    }
  };

  const undo = async (pack: InstalledPack) => {
    try {
      await request('packs/add', { pack: pack.pack });
      say(t('packs.restored', { name: pack.pack.name }));
    } catch (reason) {
      setError(userError(reason));
    }
  };

  return (
    <div class="packs-settings">
      <p class="muted">{t('packs.intro')}</p>
      {policyProblem && <p class="note-box">{t('packs.policyProblem', { problem: policyProblem })}</p>}
      <h3 id="packs-list-heading" tabIndex={-1} ref={heading}>
        {t('packs.listLabel')}
      </h3>
      {stored !== null && packs.length === 0 && <p class="muted">{t('packs.none')}</p>}
      {packs.length > 0 && (
        <ul class="packs" aria-labelledby="packs-list-heading">
          {packs.map((installed) => (
            <PackRow key={installed.pack.id} installed={installed} onRemove={() => void remove(installed)} />
          ))}
        </ul>
      )}
      <label class="field">
        <span>{t('packs.import')}</span>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </label>
      <div role="status" class="status row">
        {note.kind === 'said' && note.text}
        {note.kind === 'removed' && (
          <>
            <span>{t('packs.removed', { name: note.pack.pack.name })}</span>
            <button type="button" class="secondary" onClick={() => void undo(note.pack)}>
              {t('packs.undo')}
            </button>
          </>
        )}
      </div>
      <p role="alert" class="error">
        {error}
      </p>
    </div>
  );
}

function PackRow({ installed, onRemove }: { installed: InstalledPack; onRemove: () => void }) {
  const { pack, source, installedAt } = installed;
  const counts = [
    pack.prompts.length > 0 && t('packs.count.prompts', { count: pack.prompts.length }),
    pack.links.length > 0 && t('packs.count.links', { count: pack.links.length }),
    pack.conversations.length > 0 && t('packs.count.conversations', { count: pack.conversations.length }),
  ].filter((count): count is string => typeof count === 'string');
  return (
    <li class="pack-row" data-pack-id={pack.id}>
      <div class="pack-about">
        <h4 class="pack-name">{pack.name}</h4>
        <p class="muted">{t('packs.byline', { publisher: pack.publisher, version: pack.version })}</p>
        <p>{counts.join(' · ')}</p>
        <p class="muted">
          {source === 'policy' ? t('packs.managed') : t('packs.fromFile', { date: formatDate(installedAt) })}
        </p>
      </div>
      {source === 'file' && (
        <button
          type="button"
          class="quiet-text"
          aria-label={t('packs.removeLabel', { name: pack.name })}
          onClick={onRemove}
        >
          {t('packs.remove')}
        </button>
      )}
    </li>
  );
}
