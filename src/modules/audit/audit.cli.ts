/** `peaceops audit verify`: walks the whole chain and names the first broken link. */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { verifyAuditLog } from './audit.service.js';

export function registerAuditCommands(program: Command, out: Output): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('verify the hash chain; exit code 7 if any entry was edited, removed or reordered')
    .action(() =>
      withApp(out, async (rt) => {
        const verdict = await verifyAuditLog(rt.ctx);
        print(out, verdict, () =>
          verdict.ok
            ? `audit log intact: ${verdict.count} entries, head ${verdict.headHash}`
            : `audit log BROKEN at entry ${verdict.firstBreak!.seq} (${verdict.firstBreak!.kind}): ${verdict.firstBreak!.message}`,
        );
        if (!verdict.ok) throw new DomainError('integrity_failed', 'audit verification failed');
      }),
    );
}
