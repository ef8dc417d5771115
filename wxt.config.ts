import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build } from 'vite';
import { TEST_SITE_PATTERNS } from './lib/test-sites';
import { TEST_EXTENSION_KEY } from './lib/test-key';

const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML =
  '<!doctype html><html lang="en"><title>Floor</title><button type="button">Floor</button></html>\n';

// The test build (`wxt build --mode e2e`) differs from the release build in one
// way: the local demo hosts are enabled sites with host permission granted,
// because a browser's permission prompt cannot be clicked by Playwright.

export default defineConfig({
  // KINDLING_OUT_DIR keeps side-by-side builds apart (tests/support/paths.mjs reads it too).
  outDir: process.env.KINDLING_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  hooks: {
    // The key guard runs at document_start on every enabled site, before the page has loaded, so
    // it is a plain script: WXT's entrypoints would wrap it (an unlisted script in a start-up
    // wrapper, a content script in its context and the polyfill). Vite, WXT's own bundler, builds
    // it alone as one IIFE, and the file joins the build's output as a generated asset. So is the
    // sidebar's early claim, a plain script in the page's head (lib/sidebar/claim.ts).
    // The sidebar benchmark's floor (tests/support/bench-sidebar.mjs) is an empty page of the
    // extension, framed as the sidebar is: test build only.
    'build:publicAssets': async (wxt, files) => {
      const root = wxt.config.root;
      files.push({ relativeDest: 'key-guard.js', contents: await buildPlainScript(root, KEY_GUARD) });
      files.push({ relativeDest: 'sidebar-claim.js', contents: await buildPlainScript(root, SIDEBAR_CLAIM) });
      if (wxt.config.mode === 'e2e') files.push({ relativeDest: FLOOR_PAGE, contents: FLOOR_HTML });
    },
    // So `scripting` calls naming /key-guard.js type-check like WXT's own entrypoints.
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('key-guard.js', 'sidebar-claim.js');
    },
    // Firefox opens an add-on's sidebar by itself at install unless told not to; "Prepare a
    // meeting" and the toolbar still open it. WXT writes sidebar_action from the sidepanel
    // entrypoint, so the flag is added once the manifest is generated.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.open_at_install = false;
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => {
    const testHosts = mode === 'e2e' ? TEST_SITE_PATTERNS : [];
    const anySite = ['http://*/*', 'https://*/*'];
    const base = {
      // Words in public/_locales/<language>/messages.json, so the browser shows them in its own language.
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // The launcher frames the sidebar on any http(s) site: enabled ones, and any
      // other the user shows it on with the toolbar or shortcut (activeTab), so
      // matches cannot be narrowed to the enabled sites. The dynamic URL changes
      // every session, so pages cannot fetch or frame the static one to detect
      // Kindling. Firefox (MV2 here) has no use_dynamic_url; its moz-extension
      // host is a random per-install UUID instead. See README, "Private by design".
      web_accessible_resources:
        manifestVersion === 3
          ? [
              {
                resources: ['sidepanel.html', ...(mode === 'e2e' ? [FLOOR_PAGE] : [])],
                matches: anySite,
                use_dynamic_url: true,
              },
            ]
          : ['sidepanel.html'],
      action: { default_title: 'Kindling' },
      // Alt+Shift+K: not a Chrome, Edge or Firefox shortcut, and clear of the
      // Ctrl/F-key combinations clinical web apps use. People can change it in
      // the browser's extension shortcut settings.
      commands: {
        'toggle-sidebar': {
          suggested_key: { default: 'Alt+Shift+K' },
          description: '__MSG_toggleSidebar__',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'kindling@kindling.example',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
    if (manifestVersion === 3) {
      return {
        ...base,
        // An organisation's policy (lib/policy); Firefox takes the same keys from policies.json, with no schema.
        ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
        // A fixed id for the test build only, so e2e policy files can name it.
        ...(mode === 'e2e' && browser !== 'firefox' ? { key: TEST_EXTENSION_KEY } : {}),
        permissions: [
          'storage',
          'scripting',
          'activeTab',
          // The journal: a daily reminder alarm, and saved actions kept safe from storage eviction.
          'alarms',
          'unlimitedStorage',
          ...(browser === 'firefox' ? [] : ['sidePanel']),
        ],
        // Asked for only when someone turns reminders on.
        optional_permissions: ['notifications'],
        optional_host_permissions: anySite,
        host_permissions: testHosts,
      };
    }
    return {
      ...base,
      permissions: ['storage', 'scripting', 'activeTab', 'alarms', 'unlimitedStorage', ...testHosts],
      optional_permissions: [...anySite, 'notifications'],
    };
  },
});

const KEY_GUARD = { entry: 'lib/launcher/guard-script.ts', name: 'kindlingKeyGuard' };
const SIDEBAR_CLAIM = { entry: 'lib/sidebar/claim-script.ts', name: 'kindlingSidebarClaim' };

/** One plain script (no polyfill, no wrapper), built alone by Vite as one IIFE. */
async function buildPlainScript(root: string, script: { entry: string; name: string }): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { ...script, formats: ['iife'] } },
  });
  const [output] = Array.isArray(result) ? result : [result];
  if (!output || !('output' in output)) throw new Error(`${script.entry} did not build.`);
  return output.output[0].code;
}
