import { Button, Group } from '@mantine/core';
import { useI18n } from '../i18n/I18nProvider';
import { useDialogClose } from './FormDialog';

interface FormActionsProps {
  saving: boolean;
  /** When given, both buttons stay disabled until something changed. */
  dirty?: boolean;
  /** Without it, Cancel is a reset button of the surrounding form. */
  onCancel?: () => void;
}

/** Cancel and Save at the bottom right of every form; Save submits, so Enter saves. */
export function FormActions({ saving, dirty, onCancel }: FormActionsProps) {
  const { t } = useI18n();
  const cancel = useDialogClose(onCancel);
  const untouched = dirty === false;
  return (
    <Group justify="flex-end" mt="md" className="form-footer">
      <Button type={cancel ? 'button' : 'reset'} variant="default" onClick={cancel} disabled={!cancel && untouched}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={untouched}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
