import { describe, expect, it } from 'vitest';
import { inNextTask } from './nextTask';

const nextTask = () => new Promise<void>((resolve) => inNextTask(resolve));

describe('inNextTask', () => {
  it('runs the work after the current task, not during it', async () => {
    const ran: string[] = [];
    const done = new Promise<void>((resolve) =>
      inNextTask(() => {
        ran.push('work');
        resolve();
      }),
    );
    await Promise.resolve();
    ran.push('same task, after its microtasks');
    await done;
    expect(ran).toEqual(['same task, after its microtasks', 'work']);
  });

  it('does not run work that was cancelled', async () => {
    let ran = false;
    const cancel = inNextTask(() => (ran = true));
    cancel();
    await nextTask();
    await nextTask();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toBe(false);
  });
});
