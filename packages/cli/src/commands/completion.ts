// haso completion bash: a bash completion script for commands, operation ids and options (generated from the
// command table and the operation table, so it never lists an operation by hand).
import type { Command, Context } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { OPTIONS } from '../options.js';

const SHELLS = ['bash'] as const;

function words(list: readonly string[]): string {
  return list.join(' ').replace(/[^\w ./-]/g, '');
}

/** The bash completion script for the given commands. */
export function bashCompletion(commands: readonly Command[]): string {
  const names = commands.map((c) => c.name);
  const cases = commands.map((c) => {
    const flags = c.options.map((o) => `--${o.name}`);
    const positionals = c.name === 'help' ? [...names, ...c.positionals()] : c.positionals();
    return `    ${c.name}) flags="${words(flags)}"; positionals="${words(positionals)}" ;;`;
  });
  return `# bash completion for haso (@haso-toolkit/cli). Load it with:  source <(haso completion bash)
_haso_complete() {
  local cur prev flags positionals
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${words(names)} --help" -- "$cur") )
    return 0
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
    *) return 0 ;;
  esac
  if [ "$prev" = "--${OPTIONS.bodyFile.name}" ]; then
    COMPREPLY=( $(compgen -f -- "$cur") )
  elif [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$flags" -- "$cur") )
  elif [ "$COMP_CWORD" -eq 2 ]; then
    COMPREPLY=( $(compgen -W "$positionals" -- "$cur") )
  fi
  return 0
}
complete -o default -F _haso_complete haso`;
}

/** `haso completion`. */
export const completionCommand: Command = {
  name: 'completion',
  summary: 'print a shell completion script (bash) for commands, operation ids and options',
  usage: 'haso completion bash',
  options: [OPTIONS.help],
  details: () => 'Add to ~/.bashrc:  source <(haso completion bash)',
  positionals: () => SHELLS,
  async run(args, ctx: Context) {
    const [shell, extra] = args.positionals;
    if (extra !== undefined) throw new CliError(`unexpected argument '${extra}' (see haso completion --help)`);
    if (shell !== 'bash')
      throw new CliError(
        `${shell === undefined ? 'missing shell' : `unsupported shell '${shell}'`} (haso completion bash)`,
      );
    ctx.out.out(bashCompletion(ctx.commands));
    return EXIT.ok;
  },
};
