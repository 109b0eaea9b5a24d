import { Alert, Loader } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChecklistEditor } from './ChecklistEditor';
import { useVersion } from './useChecklists';

interface VersionContentProps {
  versionId: string;
}

/** The chosen version's sections and items: editable when it is the draft, frozen otherwise. */
export function VersionContent({ versionId }: VersionContentProps) {
  const { t } = useI18n();
  const version = useVersion(versionId);
  const detail = version.data?.version.id === versionId ? version.data : undefined;
  if (!detail) return <Loader aria-label={t('common.loading')} />;
  const editable = detail.version.status === 'draft';
  return (
    <>
      {!editable && (
        <Alert color="gray" icon={<IconLock aria-hidden />} mb="sm" p="xs">
          {t('checklists.frozenNotice', { version: detail.version.version })}
        </Alert>
      )}
      <ChecklistEditor versionId={versionId} version={detail.version.version} sections={detail.sections} editable={editable} />
    </>
  );
}
