import { setValueFix, str } from './util';

/** `zone.device-id-disabled` → `deviceId: true` on the interface (the diagnostic is on that value). */
export const zoneDeviceIdDisabledFix = setValueFix('zone.device-id-disabled', (data) => ({
  value: true, title: 'action.zone.device-id', args: { interface: str(data.interface) ?? '?' },
}));
