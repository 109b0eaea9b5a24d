import type { ChecklistItemView, ChecklistSectionView } from '../../../../electron/shared/contract/checklists';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import type { EditorRow } from './editorRows';
import { ItemFormModal } from './ItemFormModal';
import type { ItemFormValues } from './ItemFormModal';
import { SectionFormModal } from './SectionFormModal';
import type { SectionFormValues } from './SectionFormModal';
import type { useEditorCommands } from './useEditorCommands';

/** The one dialog the editor has open: an item form, a section form, or a delete confirmation. */
export type EditorDialog =
  | { kind: 'item'; section: ChecklistSectionView; item: ChecklistItemView | null }
  | { kind: 'section'; section: ChecklistSectionView | null }
  | { kind: 'delete'; row: EditorRow };

/** The next free whole-number section code, as a suggestion for a new section. */
function nextSectionCode(sections: readonly ChecklistSectionView[]): string {
  const numbers = sections.map((s) => Number(s.code)).filter(Number.isInteger);
  return String(numbers.length > 0 ? Math.max(...numbers) + 1 : sections.length + 1);
}

interface EditorDialogsProps {
  versionId: string;
  sections: ChecklistSectionView[];
  commands: ReturnType<typeof useEditorCommands>;
  dialog: EditorDialog | null;
  onClose(): void;
}

export function EditorDialogs({ versionId, sections, commands, dialog, onClose }: EditorDialogsProps) {
  const { t } = useI18n();
  const itemForm = dialog?.kind === 'item' ? dialog : null;
  const sectionForm = dialog?.kind === 'section' ? dialog : null;
  const deleting = dialog?.kind === 'delete' ? dialog.row : null;
  const closeWhen = (done: boolean) => done && onClose();

  const submitItem = async (values: ItemFormValues) => {
    if (!itemForm) return;
    closeWhen(itemForm.item ? await commands.updateItem({ id: itemForm.item.id, ...values }) : await commands.addItem({ sectionId: itemForm.section.id, ...values }));
  };
  const submitSection = async (values: SectionFormValues) => {
    if (!sectionForm) return;
    closeWhen(sectionForm.section ? await commands.updateSection({ id: sectionForm.section.id, ...values }) : await commands.addSection({ versionId, ...values }));
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    closeWhen(deleting.kind === 'item' ? await commands.deleteItem({ id: deleting.item.id }) : await commands.deleteSection({ id: deleting.section.id }));
  };

  return (
    <>
      <ItemFormModal
        opened={itemForm !== null}
        editing={itemForm?.item ?? null}
        sectionTitle={itemForm ? t('checklists.section.heading', { code: itemForm.section.code, title: itemForm.section.title }) : ''}
        saving={commands.busy}
        serverError={itemForm?.item ? commands.errors.updateItem : commands.errors.addItem}
        onSubmit={(values) => void submitItem(values)}
        onClose={onClose}
      />
      <SectionFormModal
        opened={sectionForm !== null}
        editing={sectionForm?.section ?? null}
        suggestedCode={nextSectionCode(sections)}
        saving={commands.busy}
        serverError={sectionForm?.section ? commands.errors.updateSection : commands.errors.addSection}
        onSubmit={(values) => void submitSection(values)}
        onClose={onClose}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t(deleting?.kind === 'section' ? 'checklists.section.deleteTitle' : 'checklists.item.deleteTitle')}
        message={
          deleting?.kind === 'section'
            ? t('checklists.section.deleteMessage', { code: deleting.section.code, title: deleting.section.title, count: deleting.section.items.length })
            : deleting?.kind === 'item'
              ? t('checklists.item.deleteMessage', { code: deleting.item.code, question: deleting.item.question })
              : ''
        }
        confirmLabel={t('checklists.delete')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={onClose}
      />
    </>
  );
}
