import { Stack } from '@mantine/core';
import { IconWheelchair } from '@tabler/icons-react';
import type { CardTab } from '../card/tabs';
import { DisabilityTab } from './DisabilityTab';

export const disabilityTab: CardTab = {
  value: 'disability',
  label: 'card.disability',
  icon: <IconWheelchair size={16} />,
  order: 30,
  Panel: (props) => (
    <Stack>
      <DisabilityTab {...props} />
    </Stack>
  ),
};
