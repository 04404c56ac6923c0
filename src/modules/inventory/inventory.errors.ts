import { Conflict } from '../../platform/errors.ts';

/** One line that cannot be met: what was asked for and what the locations could give. */
export interface ShortLine {
  variantId: string;
  requested: number;
  available: number;
}

/** 409 insufficient_stock: the whole request fails; `lines` (also on the problem document) names every short line. */
export class InsufficientStock extends Conflict {
  override readonly code = 'insufficient_stock';
  override readonly title = 'Not enough stock';
  readonly lines: ShortLine[];

  constructor(lines: ShortLine[], detail = 'Some lines cannot be met from the stock on hand.') {
    super({ detail, extensions: { lines } });
    this.lines = lines;
  }
}

/** 409 conflict: the variant has `manageInventory=false`, so inventory does not track it. */
export class VariantNotTracked extends Conflict {
  constructor(variantId: string) {
    super({ detail: `Variant ${variantId} does not manage inventory (manageInventory=false).` });
  }
}
