import { Combobox, Text, TextInput, useCombobox } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { SearchGroup, SearchHit } from '../../../electron/shared/contract/search';
import { useI18n } from '../i18n/I18nProvider';
import { useGlobalSearch } from './useGlobalSearch';

const optionValue = (hit: SearchHit) => `${hit.kind}:${hit.id}`;

/**
 * The header's search box: a combobox whose list holds the hits grouped by kind. Ctrl+K focuses it from
 * anywhere, the arrows move through the hits, Enter opens the one reached (or the first), Esc closes the list.
 */
export function GlobalSearch({ onOpen }: { onOpen(hit: SearchHit): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { settled, groups, searching } = useGlobalSearch(text);
  // Inputs are not ignored: Ctrl+K moves to the search from inside any field.
  useHotkeys(
    [
      [
        'mod+K',
        () => {
          input.current?.focus();
          input.current?.select();
          if (text.trim()) combobox.openDropdown();
        },
      ],
    ],
    [],
  );

  const hits = groups.flatMap((group) => group.hits);
  const groupLabel = (group: SearchGroup) => {
    const kind = t(`wayfinding.search.kind.${group.kind}`);
    return group.total > group.hits.length
      ? t('wayfinding.search.groupMore', { kind, shown: group.hits.length, total: group.total })
      : t('wayfinding.search.group', { kind, total: group.total });
  };
  const open = (value: string) => {
    const hit = hits.find((candidate) => optionValue(candidate) === value);
    if (!hit) return;
    combobox.closeDropdown();
    setText('');
    input.current?.blur();
    onOpen(hit);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} width={520} position="bottom-end" offset={4}>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={input}
          aria-label={t('topbar.search')}
          placeholder={t('topbar.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (event.currentTarget.value.trim()) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onFocus={() => text.trim() && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            // Enter before any arrow opens the first hit.
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && hits[0]) {
              event.preventDefault();
              open(optionValue(hits[0]));
            }
          }}
          w={300}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!text.trim()}>
        <Combobox.Options aria-label={t('wayfinding.search.results')} mah="min(70vh, 560px)" style={{ overflowY: 'auto' }}>
          {groups.map((group) => (
            <Combobox.Group key={group.kind} label={groupLabel(group)}>
              {group.hits.map((hit) => (
                <Combobox.Option key={optionValue(hit)} value={optionValue(hit)}>
                  <Text size="sm" lineClamp={2}>
                    {hit.title}
                  </Text>
                  {hit.detail && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {hit.detail}
                    </Text>
                  )}
                </Combobox.Option>
              ))}
            </Combobox.Group>
          ))}
        </Combobox.Options>
        {groups.length === 0 && (
          <Text size="sm" c="dimmed" p="sm" role="status">
            {searching ? t('wayfinding.search.searching') : t('wayfinding.search.nothing', { text: settled })}
          </Text>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
