import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What to do next when a list is empty, with the button that does it. */
export function EmptyHint({ message, action }: { message: string; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="md">
        <Text c="dimmed" ta="center">
          {message}
        </Text>
        {action}
      </Stack>
    </Paper>
  );
}
