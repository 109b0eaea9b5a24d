import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';

/** The × at the end of a row in a list of people; the last row stays. */
export function RemoveRowButton({ label, row, disabled, onClick }: { label: string; row: number; disabled: boolean; onClick(): void }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="red" size="lg" mt={26} aria-label={`${label} ${row}`} onClick={onClick} disabled={disabled}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Tooltip>
  );
}

/** Under a list of people: what is wrong with the list as a whole, and the button that adds a row. */
export function RowsFooter({ error, addLabel, onAdd }: { error?: string; addLabel: string; onAdd(): void }) {
  return (
    <>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
    </>
  );
}
