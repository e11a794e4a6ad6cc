import type { ComponentType, ReactNode } from 'react';
import type { Output } from '../../../src-main/core/api/contract';

// A tab of the person card. Each feature contributes its own (features/<module>/card-tab.tsx)
// and src-renderer/features/card-tabs.ts lists them, so a new module adds its tab without
// touching PersonCard.tsx.

export type PersonCardData = Output<'applicants.card'>;

export interface CardTabProps {
  card: PersonCardData;
  /** The user may change the registry (the tab shows its add/edit buttons). */
  canEdit: boolean;
  /** Reload the card after a write. */
  reload(): void;
}

export interface CardTab {
  /** The tab's id, also `?tab=<value>` in the card's address. */
  value: string;
  /** i18n key of the tab's title. */
  label: string;
  icon: ReactNode;
  /** Where it stands among the tabs: lower comes first. */
  order: number;
  Panel: ComponentType<CardTabProps>;
}
