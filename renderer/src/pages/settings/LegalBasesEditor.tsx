import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconArchive, IconArchiveOff, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { LegalBasisView } from '../../../../electron/shared/contract/legalBases';
import type { OrganizationView } from '../../../../electron/shared/contract/organization';
import { fillLegalBasis } from '../../../../electron/shared/legalBasisText';
import { useWorkingYear } from '../../app/WorkingYear';
import { EmptyHint } from '../../components/EmptyHint';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { RowAction } from '../../components/RowAction';
import { LegalBasisFormModal } from './LegalBasisFormModal';
import type { LegalBasisFormValues } from './LegalBasisFormModal';

/** Cài đặt → Căn cứ pháp lý: the "Căn cứ …;" lines of documents, in print order, with the documents each goes on. */
export function LegalBasesEditor({ organization }: { organization: OrganizationView }) {
  const { t } = useI18n();
  const year = useWorkingYear();
  const [showRetired, setShowRetired] = useState(false);
  const bases = useApiQuery('legalBases.list', { includeRetired: showRetired });
  const create = useApiCommand('legalBases.create');
  const update = useApiCommand('legalBases.update');
  const reorder = useApiCommand('legalBases.reorder');
  const setRetired = useApiCommand('legalBases.setRetired');
  const [form, setForm] = useState<{ editing: LegalBasisView | null } | null>(null);

  const list = bases.data ?? [];
  const inUse = list.filter((basis) => !basis.retired);

  const save = async (values: LegalBasisFormValues) => {
    const editing = form?.editing;
    const saved = editing ? await update.run({ id: editing.id, ...values }) : await create.run(values);
    if (!saved) return;
    notifications.show({ color: 'green', message: t('legalBases.saved') });
    setForm(null);
  };
  const move = async (basis: LegalBasisView, offset: -1 | 1) => {
    const ids = inUse.map((b) => b.id);
    const from = ids.indexOf(basis.id);
    const to = from + offset;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await reorder.run({ ids });
  };
  const toggleRetired = async (basis: LegalBasisView) => {
    if (!(await setRetired.run({ id: basis.id, retired: !basis.retired }))) return;
    notifications.show({ message: t(basis.retired ? 'legalBases.restored' : 'legalBases.retired') });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Switch label={t('legalBases.showRetired')} checked={showRetired} onChange={(event) => setShowRetired(event.currentTarget.checked)} />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setForm({ editing: null })}>
          {t('legalBases.add')}
        </Button>
      </Group>
      {list.length === 0 && bases.data && <EmptyHint message={t('legalBases.empty')} />}
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('legalBases.title')}>
        {list.map((basis) => (
            <Paper key={basis.id} component="li" withBorder p="sm" radius="sm" data-testid="legal-basis" opacity={basis.retired ? 0.7 : 1}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4} style={{ flex: 1 }}>
                  <Text fw={500}>{basis.text}</Text>
                  {/\{.+\}/.test(basis.text) && (
                    <Text size="sm" c="dimmed" fs="italic">
                      {t('legalBases.preview', { year, text: fillLegalBasis(basis.text, organization, year) })}
                    </Text>
                  )}
                  <Group gap={6}>
                    {basis.retired && (
                      <Badge color="gray" leftSection={<IconArchive size={12} aria-hidden />}>
                        {t('legalBases.retiredBadge')}
                      </Badge>
                    )}
                    {basis.documentKinds.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('legalBases.noKinds')}
                      </Text>
                    ) : (
                      basis.documentKinds.map((kind) => (
                        <Badge key={kind} variant="light">
                          {t(`legalBases.kind.${kind}`)}
                        </Badge>
                      ))
                    )}
                  </Group>
                </Stack>
                <Group gap={2} wrap="nowrap">
                  {!basis.retired && (
                    <>
                      <RowAction label={t('legalBases.moveUp')} subject={basis.text} icon={IconArrowUp} onClick={() => void move(basis, -1)} />
                      <RowAction label={t('legalBases.moveDown')} subject={basis.text} icon={IconArrowDown} onClick={() => void move(basis, 1)} />
                      <RowAction label={t('legalBases.edit')} subject={basis.text} icon={IconPencil} onClick={() => setForm({ editing: basis })} />
                    </>
                  )}
                  <RowAction
                    label={t(basis.retired ? 'legalBases.restore' : 'legalBases.retire')}
                    subject={basis.text}
                    icon={basis.retired ? IconArchiveOff : IconArchive}
                    color={basis.retired ? undefined : 'red'}
                    onClick={() => void toggleRetired(basis)}
                  />
                </Group>
              </Group>
            </Paper>
        ))}
      </Stack>
      <LegalBasisFormModal
        opened={form !== null}
        editing={form?.editing ?? null}
        organization={organization}
        year={year}
        saving={create.running || update.running}
        onSubmit={(values) => void save(values)}
        onClose={() => setForm(null)}
      />
    </Stack>
  );
}
