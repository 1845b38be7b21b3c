// Reading only regular files, with their size bounded before and while reading.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { MAX_FILE_BYTES } from '../../../src/core/factbase';
import { readRegularFile, readRegularFileSync } from '../../../src/node/regular-files';

const readers = {
  async: readRegularFile,
  sync: async (file: string, maxBytes: number) => readRegularFileSync(file, maxBytes),
};

describe('reading regular files', function () {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-read-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const [kind, read] of Object.entries(readers)) {
    describe(`${kind}ly`, () => {
      it('reads a file as UTF-8 without its byte order mark, telling where it is not UTF-8', async () => {
        const file = path.join(dir, `bom-${kind}.md`);
        writeFileSync(file, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Caf'), 0xe9, ...Buffer.from(' talks')]));
        assert.deepEqual(await read(file, MAX_FILE_BYTES), { text: 'Caf\ufffd talks', invalidUtf8At: 3 });
      });

      it('refuses a file larger than the limit from its size, without reading it', async () => {
        const file = path.join(dir, `huge-${kind}.txt`);
        writeFileSync(file, '');
        truncateSync(file, MAX_FILE_BYTES + 1);
        const started = performance.now();
        const refusal = await read(file, MAX_FILE_BYTES);
        assert.deepEqual(refusal, { refused: `it has ${MAX_FILE_BYTES + 1} bytes, more than 48 MiB, the most Crosscheck reads of a file` });
        assert.ok(performance.now() - started < 500);
      });

      it('refuses a folder', async () => {
        assert.deepEqual(await read(dir, MAX_FILE_BYTES), { refused: 'not a regular file but a folder' });
      });

      it('tells why a file cannot be opened', async () => {
        assert.deepEqual(await read(path.join(dir, 'missing.md'), MAX_FILE_BYTES), { refused: 'ENOENT' });
      });

      if (process.platform === 'linux') {
        it('refuses a device at once instead of reading it forever', async () => {
          for (const device of ['/dev/zero', '/dev/urandom']) {
            assert.deepEqual(await read(device, MAX_FILE_BYTES), { refused: 'not a regular file but a character device' });
          }
        });

        it('refuses a named pipe without waiting for a writer', async () => {
          const fifo = path.join(dir, `pipe-${kind}`);
          execFileSync('mkfifo', [fifo]);
          assert.deepEqual(await read(fifo, MAX_FILE_BYTES), { refused: 'not a regular file but a pipe' });
        });

        it('stops reading a file that gave no size once it passes the limit', async () => {
          // Files of /proc say they hold nothing, and hold more than 100 bytes.
          assert.deepEqual(await read('/proc/self/status', 100), { refused: 'it is larger than 100 bytes, the most Crosscheck reads of a file' });
        });
      }
    });
  }
});
