/** `peaceops tokens create|revoke`: API tokens for scripts. */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { availableViews } from './actor.service.js';
import { issueApiToken, revokeApiToken } from './token.service.js';
import { userIdByUsername } from './user.service.js';

export function registerTokenCommands(program: Command, out: Output): void {
  const tokens = program.command('tokens').description('API tokens for scripts');
  tokens
    .command('create [username]')
    .description('create a token acting as a user; printed once')
    .option('--user <username>', 'the user the token acts as (or give it as the argument)')
    .option('--name <name>', 'what the token is for', 'script')
    .option(
      '--mission <ACRONYM|HQ>',
      "mission the token works in (default: the user's only mission, else HQ)",
    )
    .option('--days <n>', 'days until it expires (0: never)', '90')
    .option('--json', 'machine-readable output')
    .action(
      (
        positional: string | undefined,
        opts: { user?: string; name: string; mission?: string; days: string },
      ) =>
        withApp(out, async (rt) => {
          const username = opts.user ?? positional;
          if (!username)
            throw new DomainError('validation_failed', 'name the user: --user NAME', [
              { path: 'user', message: 'required' },
            ]);
          const days = Number(opts.days);
          if (!Number.isInteger(days) || days < 0 || days > 366)
            throw new DomainError('validation_failed', '--days: 0 to 366');
          const userId = await userIdByUsername(rt.ctx, username);
          const views = await availableViews(rt.ctx, userId);
          const missionId =
            opts.mission === undefined
              ? views.length === 1
                ? views[0]!.missionId
                : null
              : opts.mission.toUpperCase() === 'HQ'
                ? null
                : await missionIdByAcronym(rt.operator, opts.mission);
          const created = await issueApiToken(rt.operator, userId, {
            name: opts.name,
            missionId,
            expiresInDays: days === 0 ? null : days,
          });
          print(out, created, () => created.token);
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
