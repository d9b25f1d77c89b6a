// Pieces of editor work take turns of the event loop: a timer due meanwhile runs between them.
import * as assert from 'node:assert';
import { nextTurn } from '../../src/turns';

describe('nextTurn', () => {
  it('releases waiters in order, one a loop turn, with a due timer running between them', async () => {
    const order: string[] = [];
    const busy = (ms: number) => { const end = Date.now() + ms; while (Date.now() < end) { /* a piece of work */ } };
    await Promise.all([1, 2, 3].map(async (n) => {
      await nextTurn();
      order.push(`piece ${n}`);
      // a timer that falls due while the first piece works (set here, so a slow start cannot make it run first)
      if (n === 1) setTimeout(() => order.push('timer'), 1);
      busy(10);
    }));
    assert.strictEqual(order.filter((o) => o.startsWith('piece')).join(', '), 'piece 1, piece 2, piece 3');
    const timer = order.indexOf('timer');
    assert.ok(timer > 0 && timer < order.length - 1, `the timer ran between the pieces: ${order.join(', ')}`);
  });
});
