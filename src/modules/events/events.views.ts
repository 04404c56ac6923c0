import { iso } from '../../platform/http/schema.ts';
import type { AttemptRow, EndpointRow } from './endpoints.ts';
import type { AttemptView, WebhookView } from './events.schemas.ts';

export function toWebhookView(row: EndpointRow): WebhookView {
  const overlap =
    row.previous_secret_expires_at && new Date(row.previous_secret_expires_at) > new Date() ? row.previous_secret_expires_at : null;
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    failingSince: iso(row.failing_since),
    secretRotatedUntil: iso(overlap),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toAttemptView(row: AttemptRow): AttemptView {
  return {
    id: String(row.id),
    eventId: row.event_id,
    attempt: row.attempt,
    status: row.succeeded ? 'succeeded' : 'failed',
    responseCode: row.response_status,
    latencyMs: row.latency_ms,
    responseBody: row.response_body,
    error: row.error,
    createdAt: iso(row.created_at),
  };
}
