import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/index.ts';
import { BadRequest } from '../../platform/errors.ts';
import { failpoint } from '../../platform/failpoints.ts';
import { newId } from '../../platform/ids.ts';
import { PaymentOperationRejected } from './payments.errors.ts';
import type { AuthorizeResult, PaymentProvider } from './provider.ts';

/**
 * The `test` provider: deterministic test cards, behaving like a remote provider. It keeps its own
 * record of charges (`test_provider_charges`, written only here, in its own statements, never in
 * the caller's transaction) and honours idempotency keys: a repeated authorize returns the first
 * result, a concurrent one is refused while the first is still processing.
 *
 * Cards: 4242424242424242 succeeds; 4000000000000002 declined (`card_declined`); 4000000000009995
 * `insufficient_funds`; 4000000000000119 `processing_error` (402 too); 4000000000000051 stalls 10 s
 * before it succeeds (longer than the provider timeout, for timeout tests). Any other number is declined.
 */
export const TEST_CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
  processingError: '4000000000000119',
  stall: '4000000000000051',
} as const;

const DECLINES: Readonly<Record<string, string>> = {
  [TEST_CARDS.declined]: 'card_declined',
  [TEST_CARDS.insufficientFunds]: 'insufficient_funds',
  [TEST_CARDS.processingError]: 'processing_error',
};

/** A 'pending' charge older than this belongs to a call that died with its process; a retry takes it over. */
const PENDING_LEASE_SECONDS = 15;

export interface TestProviderOptions {
  autoCapture?: boolean;
  stallMs?: number;
}

interface ChargeRow {
  id: string;
  status: 'pending' | 'authorized' | 'captured' | 'declined' | 'voided';
  decline_code: string | null;
  is_stale: boolean;
}

/** Thrown while another call with the same key is still processing (Stripe answers 409 there). */
export class ProviderBusy extends Error {
  override name = 'ProviderBusy';
}

function resultOf(row: ChargeRow): AuthorizeResult {
  if (row.status === 'authorized' || row.status === 'captured') return { status: row.status, reference: row.id };
  if (row.status === 'voided') return { status: 'declined', declineCode: 'canceled', reference: row.id };
  if (row.status === 'declined') return { status: 'declined', declineCode: row.decline_code ?? 'card_declined', reference: row.id };
  throw new ProviderBusy('the first call with this key is still processing');
}

