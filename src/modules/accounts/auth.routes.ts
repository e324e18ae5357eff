/** Sign-in steps, session and mission view. */
import { createRoute } from '@hono/zod-openapi';
import { partialSession, type ApiApp } from '../../server/env.js';
import { clearSessionCookie, clientAddress, setSessionCookie } from '../../server/cookies.js';
import { errorAnswers, jsonAnswer, jsonBody, NoContent } from '../../server/route-kit.js';
import {
  CodeInput,
  Enrollment,
  Me,
  SignInInput,
  SignInResult,
  SwitchMissionInput,
} from './auth.schema.js';
import { describeSession } from './me.service.js';
import {
  completeTwoFactor,
  resolveSession,
  signIn,
  signOut,
  switchMission,
} from './session.service.js';
import { beginTwoFactorEnrollment, confirmTwoFactorEnrollment } from './two-factor.service.js';

const tags = ['auth'];
const answers = (ok: ReturnType<typeof jsonAnswer> | typeof NoContent) => ({
  200: ok,
  ...errorAnswers,
});
const signInRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in',
  tags,
  summary: 'Sign in with username and password',
  request: jsonBody(SignInInput),
  responses: answers(jsonAnswer(SignInResult, 'Session started; stage says what is still needed')),
});
const twoFactorRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-in/two-factor',
  tags,
  summary: 'Second step: the TOTP code',
  request: jsonBody(CodeInput),
  responses: answers(jsonAnswer(SignInResult, 'Fully signed in')),
});
const signOutRoute = createRoute({
  method: 'post',
  path: '/api/auth/sign-out',
  tags,
  summary: 'End the session (server-side)',
  responses: answers(NoContent),
});
const enrollRoute = createRoute({
  method: 'post',
  path: '/api/auth/two-factor/enroll',
  tags,
  summary: 'Start two-factor enrolment: a new secret, shown once',
  responses: answers(jsonAnswer(Enrollment, 'Secret')),
});
const confirmRoute = createRoute({
  method: 'post',
  path: '/api/auth/two-factor/confirm',
  tags,
  summary: 'Confirm enrolment with a code',
  request: jsonBody(CodeInput),
  responses: answers(jsonAnswer(SignInResult, 'Enabled')),
});
const switchRoute = createRoute({
  method: 'post',
  path: '/api/auth/mission',
  tags,
  summary: 'Switch the mission in view (null: headquarters)',
  request: jsonBody(SwitchMissionInput),
  responses: answers(jsonAnswer(Me, 'New view')),
});
const meRoute = createRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'The signed-in user, views and permissions',
  tags,
  responses: { 200: jsonAnswer(Me, 'Me'), ...errorAnswers },
});

export function authRoutes(app: ApiApp): void {
  app.openapi(signInRoute, async (c) => {
    const input = c.req.valid('json');
    const issued = await signIn(c.get('app'), { ...input, clientAddress: clientAddress(c) });
    setSessionCookie(c, issued.token);
    return c.json({ stage: issued.stage, csrfToken: issued.csrfToken }, 200);
  });
  app.openapi(twoFactorRoute, async (c) => {
    const { token } = partialSession(c);
    const issued = await completeTwoFactor(c.get('app'), token, c.req.valid('json').code);
    setSessionCookie(c, issued.token);
    return c.json({ stage: issued.stage, csrfToken: issued.csrfToken }, 200);
  });
  app.openapi(signOutRoute, async (c) => {
    const { token } = partialSession(c);
    await signOut(c.get('app'), token);
    clearSessionCookie(c);
    return c.body(null, 200);
  });
  app.openapi(enrollRoute, async (c) =>
    c.json(await beginTwoFactorEnrollment(c.get('app'), partialSession(c).session), 200),
  );
  app.openapi(confirmRoute, async (c) => {
    const issued = await confirmTwoFactorEnrollment(
      c.get('app'),
      partialSession(c).session,
      c.req.valid('json').code,
    );
    setSessionCookie(c, issued.token);
    return c.json({ stage: issued.stage, csrfToken: issued.csrfToken }, 200);
  });
  app.openapi(switchRoute, async (c) => {
    const { session, token } = partialSession(c);
    await switchMission(c.get('app'), session, c.req.valid('json').missionId);
    const fresh = await resolveSession(c.get('app'), token);
    return c.json(await describeSession(c.get('app'), fresh, fresh.session.csrf_token), 200);
  });
  app.openapi(meRoute, async (c) => {
    const { session } = partialSession(c);
    return c.json(await describeSession(c.get('app'), session, session.session.csrf_token), 200);
  });
}
