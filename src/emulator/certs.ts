import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface EmulatorCerts {
  caPem: string;
  caFile: string;
  serverKey: string;
  serverCert: string;
}

/**
 * Generates a throw-away CA and a server certificate for 127.0.0.1/localhost signed by it (EC P-256:
 * milliseconds to generate), and writes the CA to a temp file clients can trust explicitly.
 */
export async function createCerts(): Promise<EmulatorCerts> {
  const ca = await generate([{ name: 'commonName', value: 'immutable-deploy Azure emulator CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const server = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'azure-emulator-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);
  return { caPem: ca.cert, caFile, serverKey: server.private, serverCert: server.cert };
}
