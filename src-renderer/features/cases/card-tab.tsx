import { IconHeartHandshake } from '@tabler/icons-react';
import type { CardTab } from '../card/tabs';
import { CasesTab } from './CasesTab';

export const casesTab: CardTab = {
  value: 'cases',
  label: 'card.cases',
  icon: <IconHeartHandshake size={16} />,
  order: 40,
  Panel: CasesTab,
};