export function createTestProvider(db: Db, options: TestProviderOptions = {}): PaymentProvider {
  const stallMs = options.stallMs ?? 10_000;
  return {
    id: 'test',
    autoCapture: options.autoCapture ?? false,

    async createSession(input) {
      const card = input.data?.card;
      if (typeof card !== 'string' || !/^\d{12,19}$/.test(card)) {
        throw new BadRequest({
          detail: 'The test provider needs a test card number.',
          errors: [{ path: '/data/card', message: 'must be a test card number (12 to 19 digits)' }],
        });
      }
      return {
        clientData: { clientSecret: `test_secret_${newId('pi')}`, cardLast4: card.slice(-4) },
        providerData: { card },
      };
    },

    async authorize(input) {
      const card = typeof input.providerData.card === 'string' ? input.providerData.card : '';
      const id = newId('ch');
      const inserted = await queryRows<ChargeRow>(
        db,
        sql`
        INSERT INTO test_provider_charges (id, idempotency_key, amount, currency, card_last4, status)
        VALUES (${id}, ${input.idempotencyKey}, ${input.amount.amount}, ${input.amount.currency}, ${card.slice(-4)}, 'pending')
        ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING id, status, decline_code, false AS is_stale`,
      );
      let charge = inserted[0];
      if (!charge) {
        const [existing] = await queryRows<ChargeRow>(
          db,
          sql`
          SELECT id, status, decline_code, updated_at < now() - make_interval(secs => ${PENDING_LEASE_SECONDS}) AS is_stale
          FROM test_provider_charges WHERE idempotency_key = ${input.idempotencyKey}`,
        );
        if (!existing) throw new ProviderBusy('charge vanished');
        if (existing.status !== 'pending' || !existing.is_stale) return resultOf(existing);
        // Why conditional: two retries may both find the stale pending charge; one takes it over.
        const [taken] = await queryRows<ChargeRow>(
          db,
          sql`
          UPDATE test_provider_charges SET updated_at = now()
          WHERE id = ${existing.id} AND status = 'pending' AND updated_at < now() - make_interval(secs => ${PENDING_LEASE_SECONDS})
          RETURNING id, status, decline_code, false AS is_stale`,
        );
        if (!taken) throw new ProviderBusy('another call took this charge over');
        charge = taken;
      }
      await failpoint('payments.test.authorize'); // "during the provider call": the charge exists, undecided
      if (card === TEST_CARDS.stall) await new Promise((resolve) => setTimeout(resolve, stallMs));
      const isApproved = card === TEST_CARDS.success || card === TEST_CARDS.stall; // the stalling card succeeds, late
      const declineCode = isApproved ? null : (DECLINES[card] ?? 'card_declined');
      const status = declineCode ? 'declined' : input.capture ? 'captured' : 'authorized';
      // Why conditional: a void that arrived while we processed wins; the charge stays voided.
      const [decided] = await queryRows<ChargeRow>(
        db,
        sql`
        UPDATE test_provider_charges
        SET status = ${status}, decline_code = ${declineCode}, captured_amount = ${status === 'captured' ? input.amount.amount : 0}, updated_at = now()
        WHERE id = ${charge.id} AND status = 'pending'
        RETURNING id, status, decline_code, false AS is_stale`,
      );
      if (decided) return resultOf(decided);
      const [now] = await queryRows<ChargeRow>(
        db,
        sql`SELECT id, status, decline_code, false AS is_stale FROM test_provider_charges WHERE id = ${charge.id}`,
      );
      if (!now) throw new ProviderBusy('charge vanished');
      return resultOf(now);
    },

    async capture(input) {
      return moveMoney(db, 'capture', input.idempotencyKey, input.reference, input.amount.amount);
    },

    async refund(input) {
      return moveMoney(db, 'refund', input.idempotencyKey, input.reference, input.amount.amount);
    },

    async void(input) {
      // An upsert: a void for a key the provider never saw leaves a voided tombstone, so an
      // authorize still in flight (or retried later) with that key can never succeed afterwards.
      const rows = await queryRows<{ status: string }>(
        db,
        sql`
        INSERT INTO test_provider_charges (id, idempotency_key, amount, currency, status)
        VALUES (${newId('ch')}, ${input.authorizationKey}, 0, 'XXX', 'voided')
        ON CONFLICT (idempotency_key) DO UPDATE SET status = 'voided', updated_at = now()
        WHERE test_provider_charges.status IN ('pending', 'authorized')
        RETURNING status`,
      );
      if (rows.length > 0) return;
      const [existing] = await queryRows<{ status: string }>(
        db,
        sql`
        SELECT status FROM test_provider_charges WHERE idempotency_key = ${input.authorizationKey}`,
      );
      if (existing?.status === 'captured') throw new PaymentOperationRejected('A captured charge cannot be voided; refund it.');
      // declined or voided already: nothing is held, which is what a void wants
    },

    async parseWebhook() {
      return undefined; // the test provider answers synchronously and sends no webhooks
    },
  };
}

/**
 * A capture or refund, once per idempotency key: the operation row and the charge update are one
 * transaction of the provider's own, and the charge's CHECKs refuse more than was authorized/captured.
 */
async function moveMoney(
  db: Db,
  kind: 'capture' | 'refund',
  key: string,
  reference: string,
  amount: number,
): Promise<{ reference: string }> {
  await db.transaction(async (tx) => {
    const inserted = await queryRows<{ ok: number }>(
      tx,
      sql`
      INSERT INTO test_provider_operations (idempotency_key, charge_id, kind, amount)
      VALUES (${key}, ${reference}, ${kind}, ${amount})
      ON CONFLICT (idempotency_key) DO NOTHING RETURNING 1 AS ok`,
    );
    if (inserted.length === 0) return; // a repeat: the first call's result stands
    // Why conditional: the limits are checked in the UPDATE itself, so two concurrent captures
    // (or refunds) can never move more than the charge holds.
    const rows =
      kind === 'capture'
        ? await queryRows<{ ok: number }>(
            tx,
            sql`
          UPDATE test_provider_charges SET captured_amount = captured_amount + ${amount}, status = 'captured', updated_at = now()
          WHERE id = ${reference} AND status IN ('authorized', 'captured') AND captured_amount + ${amount} <= amount
          RETURNING 1 AS ok`,
          )
        : await queryRows<{ ok: number }>(
            tx,
            sql`
          UPDATE test_provider_charges SET refunded_amount = refunded_amount + ${amount}, updated_at = now()
          WHERE id = ${reference} AND status = 'captured' AND refunded_amount + ${amount} <= captured_amount
          RETURNING 1 AS ok`,
          );
    if (rows.length === 0) throw new PaymentOperationRejected(`The test provider refused to ${kind} ${amount} on ${reference}.`);
  });
  return { reference: `${reference}:${key}` };
}
