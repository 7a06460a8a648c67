/**
 * *New Plan…* and `pocplan init`: a first plan from a few answers (customer, PoC dates, the
 * firewall's model, type and license, each site's configuration pattern), made by the editor's own
 * templates so that it checks clean, plus the choices both front ends offer, with the seed
 * article's one-line explanation of each pattern, in English or Japanese.
 */
export * from './answers';
export { buildPlan, slug, type NewPlan } from './plan';
export { initChoices, type InitChoices, type Choice } from './choices';
