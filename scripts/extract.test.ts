import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm run extract (CLI)', () => {
  it('reads good articles, names each bad file, and still succeeds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'a.txt'), 'date 2025-05-01 India and Pakistan agreed to a ceasefire on Tuesday.');
    writeFileSync(join(dir, 'b.txt'), 'Pakistan closed its airspace to Indian airlines on Thursday.');
    writeFileSync(join(dir, 'b.meta.json'), JSON.stringify({ published: '2025-04-24', title: 'Airspace' }));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9, 0xff, 0x0a]));
    writeFileSync(join(dir, 'c.txt'), 'India suspended the treaty on Wednesday.');
    writeFileSync(join(dir, 'c.meta.json'), '{ "published": "yesterday" }');
    const out = join(dir, 'out.json');
    const r = cli(['--out', out, dir, join(dir, 'missing.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/latin1\.txt: not valid UTF-8/);
    expect(r.stderr).toMatch(/c\.meta\.json: bad sidecar: published/);
    expect(r.stderr).toMatch(/missing\.txt: cannot read/);
    const { events } = JSON.parse(readFileSync(out, 'utf8')) as {
      events: { category: string; date: { start: string }; evidence: { source: string }[] }[];
    };
    expect(events.find((e) => e.evidence[0]!.source === 'a.txt')?.date.start).toBe('2025-04-29');
    expect(events.find((e) => e.evidence[0]!.source === 'b.txt')?.date.start).toBe('2025-04-24'); // from the sidecar
    // deterministic output
    const again = join(dir, 'again.json');
    cli(['--out', again, dir]);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  });

  it('fails when no article could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'empty.txt'), '   ');
    const r = cli(['--out', join(dir, 'out.json'), dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no article could be read/);
  });
});
