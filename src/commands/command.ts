import type { CommandContext } from '../engine/context.js';
import type { OfflineContext, RepositoryContext } from '../engine/offline.js';
import type { Outcome } from '../engine/outcome.js';
import type { EngineOptions } from '../engine/options.js';
import type { SettingsOf } from '../engine/settings.js';
import type { PromotionConfig } from '../config/load.js';
import type { Command, Reports } from '../result.js';
import type { OptionTable, OptionValues } from './option.js';

/** What the adapters know of a run besides its options. */
export interface InvocationContext {
  root: string;
  env: NodeJS.ProcessEnv;
  /** The words after the command on the command line (only `flags` takes any). */
  words: string[];
  /** How the adapter names the command (the action says flags-off for flags off). */
  spelledAs: string;
  /** Which adapter runs it: the action takes the runner's defaults (this repository, this run). */
  adapter: 'cli' | 'action';
}

/** The engine's options a command's checked options stand for. */
export type EngineFields = Omit<EngineOptions, 'command' | 'root' | 'onEvent' | 'env'>;

interface CommandBase<T extends OptionTable, N extends Command> {
  name: N;
  /** One line for --help; a GitHub command's is also action.yml's description of it (scripts/action-docs.ts). */
  summary: string;
  /** Whether it may change the database (the window gate and the adapters' wording use it). */
  writes: boolean;
  /** Whether --dry-run is honoured; for any other command it would be a lie, so it is refused. */
  dryRun: boolean;
  /**
   * Maintenance windows: 'guarded' commands are refused on production outside every window,
   * 'told' ones only say where the run stands, 'none' ignore them.
   */
  windows: 'guarded' | 'told' | 'none';
  /** Its own options, beside the shared ones (database-url, config, phase). */
  options: T;
  /** The action's spellings of the command; empty when the action does not run it. */
  actionNames: readonly string[];
  /** The command line's spelling when it is not the name (`gates check` for gates-check). */
  cli?: string;
  /** Its report when it did not get to make one (refused before it ran, or it threw): what its result holds beside the envelope. */
  report(options: EngineOptions): Reports[N];
  /**
   * Its options merged over the config, the one place a command-line value meets the config's:
   * run once the config is read and before anything connects; its body gets the result.
   */
  resolve?(config: PromotionConfig, options: EngineOptions): SettingsOf<N> | Promise<SettingsOf<N>>;
  /** Its options as the engine's, with what needs more than one option checked here. */
  engine(values: OptionValues<T>, shared: SharedValues, ctx: InvocationContext): EngineFields;
}

export interface SharedValues {
  databaseUrl?: string;
  /** Given as an option, not taken from $DATABASE_URL. */
  databaseUrlGiven: boolean;
  configPath?: string;
  phases: string[];
}

export interface DatabaseCommand<T extends OptionTable = OptionTable, N extends Command = Command> extends CommandBase<T, N> {
  connects: true;
  config?: 'required';
  /** Runs the command on its open session and returns its report; its code loads only now. */
  run(ctx: CommandContext<N>): Promise<Outcome<N>>;
}

export interface OfflineCommand<T extends OptionTable = OptionTable, N extends Command = Command> extends CommandBase<T, N> {
  connects: false;
  config?: 'required';
  /** Runs the command on the repository alone and returns its report; its code loads only now. */
  run(ctx: OfflineContext): Promise<Outcome<N>>;
}

export interface RepositoryCommand<T extends OptionTable = OptionTable, N extends Command = Command> extends CommandBase<T, N> {
  connects: false;
  /** Runs without a config (init writes one). */
  config: 'none';
  run(ctx: RepositoryContext): Promise<Outcome<N>>;
}

export type CommandSpec<T extends OptionTable = OptionTable, N extends Command = Command> = DatabaseCommand<T, N> | OfflineCommand<T, N> | RepositoryCommand<T, N>;

/** Typed declaration: the options' values are known from the table. */
export const defineCommand = <T extends OptionTable, const N extends Command>(spec: CommandSpec<T, N>): CommandSpec<T, N> => spec;
