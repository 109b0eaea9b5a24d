import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ActionDetail } from '../../../../electron/shared/contract/actions';
import type { EvidenceView } from '../../../../electron/shared/contract/evidence';
import { useI18n } from '../../i18n/I18nProvider';
import { EvidenceChips } from '../audits/evidence/EvidenceChips';
import { EvidencePreview } from '../audits/evidence/EvidencePreview';
import { useEvidenceFiles } from '../audits/evidence/useEvidence';

/** The action's completion evidence files: each opens to preview and download; while implementing, files are attached and removed here. */
export function ActionEvidenceFiles({ action, editable }: { action: ActionDetail; editable: boolean }) {
  const { t } = useI18n();
  const files = useEvidenceFiles(action.auditId);
  const [previewing, setPreviewing] = useState<EvidenceView | null>(null);
  if (!editable && action.evidenceFiles.length === 0) return null;
  return (
    <Stack gap={4} mt={6} data-testid="action-evidence-files">
      <Text size="sm" fw={500}>
        {t('actionSteps.files')}
      </Text>
      {action.evidenceFiles.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('actionSteps.noFiles')}
        </Text>
      )}
      <EvidenceChips
        evidence={action.evidenceFiles}
        readOnly={!editable}
        attachLabel={t('actionSteps.attachLabel')}
        onAttach={(chosen) => void files.attach({ correctiveActionId: action.id }, chosen)}
        onOpen={setPreviewing}
        onRemove={(file) => void files.remove(file)}
      />
      <EvidencePreview evidence={previewing} onClose={() => setPreviewing(null)} />
    </Stack>
  );
}
