// Which programs the test code starts, read from its syntax tree (vite's parser, which reads
// TypeScript): every call of child_process (or node-pty) must start node itself (process.execPath or
// 'node'), bin/kursdesk or a program under node_modules/.bin, so `npm test` needs nothing npm does not
// install. A command that cannot be read from the code (a parameter, a computed value) is refused too:
// the old PDF helper ran pdftotext through a `tool(name)` parameter.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseAst } from 'vite';

/**
 * The one exception: the PostgreSQL server programs the machine provides (a test of the server's own
 * set-up, e.g. TLS, may run initdb and pg_ctl). A file that runs them must skip itself, with a reason,
 * where they are absent (it.skipIf / describe.skipIf), so `npm test` still passes without them.
 */
export const POSTGRES_SERVER_PROGRAMS: readonly string[] = [
  'initdb',
  'pg_ctl',
  'postgres',
  'pg_ctlcluster',
  'pg_isready',
];

/**
 * The second exception: the shells whose completion scripts kursdesk prints. The only faithful test of a
 * bash completion script is bash loading it and calling it as on TAB; node cannot stand in. Same terms:
 * a file that runs one skips itself where it is absent (skipIf / runIf).
 */
export const COMPLETION_SHELLS: readonly string[] = ['bash', 'zsh', 'fish'];

/**
 * The third exception: mkfifo, for the tests of named pipes (a file argument or an output file that is
 * a FIFO). Node has no call that makes one. Same terms: a file that runs it skips those tests where it
 * is absent.
 */
export const FIFO_MAKERS: readonly string[] = ['mkfifo'];

const SKIPS = /\b(skipIf|runIf)\(/;

const CHILD_PROCESS = new Set(['node:child_process', 'child_process']);
const PTY = new Set(['@lydell/node-pty', 'node-pty']);
/** Packages whose purpose is to start programs: the check cannot see what they run. */
const PROGRAM_RUNNERS = new Set(['execa', 'cross-spawn', 'zx', 'shelljs', 'tinyexec', 'nano-spawn']);
const STARTERS = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork']);
const SHELLS = new Set(['exec', 'execSync']);

export interface Finding {
  file: string;
  line: number;
  problem: string;
}

// biome-ignore lint/suspicious/noExplicitAny: a generic walk over ESTree nodes.
type Node = any;

function walk(node: Node, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const [key, value] of Object.entries(node)) if (key !== 'parent') walk(value, visit);
}

function lineOf(code: string, offset: number): number {
  return code.slice(0, offset).split('\n').length;
}

function parse(path: string, code: string): Node {
  return parseAst(code, { lang: /\.m?tsx?$/.test(path) ? 'ts' : 'js', sourceType: 'module' }, path);
}

/** The string literals of an expression, in order (join(…, 'bin', 'kursdesk'), a template's parts). */
function literals(node: Node): string[] {
  const out: string[] = [];
  walk(node, (n) => {
    if (n.type === 'Literal' && typeof n.value === 'string') out.push(n.value);
    if (n.type === 'TemplateElement') out.push(n.value.cooked ?? n.value.raw);
  });
  return out;
}

/** Top-level `const NAME = …` of a file, and the relative module each imported name comes from. */
function bindings(ast: Node, file: string) {
  const consts = new Map<string, Node>();
  const imported = new Map<string, { from: string; name: string }>();
  walk(ast, (n) => {
    if (n.type === 'VariableDeclarator' && n.id?.type === 'Identifier' && n.init)
      consts.set(n.id.name, n.init);
    if (n.type === 'ImportDeclaration' && String(n.source.value).startsWith('.')) {
      const from = resolve(dirname(file), String(n.source.value).replace(/\.js$/, '.ts'));
      for (const s of n.specifiers)
        if (s.type === 'ImportSpecifier') imported.set(s.local.name, { from, name: s.imported.name });
    }
  });
  return { consts, imported };
}

type Verdict =
  | { ok: true }
  | { ok: false; why: string }
  | { ok: 'if-present'; program: string; kind: string };

