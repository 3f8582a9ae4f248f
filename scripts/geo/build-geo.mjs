// Derives Guichet's compact geographic resource from the npm package @etalab/decoupage-administratif.
// Usage: node scripts/geo/build-geo.mjs <extracted package dir> <output .tsv.gz>
// See app/src/main/resources/geo/README.md for the full procedure and the recorded source version.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [packageDir, output] = process.argv.slice(2);
if (!packageDir || !output) {
  console.error('usage: node build-geo.mjs <extracted package dir> <output .tsv.gz>');
  process.exit(2);
}

const read = (file) => JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
const pkg = read('package.json');
const regions = read('data/regions.json');
const departements = read('data/departements.json');
// Only current communes: delegated and associated communes and municipal arrondissements are not
// places a citizen picks, and their postcodes are the ones of their commune.
const communes = read('data/communes.json').filter((c) => c.type === 'commune-actuelle');

const fail = (message) => { throw new Error(message); };
const clean = (text, where) => {
  if (/[\t\r\n]/.test(text)) fail(`control character in ${where}: ${JSON.stringify(text)}`);
  return text;
};
// The Java loader derives a commune's département from its code; check the rule holds for every row.
const departementOf = (code) => (code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2));
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const regionCodes = new Set(regions.map((r) => r.code));
const departementCodes = new Set(departements.map((d) => d.code));
for (const d of departements) {
  if (!regionCodes.has(d.region)) fail(`département ${d.code} has unknown région ${d.region}`);
}

const lines = [`#guichet-geo 1 ${pkg.name}@${pkg.version} ${pkg.license}`, '#regions'];
for (const r of [...regions].sort(byCode)) lines.push(`${r.code}\t${clean(r.nom, r.code)}`);
lines.push('#departements');
for (const d of [...departements].sort(byCode)) lines.push(`${d.code}\t${d.region}\t${clean(d.nom, d.code)}`);
lines.push('#communes');
for (const c of [...communes].sort(byCode)) {
  if (departementOf(c.code) !== c.departement) fail(`commune ${c.code} is in ${c.departement}, not ${departementOf(c.code)}`);
  if (!departementCodes.has(c.departement)) fail(`commune ${c.code} has unknown département ${c.departement}`);
  const postcodes = [...new Set(c.codesPostaux ?? [])].sort();
  for (const p of postcodes) if (!/^\d{5}$/.test(p)) fail(`commune ${c.code} has postcode ${p}`);
  // A coarse size class (log2 of the population) ranks name search results without shipping
  // exact populations, which would add a quarter to the file.
  const weight = Math.floor(Math.log2((c.population ?? 0) + 1)).toString(36);
  lines.push(`${c.code}\t${clean(c.nom, c.code)}\t${postcodes.join(' ')}\t${weight}`);
}

// Node writes a zero modification time in the gzip header, so the same input gives the same bytes.
const bytes = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 });
writeFileSync(output, bytes);
console.log(`${output}: ${regions.length} régions, ${departements.length} départements, ${communes.length} communes, ${bytes.length} bytes`);
