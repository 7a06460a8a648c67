/** The messages of *New Plan…* and `pocplan init` (l10n/{en,ja}/init.json), registered when this area loads. */
import { registerCatalog } from '../l10n';
import en from '../l10n/en/init.json';
import ja from '../l10n/ja/init.json';

registerCatalog('en', en);
registerCatalog('ja', ja);

export { en as INIT_EN, ja as INIT_JA };
