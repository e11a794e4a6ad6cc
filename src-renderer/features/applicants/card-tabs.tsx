import { Stack } from '@mantine/core';
import { IconFileText, IconUser, IconUsers } from '@tabler/icons-react';
import type { CardTab } from '../card/tabs';
import { DocumentsTab } from './card/DocumentsTab';
import { HouseholdTab } from './card/HouseholdTab';
import { ProfileTab } from './card/ProfileTab';

export const profileTab: CardTab = {
  value: 'profile',
  label: 'card.profile',
  icon: <IconUser size={16} />,
  order: 10,
  Panel: ProfileTab,
};

export const householdTab: CardTab = {
  value: 'household',
  label: 'card.householdTab',
  icon: <IconUsers size={16} />,
  order: 20,
  Panel: (props) => (
    <Stack>
      <HouseholdTab {...props} />
    </Stack>
  ),
};

export const documentsTab: CardTab = {
  value: 'documents',
  label: 'card.documents',
  icon: <IconFileText size={16} />,
  order: 80,
  Panel: ({ card }) => <DocumentsTab card={card} />,
};

/** Family caregivers arrive with their module; until then the tab says what it will hold. */
