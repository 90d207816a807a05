/** Fixture loading for reader unit tests: the shared fixture server, and documents built from a fragment. */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Expect {
  page: string | null;
  account?: string;
  name?: string;
  facts?: Record<string, unknown>;
  unreadable?: string[];
  error?: string;
  lang?: string | null;
  rows?: { account: string; name?: string; facts: Record<string, unknown> }[];
  rowsShown?: number;
  rowsTotal?: number;
}
export interface Fixture {
  file: string;
  url: string;
  lang: string;
  htmlLang: string | null;
  expect: Expect | null;
  html: string;
}
export interface ServerModule {
  loadFixtures(): Fixture[];
  renderDocument(fx: Fixture): string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../fixtures');

export const server = (await import(/* @vite-ignore */ pathToFileURL(path.join(FIXTURES, 'server.mjs')).href)) as ServerModule;

/** The bare fragment in a document whose `<html lang>` is `lang`. */
export function fragmentDoc(html: string, lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  doc.body.innerHTML = html;
  return doc;
}

/** The fixture inside its shell, as e2e renders it once the fragment has arrived (scripts do not run here). */
export function shellDoc(fx: Fixture): Document | null {
  const doc = new DOMParser().parseFromString(server.renderDocument(fx), 'text/html');
  const root = doc.querySelector('[data-fx-root]');
  if (!root) return null;
  root.innerHTML = fx.html;
  return doc;
}
