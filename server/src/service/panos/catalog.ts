/**
 * The bridge's words (l10n/{en,ja}/panos.json): the comments of an imported fragment and of
 * exported set commands, in the chosen language. Registered with the service's catalogs when this
 * module loads, so `t` finds them like any other message.
 */
import enPanos from '../l10n/en/panos.json';
import jaPanos from '../l10n/ja/panos.json';
import { registerCatalog, t, type Lang } from '../l10n';

registerCatalog('en', enPanos);
registerCatalog('ja', jaPanos);

export { t, type Lang };
