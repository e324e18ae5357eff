/** `peaceops tokens create|revoke`: API tokens for scripts. */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { issueApiToken, revokeApiToken } from './token.service.js';
import { userIdByUsername } from './user.service.js';

export function registerTokenCommands(program: Command, out: Output): void {
  const tokens = program.command('tokens').description('API tokens for scripts');
  tokens
    .command('create <username>')
    .description('create a token acting as <username>; printed once')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--mission <ACRONYM|HQ>', 'mission the token works in', 'HQ')
    .option('--days <n>', 'days until it expires (0: never)', '90')
    .action((username: string, opts: { name: string; mission: string; days: string }) =>
      withApp(out, async (rt) => {
        const days = Number(opts.days);
        if (!Number.isInteger(days) || days < 0 || days > 366)
          throw new DomainError('validation_failed', '--days: 0 to 366');
        const missionId =
          opts.mission.toUpperCase() === 'HQ'
            ? null
            : await missionIdByAcronym(rt.operator, opts.mission);
        const userId = await userIdByUsername(rt.ctx, username);
        const created = await issueApiToken(rt.operator, userId, {
          name: opts.name,
          missionId,
          expiresInDays: days === 0 ? null : days,
        });
        print(
          out,
          created,
          () => `token ${created.apiToken.id} for ${username} (shown once):\n${created.token}`,
        );
      }),
    );
  tokens
    .command('revoke <id>')
    .description('revoke a token by its id')
    .action((id: string) =>
      withApp(out, async (rt) => {
        const revoked = await revokeApiToken(rt.operator, id);
        print(out, revoked, () => `revoked ${revoked.id} (${revoked.name})`);
      }),
    );
}
