import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProfileView } from '../../../../electron/shared/contract/profiles';
import { PageHeader } from '../../components/PageHeader';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useUnitList } from '../../hooks/useRegistryLists';
import { useI18n } from '../../i18n/I18nProvider';
import { BackupsSection } from '../backups/BackupsSection';
import { IdentitySection } from '../identity/IdentitySection';
import { PackagesSection } from '../packages/PackagesSection';
import { HolidaysSettings } from '../programme/HolidaysSettings';
import { SchedulingRulesForm } from '../programme/SchedulingRulesForm';
import { CchcScopeSetting } from './CchcScopeSetting';
import { LegalBasesEditor } from './LegalBasesEditor';
import { OrganizationForm } from './OrganizationForm';
import { ProfileForm } from './ProfileForm';
import { ReportingPeriodsForm } from './ReportingPeriodsForm';
import { RulesForm } from './RulesForm';
import { SealImageSettings } from './SealImageSettings';
import { TimestampServerForm } from './TimestampServerForm';
import { TrustListSettings } from './TrustListSettings';

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section">
      <Title order={2} size="h4" mb={4}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="md">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

export function SettingsPage({ onProfileChange }: { onProfileChange(profile: ProfileView): void }) {
  const { t } = useI18n();
  const organization = useApiQuery('organization.get', {});
  const settings = useApiQuery('settings.get', {});
  const profiles = useApiQuery('profiles.list', {});
  const units = useUnitList();
  const info = useApiQuery('app.info', {});
  const current = profiles.data?.find((p) => p.isCurrent);

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Stack maw={900}>
        {current && (
          <Section title={t('settings.profile')} hint={t('settings.profileHint')}>
            <ProfileForm
              profile={current}
              profiles={profiles.data ?? []}
              units={units.data ?? []}
              onChanged={onProfileChange}
            />
          </Section>
        )}
        {organization.data && (
          <Section title={t('settings.organization')} hint={t('settings.organizationHint')}>
            <OrganizationForm organization={organization.data} />
          </Section>
        )}
        {organization.data && (
          <Section title={t('legalBases.title')} hint={t('legalBases.hint')}>
            <LegalBasesEditor organization={organization.data} />
          </Section>
        )}
        {settings.data && (
          <Section title={t('scope.ruleTitle')}>
            <CchcScopeSetting includePublicServiceUnits={settings.data.includePublicServiceUnits} />
          </Section>
        )}
        {settings.data && (
          <Section title={t('settings.rules')}>
            <RulesForm settings={settings.data} />
          </Section>
        )}
        {settings.data && (
          <Section title={t('scheduling.title')} hint={t('scheduling.hint')}>
            <SchedulingRulesForm settings={settings.data} />
          </Section>
        )}
        {settings.data && (
          <Section title={t('reporting.title')} hint={t('reporting.hint')}>
            <ReportingPeriodsForm settings={settings.data} />
          </Section>
        )}
        <Section title={t('holidays.title')} hint={t('holidays.hint')}>
          <HolidaysSettings />
        </Section>
        <Section title={t('seal.title')} hint={t('seal.hint')}>
          <SealImageSettings />
        </Section>
        <Section title={t('trustList.title')} hint={t('trustList.hint')}>
          <TrustListSettings />
        </Section>
        {settings.data && (
          <Section title={t('signingRules.settings.title')} hint={t('signingRules.settings.hint')}>
            <TimestampServerForm settings={settings.data} />
          </Section>
        )}
        <Section title={t('identity.title')} hint={t('identity.hint')}>
          <IdentitySection />
        </Section>
        <Section title={t('backups.title')} hint={t('backups.hint')}>
          <BackupsSection onRestored={() => window.location.reload()} />
        </Section>
        <Section title={t('packages.title')} hint={t('packages.hint')}>
          <PackagesSection />
        </Section>
        {info.data && (
          <Text size="sm" c="dimmed">
            {t('settings.version')}: {info.data.version} · {t('settings.dataDir')}: {info.data.dataDir}
          </Text>
        )}
      </Stack>
    </>
  );
}
