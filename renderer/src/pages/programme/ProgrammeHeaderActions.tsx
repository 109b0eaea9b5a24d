import { Button, Group, Menu } from '@mantine/core';
import { IconArrowBackUp, IconChecks, IconChevronDown, IconFileSpreadsheet, IconFileTypePdf, IconFileText, IconFileWord, IconPrinter, IconRefresh, IconTrash } from '@tabler/icons-react';
import type { ProgrammeView } from '../../../../electron/shared/contract/programme';
import { useI18n } from '../../i18n/I18nProvider';
import type { ProgrammeOutput } from './useProgrammeFiles';

interface ProgrammeHeaderActionsProps {
  programme: ProgrammeView;
  exporting: ProgrammeOutput | null;
  onApprove(): void;
  onExport(what: ProgrammeOutput): void;
  onRegenerate(): void;
  onWording(): void;
  onReopen(): void;
  onDiscard(): void;
}

/** The primary action on the right: approve a draft, print an approved plan; the rest in order of use. */
export function ProgrammeHeaderActions({ programme, exporting, onApprove, onExport, onRegenerate, onWording, onReopen, onDiscard }: ProgrammeHeaderActionsProps) {
  const { t } = useI18n();
  const draft = programme.status === 'draft';
  const pdfButton = (
    <Button
      variant={draft ? 'default' : 'filled'}
      leftSection={<IconFileTypePdf size={18} aria-hidden />}
      loading={exporting === 'pdf'}
      onClick={() => onExport('pdf')}
    >
      {t('programme.exportPdf')}
    </Button>
  );
  return (
    <Group gap="sm" wrap="nowrap">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
            {t('programme.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} aria-hidden />} disabled={exporting === 'xlsx'} onClick={() => onExport('xlsx')}>
            {t('programme.exportXlsx')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileWord size={16} aria-hidden />} disabled={exporting === 'docx'} onClick={() => onExport('docx')}>
            {t('wordCopies.download')}
          </Menu.Item>
          <Menu.Item leftSection={<IconPrinter size={16} aria-hidden />} disabled={exporting === 'print'} onClick={() => onExport('print')}>
            {t('documentOutput.print')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileText size={16} aria-hidden />} onClick={onWording}>
            {t('programme.wording')}
          </Menu.Item>
          {draft ? (
            <>
              <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRegenerate}>
                {t('programme.regenerate')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDiscard}>
                {t('programme.discard')}
              </Menu.Item>
            </>
          ) : (
            <Menu.Item leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={onReopen}>
              {t('programme.reopen')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {pdfButton}
      {draft && (
        <Button leftSection={<IconChecks size={18} aria-hidden />} onClick={onApprove} disabled={!programme.canApprove}>
          {t('programme.approve')}
        </Button>
      )}
    </Group>
  );
}
