// The service process (out/main/serviceProcess.js): createService() and nothing else. Electron
// starts it with utilityProcess.fork (messages on process.parentPort); the browser harness with
// child_process.fork (process.send). The SQLCipher engine is synchronous, so a long export or
// import occupies this process, never the one that draws the window; and the window side can end
// this process at once, taking the key with it.
import { toErrorPayload } from '../../shared/errors';
import { createService } from '../service';
import { READY, ServiceRequest, type ServiceReply } from './protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function channel(): { send(message: unknown): void; listen(onMessage: (message: unknown) => void): void } {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort !== undefined) {
    return { send: (message) => parentPort.postMessage(message), listen: (on) => parentPort.on('message', (event) => on(event.data)) };
  }
  if (typeof process.send === 'function') {
    const send = process.send.bind(process);
    return { send: (message) => send(message), listen: (on) => process.on('message', on) };
  }
  throw new Error('the service process needs a parent');
}

const service = createService({ readImagesInBackground: true });
const calls = service as unknown as Record<string, ((input: unknown) => Promise<unknown>) | undefined>;
const parent = channel();

parent.listen((raw) => {
  const request = ServiceRequest.safeParse(raw);
  if (!request.success) return;
  const { id, method } = request.data;
  const call = method === 'close' ? undefined : calls[method];
  const reply = (message: ServiceReply): void => parent.send(message);
  if (typeof call !== 'function') {
    reply({ id, ok: false, error: { code: 'INVALID_INPUT', details: {} } });
    return;
  }
  call.call(service, request.data.input).then(
    (value) => reply({ id, ok: true, value }),
    (error: unknown) => reply({ id, ok: false, error: toErrorPayload(error) }),
  );
});

// The parent going away (the app quit, the harness stopped) must not leave a vault unlocked.
process.on('disconnect', () => process.exit(0));
parent.send(READY);
