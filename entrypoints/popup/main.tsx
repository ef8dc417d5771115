import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import '@/components/shared/theme.css';
import './popup.css';

render(<Popup />, document.getElementById('app')!);
