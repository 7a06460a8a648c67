/**
 * Every domain rule, in one list. Add a rule: write rules/<code>.ts (code with dots as dashes,
 * exporting one `Rule`), add it here, add its messages to l10n/{en,ja}/rules.json and its page to
 * docs/rules/<code>.md (CONTRIBUTING.md). Shared helpers live in rules/util.ts.
 */
import { configDeviceId } from './config-device-id';
import { configDhcpRelay } from './config-dhcp-relay';
import { configDhcpServer } from './config-dhcp-server';
import { configInterfaceMissing } from './config-interface-missing';
import { configMissingFile } from './config-missing-file';
import { configMode } from './config-mode';
import { configMulticastFirewalling } from './config-multicast-firewalling';
import { configOutsideWorkspace } from './config-outside-workspace';
import { configParseError } from './config-parse-error';
import { configVersion } from './config-version';
import { configZone } from './config-zone';
import { erspanUnsupported } from './erspan-unsupported';
import { firewallModelUnlisted } from './firewall-model-unlisted';
import { firewallSkuTypeMismatch } from './firewall-sku-type-mismatch';
import { idDuplicate } from './id-duplicate';
import { identityBroadcastDhcpUnseen } from './identity-broadcast-dhcp-unseen';
import { identityCsvRequiresStatic } from './identity-csv-requires-static';
import { identityDhcpBroadcastSessionOff } from './identity-dhcp-broadcast-session-off';
import { identityDhcpPathUnset } from './identity-dhcp-path-unset';
import { identityDhcpSyslogVersionConflict } from './identity-dhcp-syslog-version-conflict';
import { identityDhcpSyslogVersion } from './identity-dhcp-syslog-version';
import { identityHelperRequiresLayer3 } from './identity-helper-requires-layer3';
import { identityMirrorRequiresTap } from './identity-mirror-requires-tap';
import { identityRelayRequiresLayer3 } from './identity-relay-requires-layer3';
import { identityTapBroadcastSession } from './identity-tap-broadcast-session';
import { identitySnmpMissing } from './identity-snmp-missing';
import { identitySnmpReadOnly } from './identity-snmp-read-only';
import { identityXsoarEngineOs } from './identity-xsoar-engine-os';
import { identityXsoarRequiresIntegration } from './identity-xsoar-requires-integration';
import { interfaceCopyZoneShared } from './interface-copy-zone-shared';
import { interfaceRelayLimit } from './interface-relay-limit';
import { interfaceTapNoZone } from './interface-tap-no-zone';
import { licenseEvalConversion } from './license-eval-conversion';
import { licenseExpiresBeforePocEnd } from './license-expires-before-poc-end';
import { licenseIncompatible } from './license-incompatible';
import { licenseTenantWindow } from './license-tenant-window';
import { licenseTrialTerm } from './license-trial-term';
import { loggingDisabled } from './logging-disabled';
import { loggingRegionMismatch } from './logging-region-mismatch';
import { panosBelowRecommended } from './panos-below-recommended';
import { panosDhcpBroadcastVersion } from './panos-dhcp-broadcast-version';
import { panosEnforcementVersion } from './panos-enforcement-version';
import { panosPanoramaRequired } from './panos-panorama-required';
import { pocDatesInverted } from './poc-dates-inverted';
import { pocObservationShort } from './poc-observation-short';
import { refMissing } from './ref-missing';
import { refUnknown } from './ref-unknown';
import { segmentIdentityMissing } from './segment-identity-missing';
import { segmentPatternUnrecognised } from './segment-pattern-unrecognised';
import { segmentStaticIdentityAddressing } from './segment-static-identity-addressing';
import { segmentTrafficMissing } from './segment-traffic-missing';
import { subnetInvalid } from './subnet-invalid';
import { subnetOverlap } from './subnet-overlap';
import { trafficInlineOnTap } from './traffic-inline-on-tap';
import { trafficTapEnforcement } from './traffic-tap-enforcement';
import { zoneDeviceIdDisabled } from './zone-device-id-disabled';
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
  configDeviceId,
  configDhcpRelay,
  configDhcpServer,
  configInterfaceMissing,
  configMissingFile,
  configMode,
  configMulticastFirewalling,
  configOutsideWorkspace,
  configParseError,
  configVersion,
  configZone,
  erspanUnsupported,
  firewallModelUnlisted,
  firewallSkuTypeMismatch,
  idDuplicate,
  identityBroadcastDhcpUnseen,
  identityCsvRequiresStatic,
  identityDhcpBroadcastSessionOff,
  identityDhcpPathUnset,
  identityDhcpSyslogVersionConflict,
  identityDhcpSyslogVersion,
  identityHelperRequiresLayer3,
  identityMirrorRequiresTap,
  identityRelayRequiresLayer3,
  identityTapBroadcastSession,
  identitySnmpMissing,
  identitySnmpReadOnly,
  identityXsoarEngineOs,
  identityXsoarRequiresIntegration,
  interfaceCopyZoneShared,
  interfaceRelayLimit,
  interfaceTapNoZone,
  licenseEvalConversion,
  licenseExpiresBeforePocEnd,
  licenseIncompatible,
  licenseTenantWindow,
  licenseTrialTerm,
  loggingDisabled,
  loggingRegionMismatch,
  panosBelowRecommended,
  panosDhcpBroadcastVersion,
  panosEnforcementVersion,
  panosPanoramaRequired,
  pocDatesInverted,
  pocObservationShort,
  refMissing,
  refUnknown,
  segmentIdentityMissing,
  segmentPatternUnrecognised,
  segmentStaticIdentityAddressing,
  segmentTrafficMissing,
  subnetInvalid,
  subnetOverlap,
  trafficInlineOnTap,
  trafficTapEnforcement,
  zoneDeviceIdDisabled,
];
