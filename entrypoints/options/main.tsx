import { Options } from '@/components/options/Options';
import { mountPage } from '@/components/shared/mount';
import { t } from '@/lib/i18n';
import '@/components/shared/theme.css';
import './options.css';

void mountPage(() => <Options />, { title: () => t('page.settings') });
