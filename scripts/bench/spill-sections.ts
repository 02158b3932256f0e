/**
 * What a build's search phase holds, per structure: the sections of an index's `search.bin` (each one a column the
 * build makes and, before the search file's scratch files, held from the search phase until search.bin was
 * written), in MB and bytes a quote. Also the other index files, in bytes a quote.
 *
 *   npx tsx scripts/bench/spill-sections.ts DIR [DIR…]   (index folders, e.g. a build-child.ts --out)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const BYTES = { u8: 1, u16: 2, u32: 4, i32: 4, f64: 8 } as const;

interface Header {
  meta: { quotes: number };
  sections: Array<{ name: string; type: keyof typeof BYTES; length: number }>;
}

for (const dir of process.argv.slice(2)) {
  const file = readFileSync(path.join(dir, 'search.bin'));
  const room = file.readUInt32LE(8);
  const header = JSON.parse(file.toString('utf8', 12, 12 + room).trim()) as Header;
  const n = header.meta.quotes;
  const rows = header.sections.map((s) => ({ name: s.name, bytes: s.length * BYTES[s.type] }));
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `${dir}: ${n} quotes, search.bin sections ${(total / 2 ** 20).toFixed(1)} MB, ${(total / n).toFixed(0)} B/quote`,
  );
  for (const r of rows.sort((a, b) => b.bytes - a.bytes))
    console.log(
      `  ${r.name.padEnd(16)} ${(r.bytes / 2 ** 20).toFixed(2).padStart(8)} MB ${(r.bytes / n).toFixed(1).padStart(7)} B/quote`,
    );
  for (const name of readdirSync(dir).sort()) {
    if (name === 'search.bin') continue;
    const size = statSync(path.join(dir, name)).size;
    console.log(
      `  file ${name.padEnd(22)} ${(size / 2 ** 20).toFixed(1).padStart(8)} MB ${(size / n).toFixed(1).padStart(7)} B/quote`,
    );
  }
}
