import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDialogClose } from './FormDialog';

/** Cancel and a submit button that names the act ("Ký số", "Ban hành…"), for dialogs where "Lưu" would mislead. */
export function DialogActions({ submitLabel, icon, saving, onCancel }: { submitLabel: string; icon?: ReactNode; saving: boolean; onCancel(): void }) {
  const { t } = useI18n();
  const cancel = useDialogClose(onCancel);
  return (
    <Group justify="flex-end" mt="md" className="form-footer">
      <Button type="button" variant="default" onClick={cancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} leftSection={icon}>
        {submitLabel}
      </Button>
    </Group>
  );
}
