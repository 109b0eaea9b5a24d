import { useApiCommand } from '../../hooks/useApiCommand';

/** The draft's edits; each reloads the version when it succeeds and reports whether it did. */
export function useEditorCommands(onChanged: () => void) {
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

  const reloading =
    <Input, Output>(run: (input: Input) => Promise<Output | undefined>) =>
    async (input: Input): Promise<boolean> => {
      const done = (await run(input)) !== undefined;
      if (done) onChanged();
      return done;
    };

  return {
    addSection: reloading(addSection.run),
    updateSection: reloading(updateSection.run),
    moveSection: reloading(moveSection.run),
    deleteSection: reloading(deleteSection.run),
    addItem: reloading(addItem.run),
    updateItem: reloading(updateItem.run),
    moveItem: reloading(moveItem.run),
    setItemRetired: reloading(setItemRetired.run),
    deleteItem: reloading(deleteItem.run),
    busy: Object.values(all).some((command) => command.running),
    errors: { addSection: addSection.error, updateSection: updateSection.error, addItem: addItem.error, updateItem: updateItem.error },
  };
}
