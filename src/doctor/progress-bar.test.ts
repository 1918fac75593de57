// The progress bar of long doctor runs: quiet for short phases, then one rewritten line, cleared at the end.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressBar } from './progress-bar.js';

describe('ProgressBar', () => {
  it('draws nothing for a phase shorter than the delay', () => {
    let out = '';
    let now = 0;
    const bar = new ProgressBar(
      (t) => (out += t),
      () => now,
      500,
      100,
      10,
    );
    bar.start('quick', 10);
    for (let i = 0; i < 10; i++) {
      now += 10;
      bar.tick();
    }
    bar.end();
    assert.equal(out, '');
  });

  it('draws the share done on one line once the phase runs long, and clears it at the end', () => {
    let out = '';
    let now = 0;
    const bar = new ProgressBar(
      (t) => (out += t),
      () => now,
      500,
      100,
      10,
    );
    bar.start('checking account 123456789012', 4);
    now = 600;
    bar.tick();
    assert.equal(out, '\r\x1b[2K[###-------] 25% 1/4 checking account 123456789012');
    now = 650;
    bar.tick(); // within the redraw interval: not drawn
    now = 800;
    bar.tick();
    assert.ok(out.endsWith('[########--] 75% 3/4 checking account 123456789012'));
    bar.end();
    assert.ok(out.endsWith('\r\x1b[2K'));
  });
});
