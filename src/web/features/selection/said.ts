/** Says a server explanation (message key and parameters) in the reader's language. */
import type { Shortlist } from '../../../modules/force-selection/selection.schema.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/en.js';

export type Said = Shortlist['excluded'][number]['rules'][number]['said'];

/** Parameters that are codes, said through their own messages. */
const coded: Record<string, string> = {
  level: 'readiness.level.',
  needs: 'readiness.level.',
  task: 'caveats.task.',
};

export function useSaid(): (said: Said) => string {
  const { t } = useI18n();
  return (said) => {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(said.params))
      params[name] =
        coded[name] && value !== '' ? t(`${coded[name]}${value}` as MessageKey) : value;
    return t(`selection.said.${said.key}` as MessageKey, params);
  };
}
