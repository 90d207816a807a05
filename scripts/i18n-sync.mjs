// Merges the English message lists written beside features (docs/messages.*.en.json, docs/rule-messages.en.json)
// into public/i18n/en.json, then prints the keys each other language still lacks.
// Usage: node scripts/i18n-sync.mjs            merge + report
//        node scripts/i18n-sync.mjs --missing de   print the missing en entries for one language as JSON
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';

const LANGS = ['en', 'it', 'id', 'fr', 'es', 'de', 'pt_BR', 'ja', 'vi', 'th', 'zh_CN'];
const base = (k) => k.replace(/_(zero|one|two|few|many|other)$/, '');
const read = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : {});
const enPath = 'public/i18n/en.json';
const en = read(enPath);
const sources = readdirSync('docs').filter((f) => /^(messages\..+|rule-messages)\.en\.json$/.test(f));
let added = 0;
for (const f of sources) {
  for (const [k, v] of Object.entries(read(`docs/${f}`))) {
    if (typeof v !== 'string') continue;
    if (en[k] !== v) {
      en[k] = v;
      added++;
    }
  }
}
const sorted = Object.fromEntries(Object.entries(en).sort(([a], [b]) => a.localeCompare(b)));
const arg = process.argv.indexOf('--missing');
if (arg > 0) {
  const lang = process.argv[arg + 1];
  const cat = read(`public/i18n/${lang}.json`);
  const have = new Set(Object.keys(cat).map(base));
  const missing = Object.fromEntries(Object.entries(sorted).filter(([k]) => !(k in cat) && !have.has(base(k))));
  console.log(JSON.stringify(missing, null, 1));
  process.exit(0);
}
writeFileSync(enPath, JSON.stringify(sorted, null, 1) + '\n');
console.log(`en: ${Object.keys(sorted).length} keys (${added} merged from ${sources.join(', ') || 'no docs file'})`);
for (const l of LANGS.slice(1)) {
  const cat = read(`public/i18n/${l}.json`);
  const have = new Set(Object.keys(cat).map(base));
  const missing = Object.keys(sorted).filter((k) => !(k in cat) && !have.has(base(k)));
  console.log(`${l}: ${missing.length} missing`);
}
