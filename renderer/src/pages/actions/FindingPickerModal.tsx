import { Button, Group, Modal, Radio, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CLOSED_ACTION_STATUS } from '../../../../electron/shared/rules/actionStates';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import type { FindingRef } from './ActionFormModal';
import { FindingClassBadge } from './FindingClassBadge';
import { NoAuditsHint } from './NoAuditsHint';

interface FindingPickerModalProps {
  opened: boolean;
  onClose(): void;
  onPicked(finding: FindingRef): void;
}

/** From the board: choose the inspection, then the finding the new action answers. */
export function FindingPickerModal({ opened, onClose, onPicked }: FindingPickerModalProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('actions.picker.title')} size="lg" centered returnFocus>
      {opened && <FindingPicker onClose={onClose} onPicked={onPicked} />}
    </Modal>
  );
}

function FindingPicker({ onClose, onPicked }: Omit<FindingPickerModalProps, 'opened'>) {
  const { t } = useI18n();
  const audits = useApiQuery('actions.audits', {});
  const [auditId, setAuditId] = useState<string | null>(null);
  const [findingId, setFindingId] = useState<string | null>(null);
  if (audits.data && audits.data.length === 0) {
    return <NoAuditsHint onLeave={onClose} />;
  }
  return (
    <Stack>
      <Select
        label={t('actions.picker.audit')}
        data={(audits.data ?? []).map((audit) => ({
          value: audit.id,
          label: t('actions.picker.auditOption', { title: audit.title, unit: audit.unitName, date: formatCalendarDate(audit.startDate) }),
        }))}
        value={auditId}
        onChange={(value) => {
          setAuditId(value);
          setFindingId(null);
        }}
        searchable
        data-autofocus
      />
      {auditId ? (
        <FindingChoices auditId={auditId} value={findingId} onChange={setFindingId} onPicked={onPicked} onClose={onClose} />
      ) : (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface FindingChoicesProps {
  auditId: string;
  value: string | null;
  onChange(id: string): void;
  onPicked(finding: FindingRef): void;
  onClose(): void;
}

function FindingChoices({ auditId, value, onChange, onPicked, onClose }: FindingChoicesProps) {
  const { t } = useI18n();
  const audit = useApiQuery('actions.byAudit', { auditId });
  const findings = audit.data?.auditId === auditId ? audit.data.findings : [];
  const chosen = findings.find((finding) => finding.id === value);
  return (
    <>
      <Radio.Group label={t('actions.picker.finding')} value={value} onChange={onChange}>
        <ScrollArea.Autosize mah={340} mt={6}>
          <Stack gap="xs">
            {findings.map((finding) => (
              <Radio
                key={finding.id}
                value={finding.id}
                label={
                  <Stack gap={2}>
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {t('actions.findingNumber', { number: finding.number })}
                      </Text>
                      <FindingClassBadge findingClass={finding.findingClass} />
                      <Text size="xs" c="dimmed">
                        {t('actions.panel.counts', {
                          open: finding.actions.filter((a) => a.status !== CLOSED_ACTION_STATUS).length,
                          closed: finding.actions.filter((a) => a.status === CLOSED_ACTION_STATUS).length,
                        })}
                      </Text>
                    </Group>
                    <Text size="sm">{finding.description}</Text>
                  </Stack>
                }
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Radio.Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button disabled={!chosen} onClick={() => chosen && onPicked(chosen)}>
          {t('actions.picker.continue')}
        </Button>
      </Group>
    </>
  );
}
