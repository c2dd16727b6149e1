// `kursdesk courses search`: find a course the way a learner describes it, optionally as they see the catalogue.
import type { Command } from 'commander';
import { text as coded } from '../../domain/messages/index.js';
import { maskNationalIdShapesIn } from '../../domain/national-id.js';
import { noticeIn, UsageError } from '../../errors.js';
import { renderDocument } from '../../output/render.js';
import { hiddenAlias, USER_FLAG } from '../grammar.js';
import { searchText, wholeNumberOption } from '../input.js';
import { examples, type Runner } from '../runner.js';

interface SearchOptions {
  user?: string;
  limit: string;
  all?: boolean;
}

export function registerSearch(courses: Command, run: Runner): void {
  courses
    .command('search')
    .description(
      'search code, title, category and description; forgives typos, case and æ/ø/å written ae/o/aa; says why each course matched',
    )
    .argument('<text...>', 'what the learner calls the course (several words are fine)')
    .option(USER_FLAG, 'only what this learner sees (their account type; inactive courses hidden)')
    .addOption(hiddenAlias('--as <learner>', 'user'))
    .option('--limit <n>', 'at most this many courses', '20')
    .option('--all', 'every matching course (no --limit)')
    .addHelpText(
      'after',
      `
Words are matched whole, at the start of a word, inside a compound (vakt in sikkerhetsvakt) or with a typo or two; courses matching every word come first. The matched column says where each word was found. Exit 3 when nothing matches.
${examples(
  'kursdesk courses search sikkerhetsvakt',
  'kursdesk courses search "kontaktledning grunkurs" --user hanne.moe86@epost.test',
  'kursdesk courses search sik100 --format json',
)}`,
    )
    .action(async (words: string[], options: SearchOptions, command: Command) =>
      run(command, async (ctx) => {
        const query = searchText(words.join(' ').trim());
        if (query === '') throw new UsageError(coded('search.empty'));
        const limit = options.all
          ? Number.POSITIVE_INFINITY
          : wholeNumberOption('--limit', options.limit, { min: 1, max: 500 });
        const { parseLearnerSelector } = await import('../../workflows/learners.js');
        const as = options.user === undefined ? undefined : parseLearnerSelector(options.user);
        const { searchCourses } = await import('../../workflows/catalogue.js');
        const result = await searchCourses({ db: await ctx.db(), secret: ctx.secret }, { query, as, limit });
        const heading = result.as
          ? [
              noticeIn(
                coded('heading.search-as', {
                  name: result.as.name,
                  id: result.as.id,
                  accountType: result.as.account_type,
                }),
                ctx.env,
              ),
            ]
          : [];
        await renderDocument(
          ctx,
          // The agent's own search read back (json, yaml): a national ID typed in it is masked there too.
          { ...result, query: maskNationalIdShapesIn(result.query) },
          {
            kind: 'list',
            rows: result.hits,
            columns: [
              'rank',
              'code',
              'title',
              'category',
              'kind',
              'paid',
              'visible_to',
              ...(result.as ? [] : ['active']),
              'matched',
            ],
            idField: 'code',
            total: result.matches,
            // The agent's own search read back: a national ID typed as one is masked, valid or mistyped.
            emptyNote: result.as
              ? coded('note.no-course-learner-sees', { query: maskNationalIdShapesIn(query) })
              : coded('note.no-course-matches', { query: maskNationalIdShapesIn(query) }),
          },
          heading,
        );
        if (result.hidden.length > 0 && options.user !== undefined) {
          const codes = result.hidden.map((h) => h.code);
          const user = String(as?.by === 'national-id' ? result.as?.id : options.user);
          ctx.io.note(noticeIn(coded('note.courses-hidden-from-learner', { codes, user }), ctx.env));
        }
        return result.hits.length === 0 ? 3 : 0;
      }),
    );
}
