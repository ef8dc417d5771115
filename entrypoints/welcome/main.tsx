import { Welcome } from '@/components/welcome/Welcome';
import { mountPage } from '@/components/shared/mount';
import { t } from '@/lib/i18n';
import '@/components/shared/theme.css';

void mountPage(() => <Welcome />, { title: () => t('welcome.title') });
