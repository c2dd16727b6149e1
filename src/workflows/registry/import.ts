// W9: loading the register extracts. One or more files (Brønnøysund main units and subunits, or a
// Peppol participants export) replace the previous extract of that register in one transaction, so
// a look-up sees either the old extract or the new one, never a mix, and a failed load changes nothing.
import { isoDate } from '../../context/clock.js';
import { registerBulkWriter } from '../../db/bulk.js';
import { writeChange } from '../../db/write-gate.js';
import type { RowIssue } from '../../domain/companies/import-rows.js';
import type { Delimiter } from '../../domain/ingest/csv-records.js';
import { text as coded } from '../../domain/messages/index.js';
import { ConflictError, UserError } from '../../errors.js';
import type { WorkflowDeps } from '../deps.js';
import { type IngestSource, openIngest } from '../ingest/batches.js';
import type { IngestEvent, IngestHeader } from '../ingest/protocol.js';

export type RegisterSource = 'brreg' | 'elma';

export interface RegisterFile {
  name: string;
  source: IngestSource;
  /** The file's modification date, the extract date when nothing better is known. */
  modified: Date | undefined;
}

export interface RegisterImportOptions {
  dryRun: boolean;
  /** yyyy-mm-dd; default: the export's own date (Peppol JSON), else the first file's modification date. */
  extractDate?: string;
  delimiter?: Delimiter;
  worker?: string | false;
}

export interface RegisterImportListener {
  header?(file: string, header: IngestHeader): void;
  /** A row that was skipped (invalid number, duplicate), with the file it is in. */
  skipped?(file: string, issue: RowIssue): void;
  progress?(file: string, done: { records: number; bytes: number }): void;
}

export interface RegisterFileReport {
  file: string;
  format: string;
  content: string;
  records: number;
  loaded: number;
  skipped: number;
  sha256: string;
}

export interface RegisterImportReport {
  register: RegisterSource;
  extract_id: number;
  extract_date: string;
  rows: number;
  files: RegisterFileReport[];
  committed: boolean;
}

function failure(file: string, event: Extract<IngestEvent, { type: 'failure' }>): Error {
  if (event.internal) return new Error(event.reason);
  return new UserError(coded('registry-file.refused', { file, line: event.line, reason: event.reason }));
}

function duplicateAcrossFiles(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT');
}

export async function importRegister(
  deps: WorkflowDeps,
  register: RegisterSource,
  files: readonly RegisterFile[],
  options: RegisterImportOptions,
  listener: RegisterImportListener = {},
): Promise<RegisterImportReport> {
  const actor = deps.actor();
  const table = register === 'brreg' ? 'brreg_units' : 'elma_participants';
  try {
    const { result, dryRun } = await writeChange(
      deps.db,
      actor,
      { dryRun: options.dryRun },
      async (trx, audit) => {
        const extract = await trx
          .insertInto('register_extracts')
          .values({
            source: register,
            extract_date: null,
            file_name: files.map((f) => f.name).join(', '),
            row_count: 0,
            imported_at: actor.now.toISOString(),
            current: false,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const writer = registerBulkWriter(deps.db, trx, table, extract.id);
        await writer.clear();
        const reports: RegisterFileReport[] = [];
        let exportDate: string | undefined;
        for (const file of files) {
          const stream = await openIngest(
            file.source,
            {
              kind: register,
              batchRows: 5_000,
              ...(options.delimiter ? { delimiter: options.delimiter } : {}),
            },
            { worker: options.worker },
          );
          const report: RegisterFileReport = {
            file: file.name,
            format: '',
            content: register === 'brreg' ? 'units' : 'participants',
            records: 0,
            loaded: 0,
            skipped: 0,
            sha256: '',
          };
          let finished = false;
          try {
            for await (const event of stream) {
              if (event.type === 'failure') {
                finished = true;
                throw failure(file.name, event);
              }
              if (event.type === 'header') {
                report.format = `${event.format}${event.gzip ? ', gzip' : ''}`;
                if (event.subunits !== undefined) report.content = event.subunits ? 'subunits' : 'main units';
                listener.header?.(file.name, event);
              } else if (event.type === 'batch') {
                await writer.insert(event.text);
                report.loaded += event.lines.length;
                for (const issue of event.issues) listener.skipped?.(file.name, issue);
                listener.progress?.(file.name, { records: event.records, bytes: event.bytes });
              } else {
                finished = true;
                report.records = event.records;
                report.skipped = event.records - report.loaded;
                report.sha256 = event.sha256;
                exportDate ??= event.meta.creationdt?.slice(0, 10);
              }
            }
          } finally {
            if (!finished) await stream.cancel();
          }
          reports.push(report);
        }
        const firstModified = files[0]?.modified;
        const extractDate =
          options.extractDate ?? exportDate ?? (firstModified ? isoDate(firstModified) : isoDate(actor.now));
        const rows = reports.reduce((sum, r) => sum + r.loaded, 0);
        await trx
          .updateTable('register_extracts')
          .set({ extract_date: extractDate, row_count: rows })
          .where('id', '=', extract.id)
          .execute();
        await trx
          .updateTable('register_extracts')
          .set({ current: false })
          .where('source', '=', register)
          .execute();
        await trx
          .updateTable('register_extracts')
          .set({ current: true })
          .where('id', '=', extract.id)
          .execute();
        audit({
          action: 'registry.import',
          targetType: 'register',
          targetId: register,
          changes: {
            extract_id: extract.id,
            extract_date: extractDate,
            rows,
            files: reports.map((r) => ({
              file: r.file,
              rows: r.loaded,
              skipped: r.skipped,
              sha256: r.sha256,
            })),
          },
        });
        return { register, extract_id: extract.id, extract_date: extractDate, rows, files: reports };
      },
    );
    return { ...result, committed: !dryRun };
  } catch (error) {
    if (duplicateAcrossFiles(error)) {
      throw new ConflictError(coded('registry-file.same-org-twice'));
    }
    throw error;
  }
}
