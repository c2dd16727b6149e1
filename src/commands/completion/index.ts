// `kursdesk completion bash|zsh|fish`: the script that teaches a shell to complete kursdesk. Each script
// asks `kursdesk __complete` for the candidates, so nouns, verbs, flags and their values come from the
// command tree (and course codes and unit ids from the database) rather than from a list kept here.
import { Argument, type Command } from 'commander';
import { examples, type Runner } from '../runner.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** zsh's first function folder, written as the user types it. */
const ZSH_FUNCTIONS = '$' + '{fpath[1]}';
export type Shell = (typeof SHELLS)[number];

/** The name the script completes and calls: the program's own name. */
export function completionScript(shell: Shell, program: string): string {
  const fn = `_${program.replace(/[^A-Za-z0-9_]/g, '_')}`;
  switch (shell) {
    case 'bash':
      return `# ${program} completion for bash. Install: ${program} completion bash > ~/.local/share/bash-completion/completions/${program}
# (or add  source <(${program} completion bash)  to ~/.bashrc)
${fn}_complete() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  local IFS=$'\\n'
  local candidates
  candidates=$(${program} __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null | cut -f1)
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}
complete -o default -F ${fn}_complete ${program}
`;
    case 'zsh':
      return `#compdef ${program}
# ${program} completion for zsh. Install: ${program} completion zsh > "\${fpath[1]}/_${program}"
# (or add  source <(${program} completion zsh)  to ~/.zshrc after compinit)
${fn}() {
  local -a candidates
  local line value description
  for line in "\${(@f)$(${program} __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}"; do
    [[ -z $line ]] && continue
    value=\${line%%$'\\t'*}
    description=\${line#*$'\\t'}
    candidates+=("\${value//:/\\\\:}:\${description}")
  done
  if (( \${#candidates} )); then
    _describe -t values '${program}' candidates
  else
    _files
  fi
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${program}
fi
`;
    case 'fish':
      return `# ${program} completion for fish. Install: ${program} completion fish > ~/.config/fish/completions/${program}.fish
function _${fn}_complete
    set -l words (commandline -opc)
    set -e words[1]
    ${program} __complete -- $words (commandline -ct) 2>/dev/null
end
complete -c ${program} -f -a '(_${fn}_complete)'
`;
  }
}

export function register(parent: Command, run: Runner): void {
  parent
    .command('completion')
    .description('print the shell completion script for bash, zsh or fish (nouns, verbs, flags, values)')
    .addArgument(new Argument('<shell>', 'the shell to complete in').choices(SHELLS))
    .addHelpText(
      'after',
      `
The script completes nouns, verbs and flags, the values of flags with a fixed
set (formats, languages), duration units (90d, 12w, 6mo, 1y) and, from the
database, course codes and the ids of coming units. Install it once (then open
a new shell; zsh needs compinit):
${examples(
  'kursdesk completion bash | sudo tee /etc/bash_completion.d/kursdesk',
  `kursdesk completion zsh > "${ZSH_FUNCTIONS}/_kursdesk"`,
  'kursdesk completion fish > ~/.config/fish/completions/kursdesk.fish',
)}`,
    )
    .action(async (shell: Shell, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        ctx.io.out(completionScript(shell, 'kursdesk'));
        return undefined;
      }),
    );
}
