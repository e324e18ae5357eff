import { z } from '@hono/zod-openapi';
import { roles } from '../../core/permissions.js';
import { User } from './user.schema.js';

export const SignInInput = z
  .strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) })
  .openapi('SignInInput');
export const CodeInput = z
  .strictObject({ code: z.string().regex(/^\d{6}$/, 'six digits') })
  .openapi('CodeInput');
export const SessionStage = z.enum(['full', 'totp', 'enroll']);
export const SignInResult = z
  .object({ stage: SessionStage, csrfToken: z.string() })
  .openapi('SignInResult');
export const Enrollment = z
  .object({
    secret: z.string(),
    uri: z.string().describe('otpauth:// URI for an authenticator app'),
  })
  .openapi('TwoFactorEnrollment');
export const SwitchMissionInput = z
  .strictObject({ missionId: z.string().nullable() })
  .openapi('SwitchMissionInput');

export const MissionViewSummary = z.object({
  missionId: z.string().nullable(),
  acronym: z.string().nullable(),
  name: z.string().nullable(),
  roles: z.array(z.enum(roles)),
});

export const Me = z
  .object({
    user: User,
    stage: SessionStage,
    missionId: z.string().nullable(),
    views: z.array(MissionViewSummary),
    permissions: z.array(z.string()),
    csrfToken: z.string().nullable(),
  })
  .openapi('Me');
export type Me = z.infer<typeof Me>;
