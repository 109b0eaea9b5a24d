import { ActionIcon, Badge, Button, FileButton, Group, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFile, IconFileTypePdf, IconPaperclip, IconPhoto, IconX } from '@tabler/icons-react';
import type { EvidenceView } from '../../../../../electron/shared/contract/evidence';
import { useI18n } from '../../../i18n/I18nProvider';

interface EvidenceChipsProps {
  evidence: EvidenceView[];
  readOnly: boolean;
  /** The attach button's own label names what the files go to, for screen readers. */
  attachLabel: string;
  /** A paper-clip alone (named by `attachLabel`), where a row has no room for the word. */
  iconOnly?: boolean;
  /**
   * The list around shows the attach button's hint from its `data-key-hint` (see `useKeyHint`): a tooltip of
   * its own on every row of a long list costs too much to mount while it scrolls.
   */
  hintShownByList?: boolean;
  onAttach(files: File[]): void;
  onOpen(evidence: EvidenceView): void;
  onRemove(evidence: EvidenceView): void;
}

const icons = { image: IconPhoto, pdf: IconFileTypePdf };

/** Attached files as chips (open to preview, × to remove), and the button that opens the file dialog. */
export function EvidenceChips({ evidence, readOnly, attachLabel, iconOnly = false, hintShownByList = false, onAttach, onOpen, onRemove }: EvidenceChipsProps) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="wrap">
      {evidence.map((file) => {
        const Icon = file.previewKind ? icons[file.previewKind] : IconFile;
        return (
          <Badge
            key={file.id}
            variant="light"
            color="gray"
            tt="none"
            size="lg"
            radius="sm"
            leftSection={<Icon size={14} aria-hidden />}
            rightSection={
              readOnly ? undefined : (
                <ActionIcon size="xs" variant="transparent" color="gray" aria-label={t('audits.evidence.removeNamed', { name: file.fileName })} onClick={() => onRemove(file)}>
                  <IconX size={12} aria-hidden />
                </ActionIcon>
              )
            }
            styles={{ label: { maxWidth: 260 } }}
          >
            <UnstyledButton onClick={() => onOpen(file)} title={file.fileName} fz="sm" style={{ overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 240 }}>
              {file.fileName}
            </UnstyledButton>
          </Badge>
        );
      })}
      {!readOnly && (
        <FileButton onChange={(files) => onAttach(files)} multiple>
          {(props) => {
            const hint = t('audits.evidence.attachHint');
            const keyHint = hintShownByList ? hint : undefined;
            const button = iconOnly ? (
              <ActionIcon {...props} data-attach data-key-hint={keyHint} variant="subtle" size={24} aria-label={attachLabel}>
                <IconPaperclip size={16} aria-hidden />
              </ActionIcon>
            ) : (
              <Button {...props} data-attach data-key-hint={keyHint} size="compact-sm" variant="subtle" leftSection={<IconPaperclip size={14} aria-hidden />} aria-label={attachLabel}>
                {t('audits.evidence.attach')}
              </Button>
            );
            return hintShownByList ? (
              button
            ) : (
              <Tooltip label={hint} openDelay={400}>
                {button}
              </Tooltip>
            );
          }}
        </FileButton>
      )}
    </Group>
  );
}
