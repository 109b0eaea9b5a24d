import { Badge } from '@mantine/core';
import { IconBuildingBank, IconCertificate } from '@tabler/icons-react';
import type { AuditKind } from '../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../i18n/I18nProvider';

/** Kinds are not statuses: a neutral outline badge with an icon and the words. */
export function KindBadge({ kind }: { kind: AuditKind }) {
  const { t } = useI18n();
  const Icon = kind === 'CCHC' ? IconBuildingBank : IconCertificate;
  return (
    <Badge variant="outline" color="dark" tt="none" size="md" fw={500} leftSection={<Icon size={12} aria-hidden />} style={{ whiteSpace: 'nowrap', overflow: 'visible' }}>
      {t(`programme.kind.${kind}`)}
    </Badge>
  );
}
