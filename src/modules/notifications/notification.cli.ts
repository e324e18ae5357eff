/** `peaceops outbox drain [--json]`: hands the pending messages to a mail relay, once each. */
import type { Command } from 'commander';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { drainOutbox } from './notification.service.js';

export function registerNotificationCommands(program: Command, out: Output): void {
  program
    .command('outbox')
    .description('messages for a mail relay (it maps each username to an address)')
    .command('drain')
    .description('print the pending messages and mark them handed over')
    .option('--json', 'machine-readable output')
    .action(() =>
      withApp(out, async (rt) => {
        const messages = await drainOutbox(rt.ctx);
        print(out, { messages }, () =>
          messages.length === 0
            ? 'no messages'
            : messages
                .map((m) => `To: ${m.recipient}\nSubject: ${m.subject}\n\n${m.body}\n`)
                .join('\n'),
        );
      }),
    );
}
