import { Type, type Static } from '@sinclair/typebox';
import { CursorQuery, LimitQuery } from '../../platform/http/pagination.ts';
import { closed, Nullable, Timestamp } from '../../platform/http/schema.ts';
import { EVENT_TYPE_NAMES } from './event-types.ts';

const noNul = { pattern: '^[^\\u0000]*$' } as const;

const EventTypeName = Type.Union([...EVENT_TYPE_NAMES.map((t) => Type.Literal(t)), Type.Literal('*')], {
  description: 'An event type, or `*` for all',
});

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100, ...noNul }) }, closed);
export const ListQuery = Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, closed);

export const CreateWebhookBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2048, ...noNul, description: 'https, public address (see the SSRF rules)' }),
    events: Type.Array(EventTypeName, { minItems: 1, maxItems: 50, uniqueItems: true }),
    description: Type.Optional(Type.String({ maxLength: 500, ...noNul })),
    enabled: Type.Optional(Type.Boolean()),
  },
  closed,
);
export type CreateWebhookBody = Static<typeof CreateWebhookBody>;

export const UpdateWebhookBody = Type.Partial(CreateWebhookBody, { ...closed, minProperties: 1 });
export type UpdateWebhookBody = Static<typeof UpdateWebhookBody>;

export const RotateSecretBody = Type.Object(
  {
    overlapSeconds: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 7 * 24 * 3600, description: 'How long the old secret still signs deliveries (default 24 h)' }),
    ),
  },
  closed,
);

export const RedeliverBody = Type.Union(
  [
    Type.Object({ eventId: Type.String({ minLength: 1, maxLength: 100, ...noNul }) }, closed),
    Type.Object({ since: Type.String({ format: 'date-time', description: 'Every failed delivery created since then' }) }, closed),
  ],
  { description: 'One event (`eventId`), or every failed delivery since a time (`since`)' },
);

export const WebhookView = Type.Object(
  {
    id: Type.String(),
    url: Type.String(),
    events: Type.Array(Type.String()),
    description: Nullable(Type.String()),
    enabled: Type.Boolean(),
    disabledReason: Nullable(Type.String()),
    failingSince: Nullable(Timestamp),
    secretRotatedUntil: Nullable(Timestamp),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'WebhookEndpoint', description: 'A webhook endpoint (its secret is never shown again)' },
);
export type WebhookView = Static<typeof WebhookView>;

export const WebhookWithSecret = Type.Object(
  { ...WebhookView.properties, secret: Type.String({ description: 'The signing secret: shown in this answer only' }) },
  { ...closed, title: 'WebhookEndpointWithSecret', description: 'The endpoint and its signing secret, shown this once' },
);

export const WebhookPage = Type.Object(
  { items: Type.Array(WebhookView), nextCursor: Nullable(Type.String()) },
  { ...closed, title: 'WebhookEndpointPage', description: 'A page of webhook endpoints' },
);

export const AttemptView = Type.Object(
  {
    id: Type.String(),
    eventId: Type.String(),
    attempt: Type.Integer({ description: '1 for the first try of this delivery' }),
    status: Type.Union([Type.Literal('succeeded'), Type.Literal('failed')]),
    responseCode: Nullable(Type.Integer()),
    latencyMs: Type.Integer(),
    responseBody: Nullable(Type.String({ description: 'The first 1 KB of the answer' })),
    error: Nullable(Type.String()),
    createdAt: Timestamp,
  },
  { ...closed, title: 'WebhookAttempt' },
);
export type AttemptView = Static<typeof AttemptView>;

export const AttemptPage = Type.Object(
  { items: Type.Array(AttemptView), nextCursor: Nullable(Type.String()) },
  { ...closed, title: 'WebhookAttemptPage', description: 'Delivery attempts, newest first' },
);

export const RedeliveryView = Type.Object(
  { scheduled: Type.Integer({ description: 'Deliveries due now' }) },
  { ...closed, title: 'Redelivery', description: 'How many deliveries were scheduled' },
);

export const NoContent = Type.Null({ description: 'No content' });

export const FeedQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    type: Type.Optional(
      Type.Union(
        EVENT_TYPE_NAMES.map((t) => Type.Literal(t)),
        { description: 'Only events of this type' },
      ),
    ),
  },
  closed,
);

export const FeedEvent = Type.Object(
  {
    id: Type.String(),
    type: Type.String(),
    createdAt: Timestamp,
    data: Type.Record(Type.String(), Type.Unknown()),
  },
  { ...closed, title: 'Event', description: 'An event, as webhooks deliver it' },
);

export const FeedPage = Type.Object(
  {
    items: Type.Array(FeedEvent),
    nextCursor: Nullable(Type.String({ description: 'Poll with it for later events; null only before any event exists' })),
  },
  { ...closed, title: 'EventPage', description: 'Events in commit order' },
);
