// `npm run serve`: the production build and the signaling on PORT (default 8080), with the
// configuration of config.ts from the environment. Run with tsx: no second build to keep in step.
import { resolve } from 'node:path';
import { createAppServer } from './app-server';
import { signalingFromEnv } from './config';

const port = Number(process.env['PORT'] ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Serve: PORT must be a port number, not "${process.env['PORT']}".`);
  process.exit(1);
}
try {
  const env = await signalingFromEnv(process.env);
  const { http, signaling } = createAppServer(
    resolve(import.meta.dirname, '../../dist'),
    env.options,
  );
  http.listen(port, () => {
    console.log(`FormCoach on http://localhost:${port}/ (signaling at /socket.io)`);
  });
  const stop = (): void => {
    void signaling
      .close()
      .then(() => env.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
