import { ReflectionPage } from '@/components/reflection/ReflectionPage';
import { mountPage } from '@/components/shared/mount';
import { t } from '@/lib/i18n';
import '@/components/shared/theme.css';

void mountPage(() => <ReflectionPage />, { title: () => t('page.reflection') });
