import fs from 'node:fs';
import path from 'node:path';

/** fsyncs one file or folder. */
function flushPath(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** fsyncs every file and folder under `root`, and `root` itself. */
export function flushTree(root: string): void {
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    const child = path.join(root, entry.name);
    if (entry.isDirectory()) flushTree(child);
    else if (entry.isFile()) flushPath(child);
  }
  flushPath(root);
}
