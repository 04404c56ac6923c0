import { Type, type Static } from '@sinclair/typebox';
import { CursorQuery, LimitQuery, Page } from '../../platform/http/pagination.ts';
import { closed, Timestamp } from '../../platform/http/schema.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from './passwords.ts';
import { PERMISSIONS, ROLES } from './permissions.ts';

/** PostgreSQL text cannot hold NUL: such input is refused as invalid (400 naming the field), never a 500. */
const noNul = { pattern: '^[^\\u0000]*$' } as const;

export const Email = Type.String({ format: 'email', maxLength: 254, ...noNul });
export const Password = Type.String({ minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX });
const Name = Type.String({ minLength: 1, maxLength: 200, ...noNul });
const NullableName = Type.Union([Name, Type.Null()]);
export const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
const PermissionSchema = Type.Union(PERMISSIONS.map((p) => Type.Literal(p)));

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100, ...noNul }) }, closed);
export const ListQuery = Type.Object({ limit: Type.Optional(LimitQuery), cursor: Type.Optional(CursorQuery) }, closed);
export const CustomerListQuery = Type.Object(
  {
    limit: Type.Optional(LimitQuery),
    cursor: Type.Optional(CursorQuery),
    email: Type.Optional(Type.String({ maxLength: 254, ...noNul, description: 'Only the customer with this email' })),
  },
  closed,
);

// ---- views (response schemas are also what keeps hashes out of replies) ----

export const CustomerView = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    firstName: Type.Union([Type.String(), Type.Null()]),
    lastName: Type.Union([Type.String(), Type.Null()]),
    phone: Type.Union([Type.String(), Type.Null()]),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Customer' },
);

export const StaffView = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.Union([Type.String(), Type.Null()]),
    role: RoleSchema,
    isDisabled: Type.Boolean(),
    version: Type.Integer(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Staff' },
);

const NullableText = Type.Union([Type.String(), Type.Null()]);
export const AddressView = Type.Object(
  {
    id: Type.String(),
    firstName: NullableText,
    lastName: NullableText,
    company: NullableText,
    address1: Type.String(),
    address2: NullableText,
    city: Type.String(),
    postalCode: NullableText,
    province: NullableText,
    countryCode: Type.String(),
    phone: NullableText,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { ...closed, title: 'Address' },
);

export const ApiKeyView = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    prefix: Type.String({ description: 'The first characters of the secret, to tell keys apart' }),
    permissions: Type.Array(Type.String()),
    createdBy: NullableText,
    version: Type.Integer(),
    createdAt: Timestamp,
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
    revokedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { ...closed, title: 'ApiKey' },
);

export const EmailView = Type.Object(
  {
    id: Type.String(),
    to: Type.String(),
    subject: Type.String(),
    text: Type.String(),
    createdAt: Timestamp,
  },
  { ...closed, title: 'StoredEmail' },
);

export const CustomerPage = Page(CustomerView, 'Customer');
export const StaffPage = Page(StaffView, 'Staff');
export const AddressPage = Page(AddressView, 'Address');
export const ApiKeyPage = Page(ApiKeyView, 'ApiKey');
export const EmailPage = Page(EmailView, 'StoredEmail');

export const CustomerAuthResult = Type.Object({ customer: CustomerView, token: Type.String() }, closed);
export const StaffAuthResult = Type.Object({ staff: StaffView, token: Type.String() }, closed);
export const MeView = Type.Union(
  [
    Type.Object({ kind: Type.Literal('staff'), staff: StaffView, permissions: Type.Array(Type.String()) }, closed),
    Type.Object({ kind: Type.Literal('api_key'), apiKey: ApiKeyView, permissions: Type.Array(Type.String()) }, closed),
  ],
  { title: 'Me', description: 'The signed-in staff member, or the API key making the request, with its effective permissions' },
);
export const ApiKeyCreated = Type.Object({ apiKey: ApiKeyView, secret: Type.String({ description: 'Shown once; store it now' }) }, closed);
export const Accepted = Type.Object({ status: Type.Literal('accepted') }, closed);
export const NoContent = Type.Null();

export const StaffSessionView = Type.Object(
  {
    staff: StaffView,
    permissions: Type.Array(Type.String(), { description: "The signed-in member's permissions (the web app hides what they may not do)" }),
    csrfToken: Type.String({ description: 'Send as the X-CSRF-Token header with every change made with the session cookie' }),
  },
  { ...closed, title: 'StaffSession', description: 'The staff member signed in with the session cookie' },
);

// ---- request bodies (all closed: unknown fields → 400) ----

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Password,
    firstName: Type.Optional(Name),
    lastName: Type.Optional(Name),
  },
  closed,
);

export const LoginBody = Type.Object(
  { email: Type.String({ maxLength: 254, ...noNul }), password: Type.String({ maxLength: PASSWORD_MAX }) },
  closed,
);
export const ResetRequestBody = Type.Object({ email: Type.String({ maxLength: 254, ...noNul }) }, closed);
export const ResetConfirmBody = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }), password: Password }, closed);
export const ChangePasswordBody = Type.Object({ currentPassword: Type.String({ maxLength: PASSWORD_MAX }), newPassword: Password }, closed);

export const UpdateMeBody = Type.Object(
  {
    firstName: Type.Optional(NullableName),
    lastName: Type.Optional(NullableName),
    phone: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 40, ...noNul }), Type.Null()])),
  },
  closed,
);

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, ...noNul });
const OptText = (max: number) => Type.Optional(Type.Union([Text(max), Type.Null()]));
/** A postal address as customers and carts take it (country upper-cased when stored). */
export const CreateAddressBody = Type.Object(
  {
    firstName: OptText(200),
    lastName: OptText(200),
    company: OptText(200),
    address1: Text(300),
    address2: OptText(300),
    city: Text(200),
    postalCode: OptText(40),
    province: OptText(200),
    countryCode: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2; stored upper case' }),
    phone: OptText(40),
  },
  { ...closed, title: 'PostalAddress' },
);
export const UpdateAddressBody = Type.Partial(CreateAddressBody, closed);

export const CreateStaffBody = Type.Object({ email: Email, password: Password, role: RoleSchema, name: Type.Optional(Name) }, closed);
export const UpdateStaffBody = Type.Object(
  {
    name: Type.Optional(NullableName),
    role: Type.Optional(RoleSchema),
    isDisabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  closed,
);

export const CreateApiKeyBody = Type.Object(
  {
    name: Name,
    permissions: Type.Array(PermissionSchema, { minItems: 1, maxItems: PERMISSIONS.length, uniqueItems: true }),
  },
  closed,
);
export const UpdateApiKeyBody = Type.Object({ name: Name }, closed);

export type CreateAddressBody = Static<typeof CreateAddressBody>;
