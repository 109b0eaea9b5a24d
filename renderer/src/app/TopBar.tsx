import { Button, Group, SegmentedControl, Select, Text, Title } from '@mantine/core';
import { IconKeyboard, IconUser } from '@tabler/icons-react';
import type { ProfileView } from '../../../electron/shared/contract/profiles';
import type { SearchHit } from '../../../electron/shared/contract/search';
import { useI18n } from '../i18n/I18nProvider';
import type { Language } from '../../../electron/shared/i18n/catalog';
import { GlobalSearch } from './GlobalSearch';

interface TopBarProps {
  year: number;
  years: number[];
  onYearChange(year: number): void;
  profile: ProfileView | null;
  onOpenHelp(): void;
  onOpenSearchHit(hit: SearchHit): void;
}

export function TopBar({ year, years, onYearChange, profile, onOpenHelp, onOpenSearchHit }: TopBarProps) {
  const { t, language, setLanguage } = useI18n();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Title order={2} size="h4" style={{ whiteSpace: 'nowrap' }}>
        {t('app.title')}
      </Title>
      <Group gap="sm" wrap="nowrap">
        <GlobalSearch onOpen={onOpenSearchHit} />
        <Select
          aria-label={t('topbar.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(value) => value && onYearChange(Number(value))}
          allowDeselect={false}
          w={96}
        />
        <SegmentedControl
          aria-label={t('topbar.language')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          data={[
            { value: 'vi', label: 'VI' },
            { value: 'en', label: 'EN' },
          ]}
        />
        <Group gap={6} wrap="nowrap" aria-label={t('topbar.profile')}>
          <IconUser size={18} aria-hidden />
          <Text size="sm" data-testid="current-profile">
            {profile ? profile.fullName : t('topbar.noProfile')}
          </Text>
        </Group>
        <Button variant="subtle" size="compact-sm" leftSection={<IconKeyboard size={18} aria-hidden />} onClick={onOpenHelp} style={{ flexShrink: 0 }}>
          {t('topbar.help')}
        </Button>
      </Group>
    </Group>
  );
}
