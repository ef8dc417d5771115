import { render } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import '@/components/theme.css';
import './sidepanel.css';

const params = new URLSearchParams(location.search);
const view = params.get('view') === 'checkin' ? 'checkin' : 'today';
render(<Sidebar embedded={params.has('embedded')} view={view} />, document.getElementById('app')!);
