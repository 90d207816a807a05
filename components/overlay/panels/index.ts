/** Page id → the panel that fits it (checklist, reminder, diagnosis). Pages without one show findings only. */
import type { ComponentType } from 'preact';
import type { PageId } from '../../../utils/pages/routes';
import type { PanelProps } from './types';

export const PANELS: Partial<Record<PageId, ComponentType<PanelProps>>> = {};
