/** The signed-in person's notifications. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, NoContent } from '../../server/route-kit.js';
import { Notification } from './notification.schema.js';
import { markNotificationRead, myNotifications } from './notification.service.js';

const tags = ['notifications'];
const list = createRoute({
  method: 'get',
  path: '/api/notifications',
  tags,
  summary: 'Your notifications, newest first',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Notification) }), 'Notifications'),
    ...errorAnswers,
  },
});
const read = createRoute({
  method: 'post',
  path: '/api/notifications/{id}/read',
  tags,
  summary: 'Mark one of your notifications read',
  request: { params: IdParam },
  responses: { 204: NoContent, ...errorAnswers },
});

export function notificationRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => c.json({ items: await myNotifications(requestContext(c)) }, 200));
  app.openapi(read, async (c) => {
    await markNotificationRead(requestContext(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
}
