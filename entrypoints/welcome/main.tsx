import { render } from 'preact';
import { Welcome } from '@/components/welcome/Welcome';
import '@/components/shared/theme.css';

render(<Welcome />, document.getElementById('app')!);
