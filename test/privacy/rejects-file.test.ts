// The rejected-rows report is a file that is kept: a national ID in a cell is masked there whether its
// check digits hold or not (a refused number is most often refused for a typo), in every written form.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRejectsFile } from '../../src/output/rejects-csv.js';

describe('the rejected-rows report', () => {
  it('masks national IDs in values and reasons, valid or mistyped, and keeps other numbers', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kursdesk-rejects-')), 'rejects.csv');
    const report = openRejectsFile(path, ';');
    report.write({ line: 2, column: 'learner', value: '15108695077', reason: 'wrong check digit' });
    report.write({ line: 3, column: 'phone', value: '15.10.86-95088', reason: 'not a phone number' });
    report.write({ line: 4, column: 'org', value: '988 077 91', reason: 'for 151086 950 77: eight digits' });
    await report.close();
    const written = readFileSync(path, 'utf8');
    expect(written).not.toMatch(/95077|95088|950 77/);
    expect(written.match(/151086 \*\*\*\*\*/g)).toHaveLength(3);
    expect(written).toContain('988 077 91');
  });
});
