import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Title on the left, the page's primary action on the right. */
export function PageHeader({ title, action }: { title: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" mb="md" wrap="nowrap">
      <Title order={1} size="h2">
        {title}
      </Title>
      {action}
    </Group>
  );
}
