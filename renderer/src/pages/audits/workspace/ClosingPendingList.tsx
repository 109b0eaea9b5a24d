import { Button, Group, List, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconListCheck } from '@tabler/icons-react';
import type { PendingAtClose } from '../../../../../electron/shared/contract/audits';
import { useI18n } from '../../../i18n/I18nProvider';
import { FindingClassBadge } from '../../actions/FindingClassBadge';

interface ClosingPendingListProps {
  pending: PendingAtClose;
  recording: boolean;
  onRecordAll(): void;
  /** Leaves the dialog for the item in the checklist (to attach a file or record a finding by hand). */
  onGoToItem(itemId: string): void;
}

/** What the team may still record before closing: suggested findings, missing evidence, comments and conclusion. */
export function ClosingPendingList({ pending, recording, onRecordAll, onGoToItem }: ClosingPendingListProps) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      {pending.suggestedFindings.length > 0 && (
        <section aria-labelledby="pending-findings">
          <Group justify="space-between" align="center" wrap="nowrap">
            <Title order={3} size="h5" id="pending-findings">
              {t('audits.close.suggestedTitle', { count: pending.suggestedFindings.length })}
            </Title>
            <Button size="xs" variant="light" leftSection={<IconListCheck size={16} aria-hidden />} loading={recording} onClick={onRecordAll}>
              {t('audits.close.recordAll')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" mb={4}>
            {t('audits.close.suggestedHint')}
          </Text>
          <ScrollArea.Autosize mah={150} type="auto">
            <List size="sm" spacing={4} listStyleType="none">
              {pending.suggestedFindings.map((suggestion) => (
                <List.Item key={suggestion.itemId}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <div style={{ flexShrink: 0 }}>
                      <FindingClassBadge findingClass={suggestion.findingClass} />
                    </div>
                    <Text size="sm">{t('audits.close.item', { code: suggestion.code, question: suggestion.question })}</Text>
                  </Group>
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </section>
      )}
      {pending.evidenceMissing.length > 0 && (
        <section aria-labelledby="pending-evidence">
          <Title order={3} size="h5" id="pending-evidence" mb={4}>
            {t('audits.close.evidenceTitle', { count: pending.evidenceMissing.length })}
          </Title>
          <ScrollArea.Autosize mah={110} type="auto">
            <List size="sm" spacing={2}>
              {pending.evidenceMissing.map((item) => (
                <List.Item key={item.itemId}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm">{t('audits.close.item', { code: item.code, question: item.question })}</Text>
                    <Button size="compact-xs" variant="subtle" style={{ flexShrink: 0 }} rightSection={<IconArrowRight size={12} aria-hidden />} onClick={() => onGoToItem(item.itemId)}>
                      {t('audits.close.goTo')}
                    </Button>
                  </Group>
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </section>
      )}
      {(pending.unitCommentsMissing || pending.conclusionMissing) && (
        <List size="sm" spacing={2}>
          {pending.unitCommentsMissing && <List.Item>{t('audits.close.unitCommentsMissing')}</List.Item>}
          {pending.conclusionMissing && <List.Item>{t('audits.close.conclusionMissing')}</List.Item>}
        </List>
      )}
    </Stack>
  );
}

export const pendingCount = (pending: PendingAtClose) =>
  pending.suggestedFindings.length + pending.evidenceMissing.length + Number(pending.unitCommentsMissing) + Number(pending.conclusionMissing);
