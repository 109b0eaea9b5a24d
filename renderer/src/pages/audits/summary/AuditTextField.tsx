import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatInstant } from '../../../../../electron/shared/dates';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/I18nProvider';
import { DraftTextarea } from '../checklist/DraftTextarea';

interface AuditTextFieldProps {
  auditId: string;
  field: 'unitComments' | 'conclusion';
  label: string;
  description: string;
  saved: string;
  readOnly: boolean;
}

/** The unit's comments or the conclusion, saved by itself like every answer; editable until the minutes are issued. */
export function AuditTextField({ auditId, field, label, description, saved, readOnly }: AuditTextFieldProps) {
  const { t } = useI18n();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [current, setCurrent] = useState(saved);
  const commit = async (text: string) => {
    const result = await api.call('audits.update', { id: auditId, [field]: text });
    if (!result.ok) {
      notifications.show({ color: 'red', title: t('audits.save.refused'), message: result.error.message });
      return;
    }
    setCurrent(result.value[field]);
    setSavedAt(new Date());
  };
  return (
    <div>
      <DraftTextarea label={label} description={description} saved={current} disabled={readOnly} minRows={3} onCommit={(text) => void commit(text)} onDone={() => undefined} />
      <Text size="xs" c="dimmed" mt={4} aria-live="polite">
        {savedAt ? t('audits.save.savedAt', { time: formatInstant(savedAt).slice(11) }) : '\u00a0'}
      </Text>
    </div>
  );
}
