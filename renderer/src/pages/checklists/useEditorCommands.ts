import { useApiCommand } from '../../hooks/useApiCommand';

/** The draft's edits; each reports whether it succeeded (the cache then shows the changed version). */
export function useEditorCommands() {
  const addSection = useApiCommand('checklists.addSection');
  const updateSection = useApiCommand('checklists.updateSection');
  const moveSection = useApiCommand('checklists.moveSection');
  const deleteSection = useApiCommand('checklists.deleteSection');
  const addItem = useApiCommand('checklists.addItem');
  const updateItem = useApiCommand('checklists.updateItem');
  const moveItem = useApiCommand('checklists.moveItem');
  const setItemRetired = useApiCommand('checklists.setItemRetired');
  const deleteItem = useApiCommand('checklists.deleteItem');
  const all = { addSection, updateSection, moveSection, deleteSection, addItem, updateItem, moveItem, setItemRetired, deleteItem };

  const succeeded =
    <Input, Output>(run: (input: Input) => Promise<Output | undefined>) =>
    async (input: Input): Promise<boolean> =>
      (await run(input)) !== undefined;

  return {
    addSection: succeeded(addSection.run),
    updateSection: succeeded(updateSection.run),
    moveSection: succeeded(moveSection.run),
    deleteSection: succeeded(deleteSection.run),
    addItem: succeeded(addItem.run),
    updateItem: succeeded(updateItem.run),
    moveItem: succeeded(moveItem.run),
    setItemRetired: succeeded(setItemRetired.run),
    deleteItem: succeeded(deleteItem.run),
    busy: Object.values(all).some((command) => command.running),
    errors: { addSection: addSection.error, updateSection: updateSection.error, addItem: addItem.error, updateItem: updateItem.error },
  };
}
