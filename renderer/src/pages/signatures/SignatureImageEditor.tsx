import { Alert, Button, FileButton, Group, Image, Modal, Paper, Stack, Tabs, Text } from '@mantine/core';
import { IconPhotoUp, IconSignature, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormActions } from '../../components/FormActions';
import { useApiCommand } from '../../hooks/useApiCommand';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../../../electron/shared/i18n/catalog';
import { IMPORTABLE_TYPES, importSignatureImage } from './importSignatureImage';
import { SignaturePad } from './SignaturePad';
import { strokesToPngBase64 } from './signatureStrokes';
import type { Stroke } from './signatureStrokes';
import { useSignatureImage } from './useSignatureImage';

interface SignatureImageEditorProps {
  opened: boolean;
  personId: string;
  personName: string;
  onClose(): void;
}

const pngSource = (base64: string) => `data:image/png;base64,${base64}`;

/** Draw a signature or import a photo of one; it is placed in this person's block on every minutes. */
export function SignatureImageEditor({ opened, personName, onClose, ...editor }: SignatureImageEditorProps) {
  const { t } = useI18n();
  return (
    <Modal opened={opened} onClose={onClose} title={t('signatures.editorTitle', { name: personName })} size="lg" centered returnFocus>
      {/* Mounted only while open, so each opening starts with an empty pad. */}
      {opened && <SignatureEditorBody personName={personName} onClose={onClose} {...editor} />}
    </Modal>
  );
}

function SignatureEditorBody({ personId, personName, onClose }: Omit<SignatureImageEditorProps, 'opened'>) {
  const { t } = useI18n();
  const current = useSignatureImage(personId);
  const save = useApiCommand('signatures.save');
  const remove = useApiCommand('signatures.remove');
  const [mode, setMode] = useState<string | null>('draw');
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [imported, setImported] = useState<string | null>(null);
  const [importError, setImportError] = useState<MessageKey | null>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);

  const candidate = mode === 'draw' ? (strokes.length > 0 ? 'drawn' : null) : imported;
  const submit = async () => {
    const pngBase64 = mode === 'draw' ? strokesToPngBase64(strokes) : imported;
    if (!pngBase64) return;
    if (await save.run({ personId, pngBase64 })) onClose();
  };
  const onImport = async (file: File | null) => {
    if (!file) return;
    const result = await importSignatureImage(file);
    if ('failure' in result) {
      setImported(null);
      setImportError(`signatures.importFailed.${result.failure}` as MessageKey);
    } else {
      setImportError(null);
      setImported(result.pngBase64);
    }
  };

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Paper withBorder p="sm" radius="md">
            <Group justify="space-between" align="center">
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('signatures.current')}
                </Text>
                {current.data ? (
                  <Image src={pngSource(current.data.pngBase64)} alt={t('signatures.currentAlt', { name: personName })} h={64} w="auto" fit="contain" />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('signatures.none')}
                  </Text>
                )}
              </Stack>
              {current.data && (
                <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirmingRemoval(true)}>
                  {t('signatures.remove')}
                </Button>
              )}
            </Group>
          </Paper>
          <Tabs value={mode} onChange={setMode} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="draw" leftSection={<IconSignature size={16} aria-hidden />}>
                {t('signatures.tabDraw')}
              </Tabs.Tab>
              <Tabs.Tab value="import" leftSection={<IconPhotoUp size={16} aria-hidden />}>
                {t('signatures.tabImport')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="draw" pt="sm">
              <SignaturePad strokes={strokes} onChange={setStrokes} />
            </Tabs.Panel>
            <Tabs.Panel value="import" pt="sm">
              <Stack>
                <Text size="sm">{t('signatures.importHint')}</Text>
                <FileButton onChange={(file) => void onImport(file)} accept={IMPORTABLE_TYPES.join(',')}>
                  {(props) => (
                    <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} aria-hidden />} w="fit-content">
                      {t('signatures.chooseImage')}
                    </Button>
                  )}
                </FileButton>
                {importError && (
                  <Alert color="red" role="alert">
                    {t(importError)}
                  </Alert>
                )}
                {imported && <Image src={pngSource(imported)} alt={t('signatures.importedAlt')} h={96} w="auto" fit="contain" bg="gray.0" />}
              </Stack>
            </Tabs.Panel>
          </Tabs>
          <Text size="xs" c="dimmed">
            {t('signatures.placementNote')}
          </Text>
          <FormActions saving={save.running} dirty={candidate !== null} onCancel={onClose} />
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirmingRemoval}
        title={t('signatures.confirmRemoveTitle')}
        message={t('signatures.confirmRemove', { name: personName })}
        confirmLabel={t('signatures.remove')}
        danger
        onCancel={() => setConfirmingRemoval(false)}
        onConfirm={() => {
          setConfirmingRemoval(false);
          void remove.run({ personId });
        }}
      />
    </>
  );
}
