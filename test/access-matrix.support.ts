/** Types and callers shared by the access matrix's tables. */
import { roles, type Role } from '../src/core/permissions.js';
import type { MeasureWorld } from './access-matrix.measures.js';
import type { VettingWorld } from './access-matrix.vetting.js';
import type { World } from './support/fixtures.js';
import type { Agent, Answer } from './support/http.js';
import type { TestApp } from './support/test-app.js';

export type Caller = 'anonymous' | Role | 'hq-admin';
export type Target = 'none' | 'in' | 'out-of-mission' | 'out-of-compartment' | 'not-own';
export const callers: Caller[] = ['anonymous', ...roles, 'hq-admin'];
export const signedIn = callers.filter((c) => c !== 'anonymous');

export interface Env {
  t: TestApp;
  w: World &
    MeasureWorld &
    VettingWorld & {
      c1: string;
      c2: string;
      c3: string;
      patchTarget: string;
      othersToken: string;
      incidents: Record<'in' | 'out-of-mission' | 'out-of-compartment', string>;
      followUps: Record<'in' | 'out-of-mission' | 'out-of-compartment', string>;
      cases: Record<'in' | 'out-of-mission' | 'out-of-compartment', string>;
      /** 'toCase': a second complaint in mission A, for opening a case (the first one is closed). */
      complaints: Record<'in' | 'out-of-mission' | 'toCase', string>;
      counter: number;
    };
  agent: Agent;
  caller: Caller;
  fresh: () => Promise<Agent>;
  username: string;
}

export interface Spec {
  targets?: Target[];
  allowed: readonly Caller[];
  success: number;
  call(env: Env, target: Target): Promise<Answer>;
  /** Overrides the default rule for special cases (documented inline). */
  expect?(caller: Caller, target: Target): number | undefined;
}

/** Each test's agent counts its writes, so repeated calls make distinct records. */
export const next = (env: Env) => ++env.w.counter;

/** Records with a compartment label: in C1, behind hidden C2, in the other mission. */
export const compartmentTargets: Target[] = ['in', 'out-of-compartment', 'out-of-mission'];
