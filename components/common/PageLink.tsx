import type { Translator } from '../../utils/i18n';
import type { PageId } from '../../utils/pages/routes';
import { urlFor } from '../../utils/pages/urls';

/** "Open <page>" as a link to the page for this account when its URL can be built, else as plain text. */
export function PageLink({ tr, page, account, text }: { tr: Translator; page: PageId; account: string | undefined; text: string }) {
  const href = urlFor(page, account);
  const label = tr.t(text, { page: tr.t(`page.${page}`) });
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}
