// The guided mode's reader of pasted tickets, fed as a terminal in raw mode feeds it: a paste arrives as
// one burst (bracketed or not) and keeps its blank lines; Enter alone on an empty line or Ctrl-D ends it.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/errors.js';
import { readPasted } from '../../src/guided/terminal.js';

function terminal() {
  const stdin = Object.assign(new PassThrough(), { setRawMode: () => stdin, isTTY: true });
  const out = new PassThrough();
  let echoed = '';
  out.on('data', (d) => {
    echoed += String(d);
  });
  const reading = readPasted(stdin as unknown as NodeJS.ReadStream, out, 'Paste the ticket', '(end …)');
  const send = async (...chunks: string[]) => {
    for (const chunk of chunks) {
      stdin.write(chunk);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { reading, send, echoed: () => echoed };
}

const MAIL = 'Hei!\r\rJeg har glemt passordet.\r\rMvh\rKari\r';

describe('readPasted', () => {
  it('keeps the blank lines of a bracketed paste and ends on Enter alone', async () => {
    const t = terminal();
    await t.send(`\u001b[200~${MAIL}\u001b[201~`, '\r');
    expect(await t.reading).toBe('Hei!\n\nJeg har glemt passordet.\n\nMvh\nKari\n');
    expect(t.echoed()).toContain('Jeg har glemt passordet.');
  });

  it('keeps them too when the terminal does not mark pastes: the burst is not a typed Enter', async () => {
    const t = terminal();
    await t.send(MAIL.replace(/\r/g, '\r\n'), '\r');
    expect(await t.reading).toBe('Hei!\n\nJeg har glemt passordet.\n\nMvh\nKari\n');
  });

  it('ends typed text with Ctrl-D, and Backspace takes back a letter', async () => {
    const t = terminal();
    await t.send('p', 'a', 's', 's', 'x', '\u007f', '\u0004');
    expect(await t.reading).toBe('pass\n');
  });

  it('does not end on an Enter before anything was written', async () => {
    const t = terminal();
    await t.send('\r', 'Hei', '\r', '\r');
    expect(await t.reading).toBe('Hei\n');
  });

  it('echoes a national ID masked but keeps it in the text, and other numbers as they are', async () => {
    const t = terminal();
    await t.send('fnr 15108695088, ellers 151086 95088.\rTlf 41234567, ordre 123456789012\r', '\r');
    expect(await t.reading).toBe('fnr 15108695088, ellers 151086 95088.\nTlf 41234567, ordre 123456789012\n');
    const echoed = t.echoed();
    expect(echoed).toContain('fnr 151086 *****, ellers 151086 *****.');
    expect(echoed).not.toMatch(/95088/);
    expect(echoed).toContain('Tlf 41234567, ordre 123456789012');
  });

  it('echoes a national ID written with spaces, dots, a dash or a slash masked, dates and phones as they are', async () => {
    const t = terminal();
    const typed =
      'a 151086 950 88 b 15.10.86-95088 c 15/10/86 95088 d 151086950881 e 15.10.86 f +47 412 34 567\r';
    await t.send(typed, '\r');
    expect(await t.reading).toBe(`${typed.slice(0, -1)}\n`);
    const echoed = t.echoed();
    expect(echoed).not.toMatch(/950 ?88/);
    expect(echoed).toContain('e 15.10.86 f +47 412 34 567');
    expect(echoed).toContain('d ****** *****');
  });

  it('cancels on Ctrl-C', async () => {
    const t = terminal();
    // The rejection comes while the keys are typed: expect it before typing, or it is unhandled.
    const cancelled = expect(t.reading).rejects.toBeInstanceOf(CancelledError);
    await t.send('Hei', '\u0003');
    await cancelled;
  });
});
