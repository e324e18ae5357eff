import { z } from '@hono/zod-openapi';
import { roles } from '../../core/permissions.js';

export const locales = ['en', 'fr', 'ar'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, '3 to 64 letters, digits, dot, dash or underscore');

/** ASVS 6.2: at least 12 characters, long passphrases allowed, no composition rules. */
export const Password = z
  .string()
  .min(12, 'at least 12 characters')
  .max(256, 'at most 256 characters');

export const Membership = z
  .strictObject({ missionId: z.string().nullable(), role: z.enum(roles) })
  .openapi('Membership');
export type Membership = z.infer<typeof Membership>;

/** A role asked for by one administrator, waiting for a second to approve it (F2). */
export const PendingRole = z
  .object({
    grantId: z.string(),
    missionId: z.string().nullable(),
    role: z.enum(roles),
    requestedBy: z.string(),
    requestedAt: z.string(),
  })
  .openapi('PendingRole');
export type PendingRole = z.infer<typeof PendingRole>;

export const User = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    status: z.enum(['active', 'disabled']),
    locale: Locale,
    totpEnabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    memberships: z.array(Membership),
    /** Roles that reach tier-1 data, asked for and not yet approved by a second administrator. */
    pendingRoles: z.array(PendingRole),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('User');
export type User = z.infer<typeof User>;

export const CreateUserInput = z
  .strictObject({
    username: Username,
    displayName: z.string().trim().min(1).max(200),
    password: Password,
    locale: Locale.default('en'),
    memberships: z.array(Membership).min(1).max(50),
  })
  .openapi('CreateUserInput');
export type CreateUserInput = z.infer<typeof CreateUserInput>;

export const UpdateUserInput = z
  .strictObject({
    version: z.number().int().min(1),
    displayName: z.string().trim().min(1).max(200).optional(),
    status: z.enum(['active', 'disabled']).optional(),
    locale: Locale.optional(),
    memberships: z.array(Membership).min(1).max(50).optional(),
  })
  .openapi('UpdateUserInput');
export type UpdateUserInput = z.infer<typeof UpdateUserInput>;

export const ResetPasswordInput = z
  .strictObject({ password: Password })
  .openapi('ResetPasswordInput');
export const UserList = z.object({ items: z.array(User) }).openapi('UserList');

export const RoleGrant = z
  .object({
    id: z.string(),
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    missionId: z.string().nullable(),
    role: z.enum(roles),
    requestedBy: z.string(),
    requestedAt: z.string(),
    /** Whether the caller may approve or refuse it (not its own request, nor a role for itself). */
    mayDecide: z.boolean(),
  })
  .openapi('RoleGrant');
export type RoleGrant = z.infer<typeof RoleGrant>;
export const RoleGrantList = z.object({ items: z.array(RoleGrant) }).openapi('RoleGrantList');
export const RoleGrantDecision = z
  .strictObject({ decision: z.enum(['approve', 'refuse']) })
  .openapi('RoleGrantDecision');
export type RoleGrantDecision = z.infer<typeof RoleGrantDecision>;
