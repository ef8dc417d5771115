import { useState } from 'preact/hooks';
import { kindnessThemes, theoryClaims, workshop, type KindnessTheme, type TheoryClaim } from '@/lib/content';
import { formatMonth, language, t } from '@/lib/i18n';
import { packLinks } from '@/lib/packs/items';
import { usePacks } from './usePacks';
import { Sources } from '@/components/shared/Sources';
import { localClaim, localTheme, localWorkshop } from '@/lib/content/localize';

/** Why kindness matters: each claim a short heading that opens to its evidence and sources. */
export function WhyView() {
  const claims: readonly TheoryClaim[] = (theoryClaims as readonly TheoryClaim[]).map(localClaim);
  const themes: readonly KindnessTheme[] = (kindnessThemes as readonly KindnessTheme[]).map(localTheme);
  const talk = localWorkshop(workshop);
  return (
    <section aria-labelledby="why-heading" class="view">
      <h2 id="why-heading">{t('sidebar.theory.heading')}</h2>
      <p class="muted">{t('glance.why.intro')}</p>
      <ul class="lines">
        {claims.map((claim) => (
          <Claim key={claim.id} claim={claim} />
        ))}
      </ul>
      <PackLinks />
      <article class="workshop" aria-labelledby="workshop-title">
        <h3 id="workshop-title" lang="en">
          {workshop.title}
        </h3>
        {talk.subtitle && <p class="subtitle">{talk.subtitle}</p>}
        <p class="muted">
          <time dateTime={workshop.date}>{formatMonth(workshop.date)}</time> ·{' '}
          {t('glance.conversations.with', { speakers: workshop.speakers.join(', ') })}
        </p>
        <p>{talk.summary}</p>
        <Sources sources={[workshop.source]} />
      </article>
      {themes.length > 0 && (
        <details class="themes">
          <summary>{t('glance.why.themes')}</summary>
          <ol>
            {themes.map((theme) => (
              <li key={theme.id}>
                <strong>{theme.title}.</strong> {theme.body}
              </li>
            ))}
          </ol>
          <Sources sources={[themes[0]!.source]} />
        </details>
      )}
    </section>
  );
}

function Claim({ claim }: { claim: TheoryClaim }) {
  const [open, setOpen] = useState(false);
  const panel = `evidence-${claim.id}`;
  return (
    <li>
      <h3>
        <button
          type="button"
          class="disclosure"
          aria-expanded={open}
          aria-controls={panel}
          onClick={() => setOpen(!open)}
        >
          {claim.title}
        </button>
      </h3>
      <div id={panel} class="detail" hidden={!open}>
        <p>{claim.body}</p>
        <p class="muted">{t('glance.why.sources')}</p>
        <Sources sources={claim.sources} />
      </div>
    </li>
  );
}

/** Each content pack's links (a local What Matters To You page, a patient-partner programme), under its publisher. */
function PackLinks() {
  const packs = usePacks();
  return (
    <>
      {packLinks(packs ?? [], language()).map(({ packId, publisher, links }) => (
        <section key={packId} class="pack-links" aria-labelledby={`links-${packId}`}>
          <h3 id={`links-${packId}`}>{t('packs.from', { publisher })}</h3>
          <ul>
            {links.map((link) => (
              <li key={link.id}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" lang={link.lang}>
                  {link.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
