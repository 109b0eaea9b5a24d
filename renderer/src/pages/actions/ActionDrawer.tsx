import { Alert, Button, Divider, Drawer, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconInfoCircle, IconLock, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { CLOSED_ACTION_STATUS, editableFields } from '../../../../electron/shared/rules/actionStates';
import type { ActionDetail } from '../../../../electron/shared/contract/actions';
import { formatCalendarDate } from '../../../../electron/shared/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionFormModal } from './ActionFormModal';
import { ActionEvidenceFiles } from './ActionEvidenceFiles';
import { ActionHistory } from './ActionHistory';
import { ActionStatusBadge } from './ActionStatusBadge';
import { DueBadge } from './DueBadge';
import { FindingClassBadge } from './FindingClassBadge';
import { ActionStepForm } from './ActionStepForm';
import { stepFields } from './moveKinds';
import type { StepField } from './moveKinds';

interface ActionDrawerProps {
  actionId: string | null;
  onClose(): void;
}

export function ActionDrawer({ actionId, onClose }: ActionDrawerProps) {
  const { t } = useI18n();
  // The edit dialog lives beside the drawer, so closing the drawer never takes unsaved changes with it; while
  // the dialog is open, Esc is the dialog's alone (Mantine closes every open drawer and dialog on Esc).
  const [editing, setEditing] = useState<ActionDetail | null>(null);
  return (
    <>
      <Drawer opened={actionId !== null} onClose={onClose} closeOnEscape={editing === null} position="right" size="xl" title={t('actions.title')} returnFocus>
        {actionId && <ActionDetailView key={actionId} actionId={actionId} onEdit={setEditing} onDeleted={onClose} />}
      </Drawer>
      <ActionFormModal target={editing ? { kind: 'edit', action: editing } : null} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} />
    </>
  );
}

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600} mb={2}>
        {label}
      </Text>
      {children}
    </div>
  );
}

function Body({ text }: { text: string }) {
  const { t } = useI18n();
  return text.trim() ? (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  ) : (
    <Text size="sm" c="dimmed" fs="italic">
      {t('actions.detail.notYet')}
    </Text>
  );
}

function ActionDetailView({ actionId, onEdit, onDeleted }: { actionId: string; onEdit(action: ActionDetail): void; onDeleted(): void }) {
  const { t } = useI18n();
  const detail = useApiQuery('actions.get', { id: actionId });
  const remove = useApiCommand('actions.delete');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const action = detail.data;
  if (!action) return <Text c="dimmed">{t('common.loading')}</Text>;

  const canEdit = editableFields[action.status].length > 0;
  // What the step form asks for is not shown a second time above it.
  const asked = (field: StepField) => (stepFields[action.status] ?? []).includes(field);
  const deleteAction = async () => {
    setConfirmDelete(false);
    if (!(await remove.run({ id: action.id }))) return;
    notifications.show({ message: t('actions.deleted') });
    onDeleted();
  };

  return (
    <Stack gap="md" data-testid="action-detail">
      <div>
        <Title order={3} size="h4">
          {t('actions.detail.title', { number: action.findingNumber })}
        </Title>
        <Group gap="xs" mt={6}>
          <ActionStatusBadge status={action.status} />
          <DueBadge action={action} />
          <Text size="sm" c="dimmed">
            {t('actions.col.due')}: {formatCalendarDate(action.dueDate)} · {t('actions.detail.openedOn', { date: formatCalendarDate(action.openedOn), days: action.ageDays })}
          </Text>
        </Group>
      </div>

      <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
        <Group gap={8} mb={4}>
          <Text size="sm" fw={600}>
            {t('actions.detail.finding')}
          </Text>
          <FindingClassBadge findingClass={action.findingClass} />
        </Group>
        <Text size="sm">{action.findingDescription}</Text>
        <Text size="xs" c="dimmed" mt={4}>
          {t('actions.detail.audit')}: {t(`actions.kind.${action.auditKind}`)}, {action.auditTitle}
        </Text>
      </Paper>

      <ActionStepForm action={action} />
      {action.status === CLOSED_ACTION_STATUS && (
        <Alert color="green" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t('actions.detail.closedNote')}
        </Alert>
      )}
      {action.status === 'cho_xac_minh' && (
        <Alert color="indigo" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('actions.detail.awaitingNote')}
        </Alert>
      )}

      <Group justify="space-between">
        <Section label={t('actions.detail.owner')}>
          <Text size="sm">
            {action.ownerUnitName} · {action.ownerPersonName ?? t('actions.noOwnerPerson')}
          </Text>
        </Section>
        <Group gap="xs">
          {canEdit && (
            <Button variant="default" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => onEdit(action)}>
              {t('actions.detail.edit')}
            </Button>
          )}
          {action.status === 'moi' && (
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirmDelete(true)}>
              {t('actions.detail.delete')}
            </Button>
          )}
        </Group>
      </Group>
      <Section label={t('actions.form.correction')}>
        <Body text={action.correction} />
      </Section>
      {action.fiveWhys.length > 0 && (
        <Section label={t('actions.detail.fiveWhys')}>
          <List type="ordered" size="sm" spacing={2}>
            {action.fiveWhys.map((answer, index) => (
              <List.Item key={index}>{answer}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {!asked('rootCause') && (
        <Section label={t('actions.form.rootCause')}>
          <Body text={action.rootCause} />
        </Section>
      )}
      {!asked('actionPlan') && (
        <Section label={t('actions.form.plan')}>
          <Body text={action.actionPlan} />
        </Section>
      )}
      {!asked('completionEvidence') && (
        <Section label={t('actions.form.evidence')}>
          <Body text={action.completionEvidence} />
          <ActionEvidenceFiles action={action} editable={false} />
        </Section>
      )}
      <Section label={t('actions.detail.verification')}>
        {action.verificationResult && action.verifierName && action.verificationDate ? (
          <Text size="sm">
            {t('actions.detail.verifiedBy', {
              result: t(`actions.result.${action.verificationResult}`),
              name: action.verifierName,
              date: formatCalendarDate(action.verificationDate),
            })}
          </Text>
        ) : (
          <Body text="" />
        )}
      </Section>

      <Divider />
      <Title order={4} size="h5">
        {t('actions.detail.history')}
      </Title>
      <ActionHistory events={action.history} />

      <ConfirmDialog
        opened={confirmDelete}
        title={t('actions.confirmDeleteTitle')}
        message={t('actions.confirmDelete', { number: action.findingNumber })}
        confirmLabel={t('actions.detail.delete')}
        danger
        onConfirm={() => void deleteAction()}
        onCancel={() => setConfirmDelete(false)}
      />
    </Stack>
  );
}
