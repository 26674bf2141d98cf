// Sample app for the smoke job: /healthz answers 200 "ok", anything else 503. Port from argv (default 8080).
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 8080);
createServer((req, res) => {
  const healthy = req.url === '/healthz';
  res.writeHead(healthy ? 200 : 503, { 'content-type': 'text/plain' });
  res.end(healthy ? 'ok\n' : 'unavailable\n');
}).listen(port, '127.0.0.1', () => console.log(`sample app on http://127.0.0.1:${port}`));
