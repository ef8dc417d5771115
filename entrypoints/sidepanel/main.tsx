import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import '@/components/theme.css';
import './sidepanel.css';

const embedded = new URLSearchParams(location.search).has('embedded');
render(<Sidebar embedded={embedded} />, document.getElementById('app')!);