function judgeCommand(node: Node, file: string, ast: Node, depth = 0): Verdict {
  if (!node) return { ok: false, why: 'no program named' };
  if (node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression')
    return judgeCommand(node.expression, file, ast, depth);
  if (
    node.type === 'MemberExpression' &&
    node.object?.name === 'process' &&
    (node.property?.name === 'execPath' || node.property?.value === 'execPath')
  )
    return { ok: true };
  if (node.type === 'Identifier' && depth < 3) {
    const { consts, imported } = bindings(ast, file);
    const init = consts.get(node.name);
    if (init) return judgeCommand(init, file, ast, depth + 1);
    const from = imported.get(node.name);
    if (from) {
      const code = readFileSync(from.from, 'utf8');
      const other = parse(from.from, code);
      const theirs = bindings(other, from.from).consts.get(from.name);
      if (theirs) return judgeCommand(theirs, from.from, other, depth + 1);
    }
    return { ok: false, why: `'${node.name}' is not a value this check can read` };
  }
  const parts = literals(node);
  if (parts.length === 0)
    return { ok: false, why: 'the program is computed, so this check cannot tell what it is' };
  const path = parts.join('/').replace(/\/+/g, '/');
  const name = basename(path);
  if (name === 'node' && parts.length === 1) return { ok: true };
  if (/(^|\/)bin\/kursdesk$/.test(path)) return { ok: true };
  if (/(^|\/)node_modules\/\.bin\/[^/]+$/.test(path)) return { ok: true };
  if (POSTGRES_SERVER_PROGRAMS.includes(name))
    return { ok: 'if-present', program: name, kind: 'the PostgreSQL programs are' };
  if (COMPLETION_SHELLS.includes(name)) return { ok: 'if-present', program: name, kind: `${name} is` };
  if (FIFO_MAKERS.includes(name)) return { ok: 'if-present', program: name, kind: `${name} is` };
  return { ok: false, why: `'${name}' is not a program npm installs` };
}

/** What one source file starts that npm did not install. */
export function scanSource(file: string, code: string): Finding[] {
  const ast = parse(file, code);
  const findings: Finding[] = [];
  const at = (node: Node, problem: string) =>
    findings.push({ file, line: lineOf(code, node.start), problem });
  const starters = new Map<string, string>();
  const namespaces = new Set<string>();
  walk(ast, (n) => {
    const source =
      n.type === 'ImportDeclaration' || n.type === 'ImportExpression'
        ? n.source?.value
        : n.type === 'CallExpression' && n.callee?.name === 'require'
          ? n.arguments[0]?.value
          : undefined;
    if (typeof source !== 'string') return;
    if (PROGRAM_RUNNERS.has(source)) at(n, `imports ${source}, which starts programs this check cannot see`);
    if (!CHILD_PROCESS.has(source) && !PTY.has(source)) return;
    if (n.type !== 'ImportDeclaration') {
      at(n, `loads ${source} dynamically: import it at the top, so this check can see what it starts`);
      return;
    }
    for (const s of n.specifiers) {
      if (s.type === 'ImportSpecifier' && STARTERS.has(s.imported.name))
        starters.set(s.local.name, s.imported.name);
      else if (s.type !== 'ImportSpecifier') namespaces.add(s.local.name);
    }
  });
  walk(ast, (n) => {
    if (n.type !== 'CallExpression') return;
    const callee = n.callee;
    let fn: string | undefined;
    if (callee.type === 'Identifier') fn = starters.get(callee.name);
    else if (callee.type === 'MemberExpression' && namespaces.has(callee.object?.name)) {
      const name = callee.property?.name;
      if (STARTERS.has(name)) fn = name;
    }
    if (!fn) return;
    if (SHELLS.has(fn)) return at(n, `${fn} runs a shell command; start node with execFile or spawn instead`);
    for (const arg of n.arguments)
      if (arg.type === 'ObjectExpression')
        for (const p of arg.properties)
          if (p.key?.name === 'shell' && !(p.value.type === 'Literal' && p.value.value === false))
            at(n, `${fn} with a shell: the shell could run anything`);
    if (fn === 'fork') return; // always node
    const verdict = judgeCommand(n.arguments[0], file, ast);
    if (verdict.ok === 'if-present') {
      if (!skipsWhereAbsent(file, code))
        at(n, `runs ${verdict.program} but never skips itself (skipIf) where ${verdict.kind} absent`);
    } else if (!verdict.ok) at(n, `${fn}: ${verdict.why}`);
  });
  return findings;
}

/**
 * Whether a file skips itself (skipIf / runIf); a helper cannot, so for a file in a helpers folder every
 * file that imports it must (test/helpers/tls-cluster.ts runs initdb for test/db/server-connection.test.ts).
 */
function skipsWhereAbsent(file: string, code: string): boolean {
  if (SKIPS.test(code)) return true;
  if (basename(dirname(file)) !== 'helpers') return false;
  const helper = `/helpers/${basename(file).replace(/\.ts$/, '.js')}'`;
  const importers = sourceFiles(dirname(dirname(file)))
    .map((f) => readFileSync(f, 'utf8'))
    .filter((other) => other.includes(helper));
  return importers.length > 0 && importers.every((other) => SKIPS.test(other));
}

/** Every source file under a folder (tests, helpers, bundled test programs). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(m|c)?[jt]s$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
