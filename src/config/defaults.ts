/** Where pg-promote looks for its config when --config is not given (and where init writes it). */
export const DEFAULT_CONFIG_PATH = 'db/promotion.yml';

/** The file a missing setting is to be added to: the config read. */
export function configFileToEdit(source: string): string {
  return source;
}
