import { render } from 'preact';
import { Welcome } from '@/components/welcome/Welcome';
import '@/components/theme.css';

render(<Welcome />, document.getElementById('app')!);
