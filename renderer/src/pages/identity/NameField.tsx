import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  label: string;
  name: string;
  id: string;
  saving: boolean;
  error: ApiError | undefined;
  onSave(name: string): void;
}

/** A name with its identifier under it; remount (key) with the saved name to start from it. */
export function NameField({ label, name, id, saving, error, onSave }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(name);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
    >
      <Group align="flex-end">
        <TextInput style={{ flex: 1 }} label={label} value={text} onChange={(event) => setText(event.currentTarget.value)} error={error?.issues?.[0]?.message} required />
        <Button type="submit" variant="light" loading={saving} disabled={text.trim() === name}>
          {t('common.save')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('identity.id', { id })}
      </Text>
    </form>
  );
}
