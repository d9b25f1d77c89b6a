// Minimal argument parsing shared by the CLI commands: known flags, `-o FILE` style options, paths.
export interface ParsedArgs {
  flags: Set<string>;
  options: Map<string, string>;
  paths: string[];
  error?: string;
}

export function parseArgs(argv: string[], knownFlags: string[], knownOptions: string[] = []): ParsedArgs {
  const result: ParsedArgs = { flags: new Set(), options: new Map(), paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { result.paths.push(...argv.slice(i + 1)); break; }
    if (knownOptions.includes(a)) {
      if (i + 1 >= argv.length) return { ...result, error: `${a} needs a value` };
      result.options.set(a, argv[++i]);
    } else if (knownFlags.includes(a)) {
      result.flags.add(a);
    } else if (a.startsWith('-') && a !== '-') {
      return { ...result, error: `unknown option ${a}` };
    } else {
      result.paths.push(a);
    }
  }
  return result;
}
