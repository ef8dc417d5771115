import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import '@/components/theme.css';
import './sidepanel.css';
import { keepQuickFindAway } from '@/lib/sidebar/quick-find';

const params = new URLSearchParams(location.search);
const view = params.get('view') === 'checkin' ? 'checkin' : 'home';
keepQuickFindAway(window);
render(<Sidebar embedded={params.has('embedded')} view={view} />, document.getElementById('app')!);
