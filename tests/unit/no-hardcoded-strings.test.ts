// Every user-facing word goes through the catalogues: no text between JSX tags and no literal aria-label, title,
// placeholder or alt with letters in the UI components and entry pages. Language names in the language picker are
// endonyms (shown in their own language on purpose) and are the only exception.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx|html)$/.test(f) ? [p] : [];
  });
}

const LETTERS = /\p{L}{2,}/u;
const ALLOWED_FILES = new Set<string>([]);

describe('no hard-coded UI strings', () => {
  const list = [...files('components'), ...files('entrypoints')].filter((f) => !ALLOWED_FILES.has(f));
  it('scans the UI files', () => expect(list.length).toBeGreaterThan(10));
  for (const f of list) {
    it(f, () => {
      const src = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .replace(/const LANG_NAMES[\s\S]*?};/, '');
      const bad: string[] = [];
      if (f.endsWith('.tsx')) {
        // Text between a closing `>` of a tag and the next `<` or `{`, outside expressions.
        for (const m of src.matchAll(/(?<=[\w"'}/-])>([^<>{}()=;]*)</g)) {
          const t = m[1]!.trim();
          if (t && LETTERS.test(t)) bad.push(`text: ${t}`);
        }
        for (const m of src.matchAll(/\b(aria-label|title|placeholder|alt|label)="([^"]*)"/g)) {
          if (LETTERS.test(m[2]!)) bad.push(`${m[1]}="${m[2]}"`);
        }
      } else {
        // HTML entry pages: only the <title> (the manifest name is localized separately).
        const body = src.replace(/<title>[^<]*<\/title>/, '').replace(/<[^>]+>/g, ' ');
        for (const w of body.split(/\s+/)) if (LETTERS.test(w)) bad.push(`html: ${w}`);
      }
      expect(bad).toEqual([]);
    });
  }
});
