import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { TimeOfDayInput } from '../../components/TimeOfDayInput';
import { useI18n } from '../../i18n/I18nProvider';

interface EndedTimeFieldProps {
  auditId: string;
  endDate: string;
  saved: string;
  disabled: boolean;
}

/** The time the inspection ended, as the minutes' last sentence states it; saved when the field is left. */
export function EndedTimeField({ auditId, endDate, saved, disabled }: EndedTimeFieldProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(saved);
  const [problem, setProblem] = useState<string>();
  const commit = async () => {
    if (typed === saved) return;
    const result = await api.call('audits.update', { id: auditId, endedTime: typed });
    if (!result.ok) {
      setProblem(result.error.issues?.[0]?.message ?? result.error.message);
      notifications.show({ color: 'red', title: t('audits.save.refused'), message: result.error.message });
      return;
    }
    setProblem(undefined);
  };
  return (
    <TimeOfDayInput
      label={t('minutes.closing.endedTime', { date: formatCalendarDate(endDate) })}
      description={t('minutes.closing.endedTimeHint')}
      value={typed}
      disabled={disabled}
      error={problem}
      onChange={(event) => setTyped(event.currentTarget.value)}
      onBlur={() => void commit()}
    />
  );
}
