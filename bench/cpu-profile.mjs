// Preloaded into a benchmark's child process (NODE_OPTIONS=--import; Node 20 does not accept
// --cpu-prof there): the first SIGUSR2 starts V8's sampling profiler, the second (or the
// process's exit) writes a .cpuprofile (Chrome DevTools, speedscope) to FF_BENCH_CPU_PROFILE,
// so that a profile covers one phase of a benchmark, not its setup.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const file = process.env.FF_BENCH_CPU_PROFILE;
if (file) {
  const session = new Session();
  session.connect();
  let running = false;
  // A main-thread session answers synchronously, so this also works in 'exit'.
  const stop = () => {
    if (!running) return;
    running = false;
    session.post('Profiler.stop', (err, res) => {
      if (!err) writeFileSync(file, JSON.stringify(res.profile));
    });
  };
  process.on('SIGUSR2', () => {
    if (running) return stop();
    session.post('Profiler.enable');
    session.post('Profiler.setSamplingInterval', { interval: 1000 });
    session.post('Profiler.start');
    running = true;
  });
  process.on('exit', stop);
}
