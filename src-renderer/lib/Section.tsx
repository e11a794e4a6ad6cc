import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A titled block on the card with an optional "add" button and an empty-state line. */
export function Section(props: {
  title: string;
  addLabel?: string | undefined;
  onAdd?: (() => void) | undefined;
  empty: string;
  isEmpty: boolean;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {props.title}
          </Title>
          {props.onAdd && props.addLabel && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={props.onAdd}
              data-testid={props.testId ? `${props.testId}-add` : undefined}
            >
              {props.addLabel}
            </Button>
          )}
        </Group>
        {props.isEmpty ? (
          <Text size="sm" c="dimmed">
            {props.empty}
          </Text>
        ) : (
          props.children
        )}
      </Stack>
    </Paper>
  );
}
