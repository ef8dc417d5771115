import { Popup } from '@/components/popup/Popup';
import { mountPage } from '@/components/shared/mount';
import '@/components/shared/theme.css';
import './popup.css';

void mountPage(() => <Popup />);
