import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { Money } from '../../platform/money.ts';

/** Payment sessions: a provider bound to a cart's priced state (its hash) and total. */

export interface StoredPaymentSession {
  id: string;
  cartId: string;
  provider: string;
  amount: Money;
  cartHash: string;
  clientData: Record<string, unknown>;
  providerData: Record<string, unknown>;
  createdAt: Date;
}

interface SessionRow {
  id: string;
  cart_id: string;
  provider: string;
  amount: string | number;
  currency: string;
  cart_hash: string;
  client_data: Record<string, unknown>;
  provider_data: Record<string, unknown>;
  created_at: string | Date;
}

function toSession(r: SessionRow): StoredPaymentSession {
  return {
    id: r.id,
    cartId: r.cart_id,
    provider: r.provider,
    amount: { currency: r.currency, amount: Number(r.amount) },
    cartHash: r.cart_hash,
    clientData: r.client_data,
    providerData: r.provider_data,
    createdAt: new Date(r.created_at),
  };
}

export async function insertPaymentSession(
  tx: Tx | Db,
  input: Omit<StoredPaymentSession, 'id' | 'createdAt'>,
): Promise<StoredPaymentSession> {
  const [row] = await queryRows<SessionRow>(
    tx,
    sql`
    INSERT INTO payment_sessions (id, cart_id, provider, amount, currency, cart_hash, client_data, provider_data)
    VALUES (${newId('pays')}, ${input.cartId}, ${input.provider}, ${input.amount.amount}, ${input.amount.currency}, ${input.cartHash},
            ${JSON.stringify(input.clientData)}::jsonb, ${JSON.stringify(input.providerData)}::jsonb)
    RETURNING *`,
  );
  if (!row) throw new Error('insert returned no row');
  return toSession(row);
}

/** The cart's latest payment session: the one completion pays with. */
export async function findLatestPaymentSession(db: Db | Tx, cartId: string): Promise<StoredPaymentSession | undefined> {
  const [row] = await queryRows<SessionRow>(
    db,
    sql`
    SELECT * FROM payment_sessions WHERE cart_id = ${cartId} ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  return row ? toSession(row) : undefined;
}
