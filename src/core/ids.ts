import { v7 as uuidv7 } from 'uuid';

/** Record ids: time-ordered UUID v7 (they keep B-tree inserts sequential, see the yardsticks). */
export interface Ids {
  newId(): string;
}

export const uuidV7Ids: Ids = { newId: () => uuidv7() };

/** Deterministic ids for tests: valid UUID v7 shape, counting up. */
export function sequentialIds(prefix = 0): Ids {
  let counter = 0;
  return {
    newId: () => {
      counter += 1;
      const tail = (prefix * 1_000_000 + counter).toString(16).padStart(12, '0');
      return `00000000-0000-7000-8000-${tail}`;
    },
  };
}
