import { serveTasks } from './serveTasks';
import { workerTasks } from './workerTasks';

serveTasks(workerTasks);
