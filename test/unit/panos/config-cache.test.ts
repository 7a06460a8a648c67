import * as assert from 'node:assert/strict';
import { createPlanService, mergeSettings } from '../../../server/src/service';
import { ConfigCache } from '../../../server/src/service/panos/running-config';
import { CONFIG, CONFIG_URI, PLAN, planVariant } from '../../drift-helpers';
import { WS } from '../../helpers';

describe('runningConfig cache', () => {
  it('parses a configuration once while its text is unchanged, and again when it changes', () => {
    const cache = new ConfigCache();
    const a = cache.read(CONFIG_URI, CONFIG);
    assert.equal(cache.read(CONFIG_URI, CONFIG), a, 'the same parse for the same text');
    const b = cache.read(CONFIG_URI, CONFIG.replace('fw-osaka', 'fw-kobe'));
    assert.notEqual(b, a);
    assert.equal(cache.size, 1);
  });

  it('drops the oldest files past its size, and never holds a file larger than it', () => {
    const cache = new ConfigCache(CONFIG.length * 2 + 10);
    cache.read('file:///a.xml', CONFIG); cache.read('file:///b.xml', CONFIG); cache.read('file:///c.xml', CONFIG);
    assert.equal(cache.size, 2);
    const small = new ConfigCache(10);
    small.read('file:///a.xml', CONFIG);
    assert.equal(small.size, 0);
  });

  it('the service re-reads the file on every check, like CSV lists (the file may have changed), and gives the same findings', () => {
    let reads = 0;
    const service = createPlanService({ host: { readFile: (u) => { if (u === CONFIG_URI) { reads++; return CONFIG; } return undefined; }, workspaceFolder: () => WS } });
    const first = service.check(`${WS}p.pocplan.yaml`, planVariant('zone: office', 'zone: guest'), mergeSettings()).diagnostics.map((d) => d.code);
    const second = service.check(`${WS}p.pocplan.yaml`, planVariant('zone: office', 'zone: guesT'), mergeSettings()).diagnostics.map((d) => d.code);
    assert.deepEqual([first, second], [['config.zone'], ['config.zone']]);
    assert.equal(reads, 2, 'read on every check, like CSV lists (the file may have changed)');
    assert.deepEqual(service.check(`${WS}p.pocplan.yaml`, PLAN, mergeSettings()).diagnostics, []);
  });
});
