/** The rules register's answer (`GET /api/rules`). */
import { z } from '@hono/zod-openapi';

export const RuleSetting = z
  .object({
    name: z.string(),
    about: z.string(),
    loosest: z.number(),
    strictest: z.number(),
    stricter: z.enum(['at_most', 'at_least']),
    setBy: z.literal('headquarters'),
  })
  .openapi('RuleSetting');

export const Rule = z
  .object({
    id: z.string(),
    module: z.string(),
    paragraphs: z.array(z.string()),
    title: z.string(),
    text: z.string(),
    status: z.enum(['enforced', 'planned']),
    settings: z.array(RuleSetting),
    guardedBy: z.array(z.string()),
  })
  .openapi('Rule');
export type Rule = z.infer<typeof Rule>;

export const RuleList = z.object({ items: z.array(Rule) }).openapi('RuleList');
