// `kursdesk companies …`: customer companies (employers): register, import, find, show, list, update.
import type { Command } from 'commander';
import { nounHelp, type Runner } from '../runner.js';
import { registerImport } from './import.js';
import { registerRecords } from './records.js';
import { registerRegister } from './register.js';

export function register(parent: Command, run: Runner): void {
  const companies = parent
    .command('companies')
    .description(
      'customer companies, the employers learners pick: register, import, find, show, list, update',
    )
    .addHelpText(
      'after',
      nounHelp(
        'companies',
        [
          ['"our company is not in the list"', 'companies register <org number>'],
          ["accounting's list of new customers", 'companies import <csv>'],
          ['"is our company a customer?"', 'companies find, companies show'],
          ['"our invoice address changed"', 'companies update'],
        ],
        'kursdesk companies find fjellbrudd',
        'kursdesk companies show 912837459',
        'kursdesk companies register 913556208 --contact-name "Per Lie" --contact-email per.lie@malmbanen.test --contact-phone "912 34 567" --invoice-email faktura@malmbanen.test --dry-run',
      ),
    );
  registerRegister(companies, run);
  registerImport(companies, run);
  registerRecords(companies, run);
}
