import { Group, Select } from '@mantine/core';
import { auditKinds, auditStatuses } from '../../../../../electron/shared/contract/vocabulary';
import type { AuditKind, AuditStatus } from '../../../../../electron/shared/contract/vocabulary';
import { useI18n } from '../../../i18n/I18nProvider';

export interface AuditFilterValues {
  year: number | null;
  kind: AuditKind | null;
  unitId: string | null;
  status: AuditStatus | null;
}

interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange(value: AuditFilterValues): void;
  years: number[];
  units: { id: string; name: string }[];
}

export function AuditFilters({ value, onChange, years, units }: AuditFiltersProps) {
  const { t } = useI18n();
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Group mb="md" align="flex-end" gap="sm">
      <Select
        label={t('audits.filter.year')}
        placeholder={t('audits.filter.allYears')}
        clearable
        w={150}
        data={years.map(String)}
        value={value.year === null ? null : String(value.year)}
        onChange={(year) => set({ year: year ? Number(year) : null })}
      />
      <Select
        label={t('audits.filter.kind')}
        placeholder={t('audits.filter.allKinds')}
        clearable
        w={190}
        data={auditKinds.map((kind) => ({ value: kind, label: t(`audits.kind.${kind}`) }))}
        value={value.kind}
        onChange={(kind) => set({ kind: kind as AuditKind | null })}
      />
      <Select
        label={t('audits.filter.unit')}
        placeholder={t('audits.filter.allUnits')}
        clearable
        searchable
        w={300}
        data={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        value={value.unitId}
        onChange={(unitId) => set({ unitId })}
      />
      <Select
        label={t('audits.filter.status')}
        placeholder={t('audits.filter.allStatuses')}
        clearable
        w={190}
        data={auditStatuses.map((status) => ({ value: status, label: t(`audits.status.${status}`) }))}
        value={value.status}
        onChange={(status) => set({ status: status as AuditStatus | null })}
      />
    </Group>
  );
}
