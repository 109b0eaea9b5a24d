import { Button, Group, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  label: string;
  description?: string;
  value: string;
  saving: boolean;
  /** The refusal of the last save; its first issue is shown under the field. */
  error: ApiError | undefined;
  onSave(value: string): void;
  /** A line under the field (an identifier, say). */
  note?: string;
  /** More buttons beside "Lưu". */
  extra?: ReactNode;
}

/** One required text setting with its own "Lưu" (Enter saves); remount it (key) with the saved value to start from that. */
export function SingleTextForm({ label, description, value, saving, error, onSave, note, extra }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
    >
      <Group align="flex-end">
        <TextInput
          style={{ flex: 1 }}
          label={label}
          description={description}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={error?.issues?.[0]?.message}
          required
        />
        <Button type="submit" variant="light" loading={saving} disabled={text.trim() === value}>
          {t('common.save')}
        </Button>
        {extra}
      </Group>
      {note && (
        <Text size="xs" c="dimmed" mt={4}>
          {note}
        </Text>
      )}
    </form>
  );
}
