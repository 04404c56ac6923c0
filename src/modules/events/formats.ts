import type { Db } from '../../platform/db/index.ts';

/**
 * Delivery formats other than Stockroom's own: a webhook endpoint that belongs to an AI agent
 * receives its protocol's wire format (ACP: `{ type, data: Order }` signed with
 * `Merchant-Signature`; UCP: the order itself signed with the shop's key, RFC 9421). The module that speaks the protocol registers the format when it loads;
 * the relay renders a delivery's body with it when it sends (so a retry sends the current state)
 * and signs it with the format's headers. A delivery whose format is not registered in this
 * process fails its attempt and is retried like any failure.
 */

export interface FormattedEvent {
  eventId: string;
  type: string;
  createdAt: string | Date;
  payload: Record<string, unknown>;
}

/** What a format renders with: the database and the shop's public URL (for links in the body). */
export interface FormatContext {
  db: Db;
  publicUrl: string;
}

export interface DeliveryFormat {
  /** The exact body to send for `event`. */
  render(context: FormatContext, event: FormattedEvent): Promise<string>;
  /**
   * The signature (and any other protocol) headers for `body` sent to `url`, signed with the live
   * secrets (or a key of the format's own, read through `context`) at `timestamp` (unix seconds).
   */
  headers(input: {
    secrets: readonly string[];
    timestamp: number;
    body: string;
    eventId: string;
    event: FormattedEvent;
    url: string;
    context: FormatContext;
  }): Record<string, string> | Promise<Record<string, string>>;
}

const formats = new Map<string, DeliveryFormat>();

export function registerDeliveryFormat(name: string, format: DeliveryFormat): void {
  formats.set(name, format);
}

export function deliveryFormat(name: string): DeliveryFormat | undefined {
  return formats.get(name);
}
