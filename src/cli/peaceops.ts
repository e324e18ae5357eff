#!/usr/bin/env node
/** The `peaceops` command: one CLI over the same services as the API. */
import { Command } from 'commander';
import { registerTokenCommands } from '../modules/accounts/token.cli.js';
import { registerUserCommands } from '../modules/accounts/user.cli.js';
import { registerAuditCommands } from '../modules/audit/audit.cli.js';
import { registerCapabilitiesCommands } from '../modules/capabilities/capabilities.cli.js';
import { registerConductCommands } from '../modules/conduct/conduct.cli.js';
import { registerMedicalCommands } from '../modules/medical/medical.cli.js';
import { registerMandatesCommands } from '../modules/mandates/mandates.cli.js';
import { registerForecastCommands } from '../modules/early-warning/forecast.cli.js';
import { registerIncidentCommands } from '../modules/incidents/incident.cli.js';
import { registerMissionCommands } from '../modules/missions/mission.cli.js';
import { registerNotificationCommands } from '../modules/notifications/notification.cli.js';
import { registerPersonnelCommands } from '../modules/personnel/personnel.cli.js';
import { registerDbCommands } from './db.cli.js';
import type { Output } from './output.js';
import { registerServeCommand } from './serve.cli.js';

const program = new Command('peaceops')
  .description('peaceops: records of a peace operation, under one access policy')
  .option('--json', 'machine-readable output')
  .showHelpAfterError();
const out: Output = { json: process.argv.includes('--json') };

registerServeCommand(program, out);
registerDbCommands(program, out);
registerMissionCommands(program, out);
registerUserCommands(program, out);
registerTokenCommands(program, out);
registerAuditCommands(program, out);
registerIncidentCommands(program, out);
registerConductCommands(program, out);
registerMedicalCommands(program, out);
registerMandatesCommands(program, out);
registerCapabilitiesCommands(program, out);
registerForecastCommands(program, out);
registerNotificationCommands(program, out);
registerPersonnelCommands(program, out);

await program.parseAsync(process.argv);
