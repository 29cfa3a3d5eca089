// Whether a process group still has a process in it: the benchmark's Chromium and the test
// runner's WebKitWebDriver are each started as a group leader and waited for until none is left.

/** Whether any process is left in the process group `pgid`. */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
