import { setValueFix, str } from './util';

/** `identity.xsoar-engine-os` → `engineOs: linux` (IoT Security integrations run on Linux engines). */
export const identityXsoarEngineOsFix = setValueFix('identity.xsoar-engine-os', (data) => ({
  value: str(data.engineOs) ?? 'linux', title: 'action.xsoar.linux',
}));
