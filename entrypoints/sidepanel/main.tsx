import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import '@/components/theme.css';
import './sidepanel.css';

const params = new URLSearchParams(location.search);
const view = params.get('view') === 'checkin' ? 'checkin' : 'home';
render(<Sidebar embedded={params.has('embedded')} view={view} />, document.getElementById('app')!);
