// `kursdesk units …`: scheduled runs of classroom courses, their seats, and requests for new ones (W13).
import type { Command } from 'commander';
import type { Runner } from '../runner.js';
import { registerList } from './list.js';
import { registerRequest, registerRequests } from './requests.js';
import { registerSetCapacity } from './set-capacity.js';

export function register(parent: Command, run: Runner): void {
  const units = parent
    .command('units')
    .description('course units: list (seats left), set-capacity, request, requests')
    .addHelpText(
      'after',
      '\nRun kursdesk units <verb> --help for the options and examples of each verb. Booking is\nkursdesk enrol / unenrol; the queue of a unit is kursdesk waitlist.\n',
    );
  registerList(units, run);
  registerSetCapacity(units, run);
  registerRequest(units, run);
  registerRequests(units, run);
}
