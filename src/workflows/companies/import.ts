// W8: accounting's spreadsheet of new customers. Rows are parsed and checked on the parsing side
// (in this thread, a batch at a time), then matched by organisation number here: created, updated or
// unchanged, with the same register rules as a single registration. One transaction: by default a
// single refused row keeps everything out; --keep-good commits the rest; --dry-run reports and rolls back.

import {
  bulkLoadConnection,
  bulkSession,
  type CompanyInsert,
  type CompanyRowsOutcome,
  type CompanyUpdate,
  companyBulkWriter,
  isEmpty,
} from '../../db/bulk.js';
import { type Audit, type AuditRecord, appendAudit, type Tx, writeChange } from '../../db/write-gate.js';
import { type CompanyChange, companyChanges } from '../../domain/companies/changes.js';
import {
  COMPANY_FIELDS,
  type CompanyField,
  type CompanyValues,
  describeField,
} from '../../domain/companies/fields.js';
import { fieldForHeader, ROW_HAS_INVOICE_EMAIL, type RowIssue } from '../../domain/companies/import-rows.js';
import { applyRegister, type RegisterFacts } from '../../domain/companies/register-rules.js';
import { decodeRow, encodeRow } from '../../domain/ingest/copy-text.js';
import type { Delimiter } from '../../domain/ingest/csv-records.js';
import type { TextEncodingName } from '../../domain/ingest/text-decoding.js';
import { text as coded, type Notice, reviveText } from '../../domain/messages/index.js';
import { UserError } from '../../errors.js';
import type { WorkflowDeps } from '../deps.js';
import { type IngestSource, type IngestStream, openIngest } from '../ingest/batches.js';
import type { IngestBatch, IngestEvent, IngestHeader } from '../ingest/protocol.js';

export interface CompanyImportOptions {
  /** How the file is named in messages (the path, or `-` for stdin). */
  fileName: string;
  dryRun: boolean;
  keepGood: boolean;
  force: boolean;
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  /**
   * Where rows are parsed: in this thread by default (one V8 heap instead of two: the import stays
   * under its memory goal at no more CPU); true for the bundled worker thread, or a worker script.
   */
  worker?: string | boolean;
  batchRows?: number;
  /** Measure where the time goes (for the benchmark): adds `timings` to the report. */
  measure?: boolean;
}

export interface CompanyImportListener {
  header?(header: IngestHeader): void;
  /** A refused row's reason (rows may have several). */
  issue?(issue: RowIssue): void;
  warning?(text: Notice): void;
  progress?(done: { records: number; bytes: number }): void;
}

export interface CompanyImportReport {
  file: string;
  sha256: string;
  encoding: string;
  delimiter: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: number;
  /** Written to the database (false on --dry-run and when refused rows stopped an all-or-nothing import). */
  committed: boolean;
  dry_run: boolean;
  kept_good: boolean;
  parsed_in_worker: boolean;
  /** Milliseconds per phase, with measure: waiting for parsed rows, register look-ups, row rules, inserts, updates, commit. */
  timings?: Record<string, number>;
}

class RollBackAll extends Error {
  constructor(readonly report: CompanyImportReport) {
    super('rows were refused');
  }
}

const BUSINESS_FIELDS: readonly CompanyField[] = ['business_street', 'business_postal_code', 'business_city'];

function failureError(fileName: string, event: Extract<IngestEvent, { type: 'failure' }>): Error {
  if (event.internal) return new Error(event.reason);
  return new UserError(
    coded('companies-file.refused', {
      file: fileName,
      line: event.line,
      reason: event.text ? reviveText(event.text) : event.reason,
    }),
  );
}

function valuesOf(row: readonly (string | null)[]): CompanyValues {
  const values = {} as Record<CompanyField, string | null>;
  COMPANY_FIELDS.forEach((field, i) => {
    values[field] = row[i] ?? null;
  });
  return values as CompanyValues;
}

