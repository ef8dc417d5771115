import type { Source } from '@/lib/content';

/** A short list of where a piece of content comes from. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul class="sources muted">
      {sources.map((source) => (
        <li key={source.citation}>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.citation}
            </a>
          ) : (
            source.citation
          )}
        </li>
      ))}
    </ul>
  );
}
