// A stand-in JSON schema for `*.pocplan.yaml`, used ONLY when the project's real schema
// (schemas/pocplan.schema.json) does not exist yet, so that yaml-language-server has
// something realistic to validate against. It follows every key of
// /work/shared/spec/pocplan-v1.md with types, enums, patterns and additionalProperties:false
// (so `iotLicence` and `trail` are flagged). No cross-reference rules: plain JSON schema
// cannot express them — that is exactly what our own server adds.
//
// Re-run the benchmark with the real schema once it exists: numbers depend on the schema.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '..');
export const REAL_SCHEMA = join(REPO_ROOT, 'schemas', 'pocplan.schema.json');
export const STANDIN_SCHEMA = join(HERE, '.data', 'standin.pocplan.schema.json');

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const id = { type: 'string', minLength: 1, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' };
const ipv4 = { type: 'string', pattern: '^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$' };
const region = { type: 'string', minLength: 1 };

export const standinSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://example.invalid/pocplan.standin.schema.json',
  title: 'IoT Security PoC plan (benchmark stand-in schema)',
  type: 'object',
  required: ['pocplan'],
  additionalProperties: false,
  properties: {
    pocplan: { const: 1, description: 'Plan language version.' },
    title: { type: 'string' },
    customer: { type: 'string' },
    locale: { enum: ['en', 'ja'], default: 'en' },
    poc: {
      type: 'object',
      additionalProperties: false,
      properties: { start: date, end: date, observationDays: { type: 'integer', minimum: 0 } },
    },
    tenant: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        region,
        keepAfterPoc: { type: 'boolean' },
        prodLicenseDate: date,
        thirdPartyAddon: { enum: ['none', 'basic', 'advanced'] },
      },
    },
    firewalls: { type: 'array', items: { $ref: '#/definitions/firewall' } },
    switches: { type: 'array', items: { $ref: '#/definitions/switch' } },
    xsoar: {
      type: 'object',
      additionalProperties: false,
      properties: { kind: { enum: ['cohosted', 'own'] }, engineOs: { enum: ['linux', 'windows'] } },
    },
    sites: { type: 'array', items: { $ref: '#/definitions/site' } },
  },
  definitions: {
    firewall: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id,
        model: { type: 'string' },
        sku: { type: 'string' },
        type: { enum: ['prod', 'eval', 'lab', 'nfr'] },
        panos: { type: 'string', pattern: '^\\d+\\.\\d+(\\.\\d+)?(-h\\d+)?$' },
        managedBy: { enum: ['local', 'panorama'] },
        iotLicense: {
          type: 'object',
          additionalProperties: false,
          properties: { type: { enum: ['trial', 'eval', 'prod', 'lab', 'nfr'] }, expires: date },
        },
        logging: {
          type: 'object',
          additionalProperties: false,
          properties: { cloudLogging: { type: 'boolean' }, enhancedApplicationLogs: { type: 'boolean' }, region },
        },
        erspanSupport: { type: 'boolean' },
        dhcpBroadcastSession: { type: 'boolean' },
        interfaces: { type: 'array', items: { $ref: '#/definitions/interface' } },
      },
    },
    interface: {
      type: 'object',
      required: ['name', 'mode'],
      additionalProperties: false,
      properties: {
        name: { type: 'string', minLength: 1 },
        mode: { enum: ['tap', 'virtual-wire', 'layer2', 'layer3'] },
        zone: { type: 'string' },
        deviceId: { type: 'boolean' },
        multicastFirewalling: { type: 'boolean' },
        dhcpRelay: { type: 'array', items: ipv4, maxItems: 8 },
        dhcpServer: { type: 'boolean' },
        mirrorFrom: id,
        erspan: { type: 'boolean' },
      },
    },
    switch: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id,
        model: { type: 'string' },
        span: { type: 'boolean' },
        erspan: { type: 'boolean' },
        snmp: {
          type: 'object',
          additionalProperties: false,
          properties: { version: { enum: ['v2c', 'v3'] }, readOnly: { type: 'boolean' } },
        },
      },
    },
    site: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id,
        name: { type: 'string' },
        segments: { type: 'array', items: { $ref: '#/definitions/segment' } },
      },
    },
    segment: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id,
        subnet: { type: 'string', pattern: '^\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}$' },
        addressing: { enum: ['dhcp', 'static', 'mixed'] },
        dhcp: { enum: ['broadcast', 'relayed'] },
        identity: {
          type: 'object',
          required: ['method'],
          additionalProperties: false,
          properties: {
            method: { enum: ['inline-arp-dhcp', 'mirror', 'dhcp-syslog', 'xsoar-snmp', 'csv'] },
            firewall: id,
            interface: { type: 'string' },
            switch: id,
            csv: { type: 'string' },
          },
        },
        traffic: {
          type: 'object',
          required: ['method'],
          additionalProperties: false,
          properties: { method: { enum: ['inline', 'mirror'] }, firewall: id, interface: { type: 'string' } },
        },
        enforce: { type: 'boolean' },
      },
    },
  },
};

/**
 * The schema file to give yaml-language-server: `preferred` if it exists, else the real
 * project schema if it exists, else the stand-in (written to bench/.data on demand).
 * @returns {{ path: string, standin: boolean }}
 */
export function resolveSchema(preferred) {
  if (preferred) {
    if (!existsSync(preferred)) throw new Error(`schema not found: ${preferred}`);
    return { path: resolve(preferred), standin: false };
  }
  if (existsSync(REAL_SCHEMA)) return { path: REAL_SCHEMA, standin: false };
  mkdirSync(dirname(STANDIN_SCHEMA), { recursive: true });
  writeFileSync(STANDIN_SCHEMA, JSON.stringify(standinSchema, null, 2) + '\n');
  return { path: STANDIN_SCHEMA, standin: true };
}
