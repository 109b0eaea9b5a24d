import { Alert, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { cchcScopeByCategory } from '../../../electron/shared/cchcScope';
import type { UnitView } from '../../../electron/shared/contract/units';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The target 1.2 rule the registry follows (by legal category and the public-service setting), how
 * many active units it puts in scope, and the units whose own choice differs from it.
 */
export function ScopeRuleNote({ units, includePublicServiceUnits }: { units: UnitView[]; includePublicServiceUnits: boolean }) {
  const { t } = useI18n();
  const active = units.filter((unit) => unit.active);
  const overrides = active.filter((unit) => unit.inCchcScope !== cchcScopeByCategory(unit.category, includePublicServiceUnits).inScope);
  return (
    <Alert variant="light" color="blue" icon={<IconListCheck size={20} aria-hidden />} title={t('scope.ruleTitle')} mb="md" data-testid="scope-rule">
      <Text size="sm">{t(includePublicServiceUnits ? 'scope.ruleWithPublic' : 'scope.ruleWithoutPublic')}</Text>
      <Text size="sm">
        {t('scope.counts', { inScope: active.filter((unit) => unit.inCchcScope).length, total: active.length })}
        {overrides.length > 0 && ` ${t('scope.overrides', { names: overrides.map((unit) => `${unit.name} (${t(unit.inCchcScope ? 'units.inScope' : 'units.outOfScope').toLocaleLowerCase('vi')})`).join('; ') })}`}
      </Text>
    </Alert>
  );
}
