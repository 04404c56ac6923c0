/**
 * Test-only fault injection (`STOCKROOM_FAILPOINT=<name>:crash|sleep|error`). A failpoint is a named
 * place in a critical path; reliability tests use it to kill the process or stall it exactly there.
 */
let active: { name: string; action: string } | undefined;

export function configureFailpoint(spec: string | undefined): void {
  if (!spec) {
    active = undefined;
    return;
  }
  const [name = '', action = ''] = spec.split(':');
  active = { name, action };
}

export async function failpoint(name: string): Promise<void> {
  if (!active || active.name !== name) return;
  if (active.action === 'crash') process.kill(process.pid, 'SIGKILL');
  if (active.action === 'sleep') await new Promise((resolve) => setTimeout(resolve, 5_000));
  if (active.action === 'error') throw new Error(`failpoint ${name}`);
}
