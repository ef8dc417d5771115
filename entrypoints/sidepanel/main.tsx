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
// The claim and the language are asked at the same time; the first paint waits for both.
let granted = !embedded;
const claimed = embedded
  ? request('sidebar/claim', { token: params.get('token') ?? '' }).then(
      (ok) => (granted = ok),
      () => (granted = false),
    )
  : undefined;
void mountPage(
  () => (
    <Sidebar
      embedded={embedded}
      granted={granted}
      view={view}
      openCheckin={params.get('checkin') ?? undefined}
    />
  ),
  { after: claimed },
);
