import type { AccountRecord, ReadResult } from '../../../utils/facts/types';
import type { PageMatch } from '../../../utils/pages/detect';
import type { Translator } from '../../../utils/i18n';
import type { AccountSummary } from '../../../utils/rules/engine';
import type { Settings } from '../../../utils/store/schema';

export interface PanelProps {
  tr: Translator;
  match: PageMatch;
  result: ReadResult | null;
  record: AccountRecord | null;
  summary: AccountSummary | null;
  settings: Settings;
  now: number;
  /** Persist a user tick for a checklist item (null clears it). */
  onTick(item: string, value: boolean | null): void;
}
