import { Type, type Static } from '@sinclair/typebox';
import { closed, Id, Nullable, Timestamp } from '../../platform/http/schema.ts';

/** Shop settings: the REST contract of GET/PATCH /admin/settings. */

const Days = Type.Integer({ minimum: 0, maximum: 60 });
const DayRange = Type.Object({ min: Days, max: Days }, closed);
const LogoUrl = Type.String({ pattern: '^(https?://|/)', maxLength: 2000, description: 'Absolute http(s) URL or a path on this site' });

export const ReturnPolicy = Type.Object(
  {
    days: Type.Integer({ minimum: 0, maximum: 365, description: 'Days a customer has to return an item; 0 means no returns' }),
    isFree: Type.Boolean({ description: 'Returns cost the customer nothing' }),
  },
  closed,
);

export const ShippingSettings = Type.Object(
  {
    summary: Type.String({ maxLength: 500, description: 'One line shown on product pages, e.g. "Ships in 1–2 days"' }),
    handlingDays: DayRange,
    transitDays: DayRange,
  },
  closed,
);

const PolicyUrl = Type.String({ pattern: '^(https?://|/)', maxLength: 2000, description: 'Absolute http(s) URL or a path on this site' });

export const PolicyLinks = Type.Object(
  {
    returns: Nullable(PolicyUrl),
    privacy: Nullable(PolicyUrl),
    terms: Nullable(PolicyUrl),
  },
  { ...closed, description: 'The shop’s policy pages (return policy, privacy policy, terms of service); agent platforms link to them' },
);

export const PolicyLinksPatch = Type.Object(
  { returns: Type.Optional(Nullable(PolicyUrl)), privacy: Type.Optional(Nullable(PolicyUrl)), terms: Type.Optional(Nullable(PolicyUrl)) },
  closed,
);

export const ShopSettingsView = Type.Object(
  {
    name: Type.String(),
    logoUrl: Nullable(Type.String()),
    defaultRegionId: Nullable(Type.String()),
    returnPolicy: ReturnPolicy,
    shipping: ShippingSettings,
    policyLinks: PolicyLinks,
    version: Type.Integer(),
    updatedAt: Timestamp,
  },
  { ...closed, title: 'ShopSettings', description: 'The shop settings' },
);
export type ShopSettingsView = Static<typeof ShopSettingsView>;

export const ShopSettingsPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    logoUrl: Type.Optional(Nullable(LogoUrl)),
    defaultRegionId: Type.Optional(Nullable(Id)),
    returnPolicy: Type.Optional(ReturnPolicy),
    shipping: Type.Optional(ShippingSettings),
    policyLinks: Type.Optional(PolicyLinksPatch),
  },
  closed,
);
export type ShopSettingsPatch = Static<typeof ShopSettingsPatch>;

/** A server-rendered page, as the OpenAPI document describes it. */
export const Html = Type.String({ description: 'An HTML page' });

/** A storefront form post: its CSRF token and the form's own text fields. */
export const Form = Type.Object({ _csrf: Type.Optional(Type.String()) }, { additionalProperties: Type.String() });
export type FormBody = Record<string, string | undefined>;

/** The schema of every form post: hidden from the API document, answered with a 303 to the result page. */
export const FORM_POST = {
  hide: true,
  body: Form,
  response: { 303: Type.Null({ description: 'To the page showing the result (Location)' }) },
} as const;
