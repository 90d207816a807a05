/** Page id → the panel that fits it, derived from the page kits (utils/content/kits), which are the one list. */
import type { ComponentType } from 'preact';
import type { PageId } from '../../../utils/pages/routes';
import type { PanelProps } from './types';
import { ALL_KITS } from '../../../utils/content/kits';

export const PANELS: Partial<Record<PageId, ComponentType<PanelProps>>> = Object.assign({}, ...Object.values(ALL_KITS).map((k) => k.panels));
