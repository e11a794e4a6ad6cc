import { IconHistory } from '@tabler/icons-react';
import type { CardTab } from '../card/tabs';
import { HistoryTab } from './HistoryTab';

export const historyTab: CardTab = {
  value: 'history',
  label: 'card.history',
  icon: <IconHistory size={16} />,
  order: 90,
  Panel: HistoryTab,
};
