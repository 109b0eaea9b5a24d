import { ActionIcon, Tooltip } from '@mantine/core';
import type { ComponentType } from 'react';

interface RowActionProps {
  /** The tooltip; with the row's name it is also the button's accessible name ("Sửa: Trần Thị Ánh"). */
  label: string;
  subject: string;
  icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>;
  color?: string;
  onClick(): void;
}

/** An icon button in a table row: a 34 px target with a tooltip, named after its row for screen readers. */
export function RowAction({ label, subject, icon: Icon, color, onClick }: RowActionProps) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" size="lg" color={color} aria-label={`${label}: ${subject}`} onClick={onClick}>
        <Icon size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}
