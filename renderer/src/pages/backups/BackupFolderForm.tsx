import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/contract';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  folder: string;
  defaultFolder: string;
  saving: boolean;
  error: ApiError | undefined;
  onSave(folder: string): void;
}

/** The backup folder field; remount it (key) with the saved folder to start from that value. */
export function BackupFolderForm({ folder, defaultFolder, saving, error, onSave }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(folder);
  const folderError = error?.issues?.find((issue) => issue.path === 'folder')?.message;
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
          label={t('backups.folder')}
          description={t('backups.folderHint', { folder: defaultFolder })}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={folderError}
          required
        />
        <Button type="submit" variant="light" loading={saving} disabled={text.trim() === folder}>
          {t('backups.saveFolder')}
        </Button>
        {folder !== defaultFolder && (
          <Button variant="subtle" onClick={() => onSave(defaultFolder)}>
            {t('backups.useDefault')}
          </Button>
        )}
      </Group>
    </form>
  );
}