/** A row for the writer: its COPY text is made only when asked for (PostgreSQL, a re-import on SQLite). */
class CompanyRow implements CompanyInsert {
  private encoded: string | undefined;
  constructor(
    readonly values: readonly (string | null)[],
    readonly org: string,
    readonly inElma: boolean,
  ) {}
  get text(): string {
    this.encoded ??= encodeRow(this.values);
    return this.encoded;
  }
}

/**
 * A row the parsing side handed over as COPY text bytes (PostgreSQL): the writer sends the bytes as
 * they are; the text, values and org number as text are made only if something asks for them.
 */
class CopyTextRow implements CompanyInsert {
  constructor(
    readonly copy: Buffer,
    readonly copyStart: number,
    readonly copyEnd: number,
    readonly orgNumber: number,
    readonly inElma: boolean,
  ) {}
  get org(): string {
    return String(this.orgNumber).padStart(9, '0');
  }
  get text(): string {
    return this.copy.toString('utf8', this.copyStart, this.copyEnd - 1);
  }
  get values(): (string | null)[] {
    return decodeRow(this.text);
  }
}

export async function importCompanies(
  deps: WorkflowDeps,
  source: IngestSource,
  options: CompanyImportOptions,
  listener: CompanyImportListener = {},
): Promise<CompanyImportReport> {
  const stream: IngestStream = await openIngest(
    source,
    {
      kind: 'companies',
      batchRows: options.batchRows ?? 2_000,
      // PostgreSQL's COPY takes the rows as the parsing side writes them; SQLite binds values.
      rowForm: deps.db.dialect === 'postgres' ? 'copy' : 'values',
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    },
    { worker: options.worker === true ? undefined : (options.worker ?? false) },
  );
  const events = stream[Symbol.asyncIterator]();
  let finished = false;
  try {
    const first = (await events.next()).value as IngestEvent | undefined;
    if (!first || first.type === 'failure') {
      finished = true;
      throw first ? failureError(options.fileName, first) : new Error('the import stream ended at once');
    }
    if (first.type !== 'header') throw new Error(`expected the header, got ${first.type}`);
    const header = first;
    listener.header?.(header);
    const columnOf = new Map<CompanyField, string>();
    header.columns.forEach((name) => {
      const field = fieldForHeader(name);
      if (field && !columnOf.has(field)) columnOf.set(field, name);
    });

    const report: CompanyImportReport = {
      file: options.fileName,
      sha256: '',
      encoding: header.encoding,
      delimiter: header.delimiter === '\t' ? 'tab' : (header.delimiter ?? ','),
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      warnings: 0,
      committed: false,
      dry_run: options.dryRun,
      kept_good: options.keepGood,
      parsed_in_worker: stream.threaded,
    };
    const warn = (text: Notice) => {
      report.warnings++;
      listener.warning?.(text);
    };
    const actor = deps.actor();
    const now = actor.now.toISOString();
    const timings = {
      wait_for_rows: 0,
      register_lookup: 0,
      row_rules: 0,
      insert: 0,
      update: 0,
      finish: 0,
      commit: 0,
    };
    let mark = performance.now();
    /** With measure: how much each phase raised the process's peak RSS (KiB), and the peak before the first. */
    const peakGrowth: Partial<Record<keyof typeof timings, number>> = {};
    const startPeak = options.measure ? process.resourceUsage().maxRSS : 0;
    let lastPeak = startPeak;
    /** Adds the time since the last lap to `phase` (only with measure; cheap either way). */
    const lap = (phase: keyof typeof timings) => {
      const t = performance.now();
      timings[phase] += t - mark;
      mark = t;
      if (options.measure) {
        const peak = process.resourceUsage().maxRSS;
        if (peak > lastPeak) peakGrowth[phase] = (peakGrowth[phase] ?? 0) + peak - lastPeak;
        lastPeak = peak;
      }
    };

    // Into an empty companies table on SQLite, with no other connection to the file: a rollback
    // journal for this one transaction instead of the write-ahead log (new pages go once into the
    // file, not into the log and again at the checkpoint; see bulkLoadConnection). Decided before the
    // transaction; a company registered meanwhile only means a few pages more in the journal.
    const companiesEmpty = await isEmpty(deps.db.kysely, 'companies');
    const undoJournal = companiesEmpty
      ? await bulkLoadConnection(deps.db, { referencesChecked: false })
      : undefined;
    try {
      return await write();
    } finally {
      await undoJournal?.();
    }

    async function write(): Promise<CompanyImportReport> {
      // Bulk: other agents' single changes go on while the rows are written (see db/write-gate.ts).
      const written = await writeChange(
        deps.db,
        actor,
        { dryRun: options.dryRun, mode: 'bulk' },
        async (trx, audit) => {
          // A bigger page cache (SQLite) for the look-ups of stored companies and the index build.
          const undoSession = await bulkSession(deps.db);
          try {
            return await work(trx, audit);
          } finally {
            await undoSession();
          }
        },
      );
      lap('commit');
      if (options.measure)
        written.result.timings = {
          ...Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
          peak_mb_at_start: Math.round(startPeak / 1024),
          ...Object.fromEntries(
            Object.entries(peakGrowth).map(([k, v]) => [`peak_mb_in_${k}`, Math.round(v / 1024)]),
          ),
        };
      return { ...written.result, committed: !written.dryRun };
    }

    async function work(trx: Tx, audit: Audit): Promise<CompanyImportReport> {
      const writer = companyBulkWriter(deps.db, trx, now, { companiesEmpty });
      const state = await writer.registerState();
      if (state.brregDate === null) warn(coded('companies-import.no-brreg-extract'));
      const updateFields = COMPANY_FIELDS.filter(
        (f) =>
          f !== 'org_number' &&
          (header.present.includes(f) || (state.brregDate !== null && BUSINESS_FIELDS.includes(f))),
      );

      const refuse = (issues: readonly RowIssue[]) => {
        let lastLine = -1;
        for (const issue of issues) {
          listener.issue?.(issue);
          if (issue.line !== lastLine) report.rejected++;
          lastLine = issue.line;
        }
      };

      /** Counts a written batch's outcome; updates and audits the stored companies that changed. */
      const settle = async (
        outcome: CompanyRowsOutcome,
        rowOf: (org: string) => { values: CompanyValues; inElma: boolean },
      ) => {
        report.created += outcome.created;
        report.unchanged += outcome.unchanged;
        if (outcome.registeredMeanwhile) {
          // Counted as new when their batch came; compared as the stored companies they are now.
          report.created -= outcome.registeredMeanwhile;
          warn(coded('import.registered-meanwhile', { count: outcome.registeredMeanwhile }));
        }
        if (outcome.changed.length === 0) return;
        const updates: CompanyUpdate[] = [];
        const records: AuditRecord[] = [];
        for (const stored of outcome.changed) {
          // A writer may give the file's row with it (PostgreSQL must: it compares after the batch is gone).
          const next = stored.incoming ?? rowOf(stored.org_number);
          const changes: CompanyChange[] = companyChanges(
            stored,
            { ...next.values, in_elma: next.inElma },
            updateFields,
          );
          if (changes.length === 0) {
            report.unchanged++;
            continue;
          }
          updates.push({
            id: stored.id,
            version: stored.version,
            values: updateFields.map((f) => next.values[f]),
            inElma: next.inElma,
          });
          records.push({
            action: 'companies.update',
            targetType: 'company',
            targetId: stored.org_number,
            changes: changes,
          });
        }
        await writer.update(updateFields, updates);
        await appendAudit(trx, actor, records, options.dryRun);
        report.updated += updates.length;
        lap('update');
      };

      const takeBatch = async (batch: IngestBatch) => {
        lap('wait_for_rows');
        refuse(batch.issues);
        const n = batch.lines.length;
        // The copy form (PostgreSQL): the rows' COPY text, taken as it is by rows that need no rule.
        const copy =
          batch.copy.byteLength > 0
            ? Buffer.from(batch.copy.buffer, batch.copy.byteOffset, batch.copy.byteLength)
            : undefined;
        const registers = state.brregDate !== null || state.elmaDate !== null;
        const orgOf = (i: number) => String(batch.orgs[i]).padStart(9, '0');
        const orgs = registers ? Array.from(batch.orgs, (o) => String(o).padStart(9, '0')) : undefined;
        const facts = orgs ? await writer.registerFacts(orgs, state) : new Map<string, RegisterFacts>();
        lap('register_lookup');
        const inserts: CompanyInsert[] = [];
        for (let i = 0; i < n; i++) {
          const org = orgs ? (orgs[i] as string) : undefined;
          const known = org === undefined ? undefined : facts.get(org);
          if (
            known === undefined &&
            state.brregDate === null &&
            ((batch.flags[i] as number) & ROW_HAS_INVOICE_EMAIL) !== 0
          ) {
            inserts.push(
              copy
                ? new CopyTextRow(
                    copy,
                    batch.offsets[i] as number,
                    batch.offsets[i + 1] as number,
                    batch.orgs[i] as number,
                    false,
                  )
                : new CompanyRow(batch.values[i] as (string | null)[], org ?? orgOf(i), false),
            );
            continue;
          }
          const row = copy
            ? decodeRow(copy.toString('utf8', batch.offsets[i], (batch.offsets[i + 1] as number) - 1))
            : (batch.values[i] as (string | null)[]);
          const decision = applyRegister(valuesOf(row), known ?? { unit: null, inElma: false }, state, {
            force: options.force,
          });
          for (const w of decision.warnings) warn(`${options.fileName}: line ${batch.lines[i]}: ${w}`);
          if (!decision.ok) {
            refuse(
              decision.issues.map((issue) => ({
                line: batch.lines[i] as number,
                column: columnOf.get(issue.field) ?? describeField(issue.field),
                value: issue.value,
                reason: issue.reason,
                ...(issue.text ? { text: issue.text } : {}),
              })),
            );
            continue;
          }
          inserts.push(
            new CompanyRow(
              COMPANY_FIELDS.map((f) => decision.values[f]),
              org ?? orgOf(i),
              decision.inElma,
            ),
          );
        }
        lap('row_rules');
        const outcome = await writer.writeRows(inserts, updateFields);
        lap('insert');
        let byOrg: Map<string, CompanyInsert> | undefined;
        await settle(outcome, (org) => {
          byOrg ??= new Map(inserts.map((r) => [r.org, r]));
          const row = byOrg.get(org) as CompanyInsert;
          // The row holds the values the import decided on (after the register rules), in field order.
          return { values: valuesOf(row.values), inElma: row.inElma };
        });
        listener.progress?.({ records: batch.records, bytes: batch.bytes });
      };

      try {
        for (;;) {
          const next = await events.next();
          if (next.done) throw new Error('the import stream ended without its end');
          const event = next.value;
          if (event.type === 'batch') await takeBatch(event);
          else if (event.type === 'failure') {
            finished = true;
            throw failureError(options.fileName, event);
          } else if (event.type === 'end') {
            lap('wait_for_rows');
            finished = true;
            report.rows = event.records;
            report.sha256 = event.sha256;
            break;
          }
        }
        // What the writer still holds (PostgreSQL: an open COPY and the stored companies it compares
        // in one statement at the end; SQLite: the org_number index it loaded without) is written and
        // settled before the audit.
        if (writer.finish)
          for await (const outcome of writer.finish()) {
            lap('finish');
            await settle(outcome, () => {
              throw new Error('the writer gave a changed company without its row');
            });
          }
        lap('finish');
      } catch (error) {
        await writer.abort?.();
        throw error;
      }
      if (report.rejected > 0 && !options.keepGood) throw new RollBackAll(report);
      report.committed = !options.dryRun;
      audit({
        action: 'companies.import',
        targetType: 'file',
        targetId: options.fileName,
        changes: {
          sha256: report.sha256,
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          rejected: report.rejected,
          kept_good: options.keepGood,
        },
      });
      mark = performance.now();
      return report;
    }
  } catch (error) {
    if (error instanceof RollBackAll) return { ...error.report, committed: false };
    throw error;
  } finally {
    if (!finished) await stream.cancel();
  }
}
