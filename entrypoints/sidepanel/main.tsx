import { Sidebar } from '@/components/sidebar/Sidebar';
import { mountPage } from '@/components/shared/mount';
import { browser } from 'wxt/browser';
import { claimed } from '@/lib/sidebar/claim';
import '@/components/shared/theme.css';
import './sidepanel.css';
import { keepQuickFindAway } from '@/lib/sidebar/quick-find';

const params = new URLSearchParams(location.search);
const view = params.get('view') === 'checkin' ? 'checkin' : 'today';
keepQuickFindAway(window);
const embedded = params.has('embedded');
// In a frame of a web tab only the launcher's own sidebar, with its tab's token, shows the user's data.
// The claim (sent by the page's head script, lib/sidebar/claim.ts) and the language are asked
// before the first paint, which waits for both.
let granted = !embedded;
const claim = embedded
  ? claimed(globalThis as Record<string, unknown>, location.search, browser).then((ok) => (granted = ok))
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
  { after: claim },
);
