// Turns of the extension host's event loop for work that is done in pieces. VS Code sends several
// requests in one message batch (outline, folding, tokens, CodeLens after each keystroke pause): each
// piece of work awaits its turn, at most one piece a loop iteration, so the host answers other
// messages and timers between them instead of running all of them in one long block.

let last: Promise<void> = Promise.resolve();

/** Resolves on a later turn of the event loop than every earlier call's. */
export function nextTurn(): Promise<void> {
  const mine = last.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  last = mine;
  return mine;
}

/**
 * Lets the host answer what is waiting, then goes on: `setImmediate` where the host has it (Node),
 * a zero timer in the browser, which has none.
 */
export function yieldToHost(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;
  return new Promise<void>((resolve) => (immediate ? immediate(resolve) : setTimeout(resolve, 0)));
}

/** Every item of `items`, taken in slices of about `sliceMs` with a turn for the host between them. */
export async function collectInSlices<T>(items: Iterable<T>, sliceMs = 10): Promise<T[]> {
  const out: T[] = [];
  let slice = Date.now();
  for (const item of items) {
    out.push(item);
    if (Date.now() - slice > sliceMs) {
      await yieldToHost();
      slice = Date.now();
    }
  }
  return out;
}
