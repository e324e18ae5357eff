/** `peaceops users create|list|reset-password` over the same services as the API. */
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.js';
import { isRole } from '../../core/permissions.js';
import { print, table, type Output } from '../../cli/output.js';
import { withApp, type Runtime } from '../../cli/runtime.js';
import { listMissions, missionIdByAcronym } from '../missions/mission.service.js';
import { CreateUserInput, Password, type Membership } from './user.schema.js';
import { createUser, listUsers, resetPassword, userIdByUsername } from './user.service.js';
import { validationError } from '../../server/validation.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `analyst@MINUSCA` or `administrator@HQ`. */
async function parseMembership(rt: Runtime, spec: string): Promise<Membership> {
  const [role, where] = spec.split('@');
  if (!role || !isRole(role) || !where)
    throw new DomainError('validation_failed', `--role ${spec}: use ROLE@MISSION or ROLE@HQ`);
  if (where.toUpperCase() === 'HQ') return { role, missionId: null };
  return { role, missionId: await missionIdByAcronym(rt.operator, where) };
}

async function passwordFrom(stdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!stdin) return { password: randomBytes(12).toString('base64url'), generated: true };
  const parsed = Password.safeParse(await readStdin());
  if (!parsed.success) throw validationError(parsed.error, 'password');
  return { password: parsed.data, generated: false };
}

export function registerUserCommands(program: Command, out: Output): void {
  const users = program.command('users').description('user accounts');
  users
    .command('create <username>')
    .description('create a user; prints a generated password once unless --password-stdin')
    .requiredOption('--name <displayName>', 'display name')
    .option(
      '--role <ROLE@MISSION>',
      'e.g. analyst@MINUSCA or administrator@HQ (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option('--locale <en|fr|ar>', 'interface language', 'en')
    .option('--password-stdin', 'read the password from standard input')
    .action(
      (
        username: string,
        opts: { name: string; role: string[]; locale: string; passwordStdin?: boolean },
      ) =>
        withApp(out, async (rt) => {
          const memberships = await Promise.all(opts.role.map((r) => parseMembership(rt, r)));
          const { password, generated } = await passwordFrom(opts.passwordStdin === true);
          const parsed = CreateUserInput.safeParse({
            username,
            displayName: opts.name,
            password,
            locale: opts.locale,
            memberships,
          });
          if (!parsed.success) throw validationError(parsed.error, 'user');
          const user = await createUser(rt.operator, parsed.data);
          const shown = generated ? { ...user, password } : user;
          print(
            out,
            shown,
            () =>
              `created ${user.username}${generated ? `\npassword (shown once): ${password}` : ''}`,
          );
        }),
    );
  users
    .command('list')
    .description('list users and their roles')
    .action(() =>
      withApp(out, async (rt) => {
        const list = await listUsers(rt.operator);
        const acronyms = new Map((await listMissions(rt.operator)).map((m) => [m.id, m.acronym]));
        print(out, list, () =>
          table(
            list.map((u) => ({
              username: u.username,
              name: u.displayName,
              status: u.status,
              twoFactor: u.totpEnabled,
              roles: u.memberships
                .map(
                  (m) =>
                    `${m.role}@${m.missionId === null ? 'HQ' : (acronyms.get(m.missionId) ?? m.missionId)}`,
                )
                .join(' '),
            })),
          ),
        );
      }),
    );
  users
    .command('reset-password <username>')
    .description(
      'set a new password (generated, or from --password-stdin); unlocks and ends sessions',
    )
    .option('--password-stdin', 'read the password from standard input')
    .action((username: string, opts: { passwordStdin?: boolean }) =>
      withApp(out, async (rt) => {
        const { password, generated } = await passwordFrom(opts.passwordStdin === true);
        await resetPassword(rt.operator, await userIdByUsername(rt.ctx, username), password);
        print(
          out,
          { username, ...(generated ? { password } : {}) },
          () =>
            `password reset for ${username}${generated ? `\nnew password (shown once): ${password}` : ''}`,
        );
      }),
    );
}
