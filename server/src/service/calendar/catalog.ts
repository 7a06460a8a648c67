/** The calendar's messages (l10n/{en,ja}/calendar.json), registered with the catalogs when this area loads. */
import { registerCatalog } from '../l10n';
import en from '../l10n/en/calendar.json';
import ja from '../l10n/ja/calendar.json';

registerCatalog('en', en);
registerCatalog('ja', ja);

export { en as CALENDAR_EN, ja as CALENDAR_JA };
