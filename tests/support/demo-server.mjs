// Serves the fictional CareBoard demo pages in tests/demo for e2e tests and `npm start`.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DEMO_DIR = fileURLToPath(new URL('../demo/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** The CSP sent with the strict page: external same-origin scripts and styles only, no frames. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'none'";

const ROUTES = {
  '/': 'index.html',
  '/strict': 'strict.html',
  '/rota': 'rota.html',
  // Deliberately hostile pages (issue 4): Kindling must be harmless on each.
  '/hostile-css': 'hostile-css.html',
  '/spa': 'spa.html',
  '/spa/patient': 'spa.html',
  '/spa/letters': 'spa.html',
  '/frames': 'frames.html',
  '/keys': 'keys.html',
  '/heavy': 'heavy.html',
  // A page that tries to detect, read, frame, click and repoint Kindling (issue 8).
  '/snoop': 'snoop.html',
};

/** Maps a URL path to an absolute file path inside tests/demo, or null if it would escape it. */
function resolveFile(urlPath) {
  const relative = ROUTES[urlPath] ?? urlPath.replace(/^\/+/, '');
  const file = path.resolve(DEMO_DIR, relative);
  return file.startsWith(DEMO_DIR) && file !== DEMO_DIR ? file : null;
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed\n');
    return;
  }

  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad request\n');
    return;
  }

  // Browsers ask for this on their own; a 404 would show up as a console error in every test.
  if (urlPath === '/favicon.ico') {
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    res.end();
    return;
  }

  const file = urlPath.includes('\0') ? null : resolveFile(urlPath);
  const type = file && CONTENT_TYPES[path.extname(file).toLowerCase()];
  let body;
  try {
    body = type ? await readFile(file) : null;
  } catch {
    body = null;
  }
  if (!body) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }

  const headers = {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (path.basename(file) === 'strict.html') headers['Content-Security-Policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts the demo server.
 * @param {{ port?: number, host?: string }} [options] port 0 picks a free port.
 * @returns {Promise<{ origin: string, port: number, requests: string[], close: () => Promise<void> }>}
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  /** Every request URL served, in order: the no-network checks read it. */
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    origin: `http://${urlHost}:${actualPort}`,
    port: actualPort,
    requests,
    close: () =>
      new Promise((resolve) => {
        // Browsers keep connections alive; drop them so close() does not hang.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 5174);
  const { origin, close } = await startDemoServer({ port });
  console.log(`CareBoard demo pages: ${origin}/  (strict CSP: ${origin}/strict, rota: ${origin}/rota)`);
  console.log('Press Ctrl+C to stop.');
  process.on('SIGINT', () => close().then(() => process.exit(0)));
  process.on('SIGTERM', () => close().then(() => process.exit(0)));
}
