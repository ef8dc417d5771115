import { kindnessThemes, theoryClaims, workshop } from '@/lib/content';
import { formatMonth, t } from '@/lib/i18n';
import { Sources } from './Sources';

/** The shared theory of kindness: why it matters, with its sources. */
export function TheorySection() {
  return (
    <section id="why" aria-labelledby="why-heading">
      <h2 id="why-heading">{t('sidebar.theory.heading')}</h2>
      <p class="muted">{t('sidebar.theory.intro')}</p>
      <ul class="stack">
        {theoryClaims.map((claim) => (
          <li key={claim.id} class="card">
            <h3>{claim.title}</h3>
            <p>{claim.body}</p>
            <Sources sources={claim.sources} />
          </li>
        ))}
      </ul>
      <article class="card workshop" aria-labelledby="workshop-title">
        <p class="muted">
          <time dateTime={workshop.date}>{formatMonth(workshop.date)}</time>
        </p>
        <h3 id="workshop-title">{workshop.title}</h3>
        <p class="muted">{t('sidebar.conversations.with', { speakers: workshop.speakers.join(', ') })}</p>
        <p>{workshop.summary}</p>
        <Sources sources={[workshop.source]} />
      </article>
      <details class="themes">
        <summary>{t('sidebar.themes.heading')}</summary>
        <ol class="stack">
          {kindnessThemes.map((theme) => (
            <li key={theme.id}>
              <strong>{theme.title}.</strong> {theme.body}
            </li>
          ))}
        </ol>
        <Sources sources={[kindnessThemes[0].source]} />
      </details>
    </section>
  );
}
