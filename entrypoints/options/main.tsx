import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '@/components/shared/theme.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
