import { Sidebar } from '@/components/sidebar/Sidebar';
import { mountPage } from '@/components/shared/mount';
import { request } from '@/lib/messages';
import '@/components/shared/theme.css';
import './sidepanel.css';
import { keepQuickFindAway } from '@/lib/sidebar/quick-find';

const params = new URLSearchParams(location.search);
const view = params.get('view') === 'checkin' ? 'checkin' : 'today';
keepQuickFindAway(window);
const embedded = params.has('embedded');
// In a frame of a web tab only the launcher's own sidebar, with its tab's token, shows the user's data.
const granted = embedded
  ? request('sidebar/claim', { token: params.get('token') ?? '' }).catch(() => false)
  : Promise.resolve(true);
void granted.then((ok) =>
  mountPage(() => (
    <Sidebar embedded={embedded} granted={ok} view={view} openCheckin={params.get('checkin') ?? undefined} />
  )),
);
