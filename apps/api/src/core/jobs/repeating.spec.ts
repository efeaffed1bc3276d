import { Repeating } from './repeating';

/** A task that stays running until released, counting how often it ran and how many ran at once. */
function controlledTask() {
  const state = { runs: 0, atOnce: 0, most: 0, release: [] as (() => void)[] };
  const task = async () => {
    state.runs += 1;
    state.atOnce += 1;
    state.most = Math.max(state.most, state.atOnce);
    await new Promise<void>((resolve) => state.release.push(resolve));
    state.atOnce -= 1;
  };
  const releaseAll = async () => {
    while (state.release.length) {
      state.release.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { state, task, releaseAll };
}

describe(Repeating.name, () => {
  it('runs once more after kicks that came during a run, never two at once', async () => {
    const { state, task, releaseAll } = controlledTask();
    const job = new Repeating(task, () => undefined);
    job.kick();
    job.kick();
    job.kick();
    expect(state.runs).toBe(1);
    await releaseAll();
    expect(state.runs).toBe(2);
    expect(state.most).toBe(1);
    await job.stop();
  });

  it('keeps going after a failed run, and reports the failure', async () => {
    const failures: unknown[] = [];
    let runs = 0;
    const job = new Repeating(
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('mail server down');
      },
      (error) => failures.push(error),
    );
    job.kick();
    await new Promise((resolve) => setImmediate(resolve));
    job.kick();
    await job.stop();
    expect(runs).toBe(2);
    expect(failures).toEqual([new Error('mail server down')]);
  });

  it('waits for the run under way when stopped, and runs nothing after', async () => {
    const { state, task, releaseAll } = controlledTask();
    const job = new Repeating(task, () => undefined);
    job.start(60_000);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    await releaseAll();
    await stopping;
    job.kick();
    expect(state.runs).toBe(1);
  });
});
