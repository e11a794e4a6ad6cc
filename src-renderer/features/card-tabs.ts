import { documentsTab, householdTab, profileTab } from './applicants/card-tabs';
import { historyTab } from './audit/card-tab';
import type { CardTab } from './card/tabs';
import { caregiversTab } from './caregivers/card-tab';
import { casesTab } from './cases/card-tab';
import { disabilityTab } from './disability/card-tab';

// The person card's tabs, contributed by the features. A new module adds one line here.
export const CARD_TABS: readonly CardTab[] = [
  profileTab,
  householdTab,
  disabilityTab,
  casesTab,
  caregiversTab,
  documentsTab,
  historyTab,
].sort((a, b) => a.order - b.order);
