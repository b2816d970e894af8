/** The server's settings (section "fzlint" of the editor's configuration, or initializationOptions). */
export interface ServerSettings {
  /** Lint documents at all. */
  enable: boolean;
  /** Like the CLI's --config: use this file for every document instead of searching (relative to the workspace folder). */
  configPath: string | null;
  /** Lint while typing (debounced) or only when the document is opened or saved. */
  run: 'onType' | 'onSave';
  /** Quiet time after the last keystroke before re-linting, in milliseconds (onType). */
  debounce: number;
  /** Honour .fzlintignore and the config's ignorePatterns, as the CLI does (false: like --no-ignore). */
  ignore: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = { enable: true, configPath: null, run: 'onType', debounce: 150, ignore: true };

/** Accept what an editor sends (missing keys, nulls, wrong types) and fill in from `base`. */
export function normaliseSettings(raw: unknown, base: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : base.enable,
    configPath: typeof r.configPath === 'string' && r.configPath.trim() ? r.configPath.trim() : r.configPath === null || r.configPath === '' ? null : base.configPath,
    run: r.run === 'onType' || r.run === 'onSave' ? r.run : base.run,
    debounce: typeof r.debounce === 'number' && Number.isFinite(r.debounce) && r.debounce >= 0 ? Math.min(r.debounce, 5000) : base.debounce,
    ignore: typeof r.ignore === 'boolean' ? r.ignore : base.ignore,
  };
}
