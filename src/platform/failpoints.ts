/**
 * Test-only fault injection (`STOCKROOM_FAILPOINT=<name>:crash|sleep|error`). A failpoint is a named
 * place in a critical path; reliability tests use it to kill the process or stall it exactly there.
 * In-process tests can also attach a hook (`setFailpointHook`) to run a concurrent writer exactly there.
 */
let active: { name: string; action: string } | undefined;
const hooks = new Map<string, () => Promise<void>>();

export function configureFailpoint(spec: string | undefined): void {
  if (!spec) {
    active = undefined;
    return;
  }
  const [name = '', action = ''] = spec.split(':');
  active = { name, action };
}

/** Runs `hook` (awaited) each time the failpoint `name` is reached; undefined removes it. Tests only. */
export function setFailpointHook(name: string, hook: (() => Promise<void>) | undefined): void {
  if (hook) hooks.set(name, hook);
  else hooks.delete(name);
}

export async function failpoint(name: string): Promise<void> {
  const hook = hooks.get(name);
  if (hook) await hook();
  if (!active || active.name !== name) return;
  if (active.action === 'crash') process.kill(process.pid, 'SIGKILL');
  if (active.action === 'sleep') await new Promise((resolve) => setTimeout(resolve, 5_000));
  if (active.action === 'error') throw new Error(`failpoint ${name}`);
}
