import { ActionIcon, Group, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RowAction {
  label: string;
  /** Shown in the tooltip, e.g. "Alt+↑". */
  shortcut?: string;
  icon: ReactNode;
  color?: string;
  disabled?: boolean;
  onClick(): void;
}

/** The icon buttons at the end of an editor row; each names its target for screen readers. */
export function RowActions({ actions, target }: { actions: RowAction[]; target: string }) {
  return (
    <Group gap={2} wrap="nowrap" style={{ flex: 'none' }}>
      {actions.map((action) => (
        <Tooltip key={action.label} label={action.shortcut ? `${action.label} (${action.shortcut})` : action.label}>
          <ActionIcon variant="subtle" size="lg" color={action.color} disabled={action.disabled} aria-label={`${action.label}: ${target}`} onClick={action.onClick}>
            {action.icon}
          </ActionIcon>
        </Tooltip>
      ))}
    </Group>
  );
}
