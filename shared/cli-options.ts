import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * Declarative command-line options with environment-variable equivalents: one table gives
 * parsing, validation and --help. Flags win over the environment, which wins over defaults.
 */
export type OptionSpec =
  | { kind: 'string'; env: string; help: string; required?: boolean; default?: string; pattern?: RegExp; patternHelp?: string }
  | { kind: 'int'; env: string; help: string; required?: boolean; default?: number; min: number; max: number }
  | { kind: 'bool'; env: string; help: string; default?: boolean };

export type OptionTable = Record<string, OptionSpec>;

type ValueOf<S extends OptionSpec> = S extends { kind: 'int' } ? number : S extends { kind: 'bool' } ? boolean : string;
export type ParsedOptions<T extends OptionTable> = {
  [K in keyof T]: T[K] extends { required: true } | { default: unknown } ? ValueOf<T[K]> : ValueOf<T[K]> | undefined;
};

export class ConfigError extends Error {}

export function parseOptions<T extends OptionTable>(table: T, argv: readonly string[], env: NodeJS.ProcessEnv): ParsedOptions<T> | 'help' {
  const options: Record<string, { type: 'string' | 'boolean' }> = { help: { type: 'boolean' } };
  for (const [name, spec] of Object.entries(table)) options[name] = { type: spec.kind === 'bool' ? 'boolean' : 'string' };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }) as { values: Record<string, string | boolean | undefined> });
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  if (values.help === true) return 'help';
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(table)) {
    const raw = values[name] ?? (env[spec.env] !== undefined && env[spec.env] !== '' ? env[spec.env] : undefined);
    const from = values[name] !== undefined ? `--${name}` : spec.env;
    if (spec.kind === 'bool') {
      out[name] = typeof raw === 'boolean' ? raw : raw === undefined ? (spec.default ?? false) : /^(1|true|yes)$/i.test(raw);
      continue;
    }
    if (raw === undefined) {
      if (spec.default !== undefined) out[name] = spec.default;
      else if (spec.required) throw new ConfigError(`--${name} (or ${spec.env}) is required: ${spec.help}`);
      continue;
    }
    const text = String(raw);
    if (spec.kind === 'int') {
      const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < spec.min || n > spec.max) {
        throw new ConfigError(`${from}: "${text}" is not an integer between ${spec.min} and ${spec.max}`);
      }
      out[name] = n;
    } else {
      if (spec.pattern && !spec.pattern.test(text)) throw new ConfigError(`${from}: "${text}" ${spec.patternHelp ?? `does not match ${spec.pattern}`}`);
      out[name] = text;
    }
  }
  return out as ParsedOptions<T>;
}

export function formatHelp(command: string, summary: string, table: OptionTable): string {
  const lines = [`Usage: ${command} [options]`, '', summary, '', 'Options (each also read from the environment variable shown):'];
  for (const [name, spec] of Object.entries(table)) {
    const arg = spec.kind === 'bool' ? '' : spec.kind === 'int' ? ' <n>' : ' <value>';
    const def = 'default' in spec && spec.default !== undefined ? ` (default: ${String(spec.default)})` : spec.kind !== 'bool' && spec.required ? ' (required)' : '';
    lines.push(`  --${name}${arg}`.padEnd(34) + `${spec.env}`);
    lines.push(`      ${spec.help}${def}`);
  }
  lines.push('  --help'.padEnd(34) + 'this text');
  return lines.join('\n') + '\n';
}

/** Reads a file named by an option; a missing or unreadable file is a ConfigError naming the option. */
export function readFileOption(flag: string, file: string | undefined): Buffer | undefined {
  if (file === undefined) return undefined;
  try {
    return readFileSync(file);
  } catch (err) {
    throw new ConfigError(`--${flag}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
