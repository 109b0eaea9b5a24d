import { Alert, Button, Center, Group, Image, Loader, Modal, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import type { EvidenceContent, EvidenceView } from '../../../../../electron/shared/contract/evidence';
import { api } from '../../../api/client';
import { useI18n } from '../../../i18n/I18nProvider';
import { base64Blob, saveBase64File } from '../../../api/binaryFiles';

/** An image or a PDF shown from the stored bytes; anything can be saved to the computer. */
export function EvidencePreview({ evidence, onClose }: { evidence: EvidenceView | null; onClose(): void }) {
  const { t } = useI18n();
  const [content, setContent] = useState<{ id: string; value?: EvidenceContent; error?: string }>();
  useEffect(() => {
    if (!evidence) return;
    let superseded = false;
    void api.call('evidence.content', { id: evidence.id }).then((result) => {
      if (!superseded) setContent(result.ok ? { id: evidence.id, value: result.value } : { id: evidence.id, error: result.error.message });
    });
    return () => {
      superseded = true;
    };
  }, [evidence]);
  const loaded = content && evidence && content.id === evidence.id ? content : undefined;
  const url = useMemo(() => (loaded?.value && evidence?.previewKind ? URL.createObjectURL(base64Blob(loaded.value.base64, loaded.value.mimeType)) : null), [loaded, evidence]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  return (
    <Modal opened={evidence !== null} onClose={onClose} title={evidence?.fileName} size="min(1100px, 95vw)" centered returnFocus>
      {!loaded ? (
        <Center h={200}>
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : loaded.error ? (
        <Alert color="red">{loaded.error}</Alert>
      ) : (
        <Stack>
          <Group justify="flex-end">
            <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => loaded.value && saveBase64File(loaded.value.fileName, loaded.value.base64, loaded.value.mimeType)}>
              {t('audits.evidence.download')}
            </Button>
          </Group>
          {url && evidence?.previewKind === 'image' && <Image src={url} alt={evidence.fileName} fit="contain" mah="75vh" />}
          {url && evidence?.previewKind === 'pdf' && <iframe src={url} title={evidence.fileName} style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-gray-3)' }} />}
          {!evidence?.previewKind && <Alert color="gray">{t('audits.evidence.noPreview')}</Alert>}
        </Stack>
      )}
    </Modal>
  );
}
