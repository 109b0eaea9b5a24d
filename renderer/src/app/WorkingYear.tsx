import { createContext, useContext } from 'react';

export const WorkingYearContext = createContext<number>(new Date().getFullYear());

export function useWorkingYear(): number {
  return useContext(WorkingYearContext);
}
