/**
 * The search index fed from a thread of its own (started by startIndexAhead in ./pagefind.ts, which
 * says why). The thread lowers itself to the lowest priority first, so the Pagefind process it
 * starts inherits that. It answers once the index is open, then once more when told to write or to
 * discard, and then closes its port, and the thread ends (Pagefind's process, stopped by then, is
 * reaped when Astro's process ends). Pages need no answer. Node runs this TypeScript file as it is
 * (type stripping).
 */
import { parentPort } from 'node:worker_threads';
import { lowerThisThread } from '../../deploy/priority.mjs';
import { indexAheadHere } from './pagefind.ts';

type Message = { path: string; page: Uint8Array } | { write: string } | { discard: true };

const port = parentPort!;
const failure = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });
const last = (reply: object) => {
  port.postMessage(reply);
  port.close();
};

lowerThisThread();
try {
  const index = await indexAheadHere();
  port.on('message', (message: Message) => {
    if ('page' in message) index.add(message.path, message.page);
    else if ('write' in message)
      index.write(message.write).then(
        (count) => last({ count }),
        (error: unknown) => last(failure(error)),
      );
    else
      index.discard().then(
        () => last({}),
        (error: unknown) => last(failure(error)),
      );
  });
  port.postMessage({});
} catch (error) {
  last(failure(error));
}
