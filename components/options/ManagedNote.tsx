import { t, type MessageKey } from '@/lib/i18n';
import { organisationOf, type InForce } from '@/components/shared/usePolicy';

/**
 * At the top of settings, when an organisation manages Kindling: who manages
 * it (with their support link, if given) and, in plain words, any of its
 * settings that could not be used.
 */
export function ManagedNote({ inForce }: { inForce: InForce | null }) {
  if (!inForce) return null;
  const { policy, problems } = inForce;
  const organisation = organisationOf(inForce);
  const manages = policy.locked.length > 0 || policy.disabledFeatures.length > 0 || policy.organization;
  if (!manages && problems.length === 0) return null;
  return (
    <aside class="managed-note" aria-label={t('policy.managedBy', { organisation })}>
      {manages && (
        <p>
          {t('policy.managedBy', { organisation })}
          {policy.organization?.supportUrl && (
            <>
              {' '}
              <a href={policy.organization.supportUrl} target="_blank" rel="noreferrer">
                {t('policy.support', { organisation })}
              </a>
            </>
          )}
        </p>
      )}
      {problems.length > 0 && (
        <ul class="policy-problems">
          {problems.map((problem) => (
            <li key={problem.key}>
              {t('policy.problem', {
                setting: problem.key,
                reason: t(`policy.reason.${problem.reason}` as MessageKey),
              })}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
