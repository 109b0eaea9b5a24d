import { backupHelperTasks } from './backupHelperTasks';
import { serveTasks } from './serveTasks';

serveTasks(backupHelperTasks);
