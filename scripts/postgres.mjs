// A throwaway PostgreSQL server for the PostgreSQL vault tests, from Debian's packages.
// PELAGO_TEST_POSTGRES_URL, when set, points at a server the caller runs instead.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const none = { env: {}, stop: async () => {} };

function findPostgresBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts PostgreSQL in a temporary folder on a free loopback port and returns the env that
 * points the tests at it. Installs Debian's `postgresql` first when missing and allowed (root).
 */
export async function startTestPostgres({ isRoot, aptInstall, say }) {
  if (process.env.PELAGO_TEST_POSTGRES_URL) return none;
  let bin = findPostgresBin();
  if (!bin && isRoot) {
    aptInstall(['postgresql'], 'PostgreSQL, for the PostgreSQL vault tests');
    bin = findPostgresBin();
  }
  if (!bin) {
    say('PostgreSQL is not installed: its tests will say they were skipped.');
    say('To run them: apt-get install -y postgresql, or set PELAGO_TEST_POSTGRES_URL.');
    return none;
  }
  // initdb refuses to run as root: run the server as Debian's postgres user.
  const asUser = isRoot ? ['runuser', '-u', 'postgres', '--'] : [];
  const exec = (tool, args) => {
    const [command, ...rest] = [...asUser, join(bin, tool), ...args];
    return spawnSync(command, rest, { encoding: 'utf8' });
  };
  const folder = mkdtempSync(join(tmpdir(), 'pelago-pg-'));
  chmodSync(folder, 0o777);
  const data = join(folder, 'data');
  const port = await freePort();
  const init = exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const started =
    init.status === 0 &&
    exec('pg_ctl', [
      '-D',
      data,
      '-l',
      join(folder, 'server.log'),
      '-w',
      '-o',
      `-h 127.0.0.1 -p ${port} -k ${folder} -c fsync=off -c full_page_writes=off`,
      'start',
    ]).status === 0;
  if (!started) {
    rmSync(folder, { recursive: true, force: true });
    say(`could not start PostgreSQL: ${(init.stderr || '').trim().slice(0, 500)}`);
    return none;
  }
  say(`PostgreSQL ${bin.split('/').at(-2)} started on 127.0.0.1:${port} for the tests`);
  return {
    env: { PELAGO_TEST_POSTGRES_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
    stop: async () => {
      exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
