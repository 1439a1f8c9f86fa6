import { readOptions } from '../validate/read-options.js';
import type { WorkspaceResult } from '../validate/validate-workspace.js';
import { combineWorkspace, notAList, readEntry } from '../validate/validate-workspace.js';
import type { ValidateTextOptions } from './validate-document-text.js';
import { checkText } from './validate-document-text.js';

/**
 * A source text and the name findings refer to.
 *
 * @example
 * ```ts
 * const file: SourceText = { source: 'work-plan.yaml', text: 'kind: WorkPlan\n' };
 * ```
 */
export interface SourceText {
  /** File name or other label. */
  readonly source: string;
  /** The YAML or JSON text. */
  readonly text: string;
  /**
   * How to read this text, for example from its file extension; overrides the `format` option.
   * Default: the option's, else `auto`.
   */
  readonly format?: 'yaml' | 'json' | 'auto';
}

/**
 * Reads several YAML or JSON texts and checks them as one workspace: each document on its own,
 * then the references and ids across them. Every finding has its `source` and, where it can be
 * placed, its `position`. One unreadable text never stops the others. Never throws: a value that
 * is not a list, or an entry without a string `text`, is a finding.
 *
 * @param files - The texts with their file names.
 * @param options - How to read them and rule overrides.
 * @returns Each file's result and every finding.
 *
 * @example
 * ```ts
 * declare const planText: string;
 * declare const catalogueText: string;
 * const result = validateWorkspaceText([
 *   { source: 'plan.yaml', text: planText },
 *   { source: 'initiatives.yaml', text: catalogueText },
 * ]);
 * result.ok;
 * //=> true
 * ```
 */
export function validateWorkspaceText(
  files: readonly SourceText[],
  options: ValidateTextOptions = {},
): WorkspaceResult {
  const settings = readOptions(options);
  return (
    notAList(files) ??
    combineWorkspace(
      files.map((file, index) => {
        const entry = readEntry(file, index);
        const format = entry.record['format'];
        const own: ValidateTextOptions =
          format === 'yaml' || format === 'json' || format === 'auto'
            ? { ...settings, format }
            : settings;
        return { source: entry.source, ...checkText(entry.record['text'] as string, own) };
      }),
      settings,
    )
  );
}
