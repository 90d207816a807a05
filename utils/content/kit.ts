/**
 * What one host family's content script carries: its readers, panels and rules. Each content script is a single
 * bundle, so each entry imports only its own site's kit (utils/content/kits/*) to stay within the size budget.
 */
import type { ComponentType } from 'preact';
import type { PageId } from '../pages/routes';
import type { Reader } from '../readers/types';
import type { Rule } from '../rules/types';
import type { PanelProps } from '../../components/overlay/panels/types';

export interface SiteKit {
  readers: readonly Reader[];
  panels: Partial<Record<PageId, ComponentType<PanelProps>>>;
  rules: readonly Rule[];
}
