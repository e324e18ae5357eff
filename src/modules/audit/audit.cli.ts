/** `peaceops audit verify`: walks the whole chain and names the first broken link. */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { writeCheckpoint } from './audit-checkpoint.service.js';
import { verifyAuditLog } from './audit.service.js';

export function registerAuditCommands(program: Command, out: Output): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('verify the hash chain; exit code 7 if any entry was edited, removed or reordered')
    .action(() =>
      withApp(out, async (rt) => {
        const verdict = await verifyAuditLog(rt.ctx);
        const latest = verdict.checkpoints?.latest;
        const anchored = latest
          ? `; ${verdict.checkpoints!.verified} checkpoints hold, the latest at entry ${latest.seq} (${latest.hash}, ${latest.at})`
          : `; no checkpoint yet (the server writes one every 15 minutes; "peaceops audit checkpoint" writes one now)`;
        print(out, verdict, () =>
          verdict.ok
            ? `audit log intact: ${verdict.count} entries, head ${verdict.headHash}${anchored}`
            : `audit log BROKEN at entry ${verdict.firstBreak!.seq} (${verdict.firstBreak!.kind}): ${verdict.firstBreak!.message}`,
        );
        if (!verdict.ok) throw new DomainError('integrity_failed', 'audit verification failed');
      }),
    );
  audit
    .command('checkpoint')
    .description(
      "write the chain's head, signed, to the checkpoint file outside the database (PEACEOPS_AUDIT_CHECKPOINTS)",
    )
    .action(() =>
      withApp(out, async (rt) => {
        const written = await writeCheckpoint(rt.ctx);
        print(out, { written, file: rt.config.auditCheckpointFile }, () =>
          written
            ? `checkpoint written: entry ${written.seq} (${written.hash}) to ${rt.config.auditCheckpointFile}`
            : `nothing new since the last checkpoint in ${rt.config.auditCheckpointFile}`,
        );
      }),
    );
}
