// The feed's messages as the client library hands them to an app: typed from the generated
// schema (proto/gen/feed.d.ts, farmacy.feed.v1), with every field present (proto3 defaults
// filled in) and the oneofs as discriminated unions.
import type { farmacy } from '../../proto/gen/feed.js';

type v1 = typeof farmacy.feed.v1;
type Props<K extends keyof v1> = v1[K] extends abstract new (...args: never[]) => infer I ? Omit<I, '$unknowns' | 'body'> : never;

/** Every field present and not null (what a decoded proto3 message holds, defaults included). */
type Filled<T> = { -readonly [K in keyof T as K extends '$unknowns' | 'body' ? never : K]-?: Exclude<T[K], null | undefined> };

/** A point in the event store (docs/feed.md "Positions, snapshot, resume"). */
export type Cursor = Filled<Props<'Cursor'>>;
export type MealStock = Filled<Props<'MealStock'>>;
export type SensorTemperature = Filled<Props<'SensorTemperature'>>;
export type Welcome = Omit<Filled<Props<'Welcome'>>, 'cursor'> & { cursor: Cursor };
export type FridgeState = Omit<Filled<Props<'FridgeState'>>, 'stock' | 'temperatures'> & { stock: MealStock[]; temperatures: SensorTemperature[] };
export interface Snapshot {
  cursor: Cursor;
  fridges: FridgeState[];
  districts: string[];
}

type EventProps = Props<'Event'>;
/** The kinds of change the feed carries: the members of Event's oneof. */
export type EventKind = NonNullable<farmacy.feed.v1.Event['body']>;
export const EVENT_KINDS: readonly EventKind[] = ['stockUpdated', 'stockReserved', 'stockCanceled', 'catalogUpdated', 'fridgeOnline', 'fridgeOffline', 'temperatureRecorded', 'mealNearingExpiry'];

export interface EventHeader {
  cursor: Cursor;
  district: string;
  /** Empty for district-wide events (catalogUpdated). */
  fridgeId: string;
  occurredAtMs: number;
}
/** One change: `kind` names the member that is set, e.g. `e.kind === 'stockUpdated'` → `e.stockUpdated.onHand`. */
export type FeedEvent = { [K in EventKind]: EventHeader & { kind: K } & { [P in K]: EventBodies[P] } }[EventKind];
/** Each kind's body. */
export type EventBodies = { [K in EventKind]: Filled<NonNullable<EventProps[K]>> };
export type EventOf<K extends EventKind> = Extract<FeedEvent, { kind: K }>;

export type Resumed = Omit<Filled<Props<'Resumed'>>, 'cursor'> & { cursor: Cursor };
export type Resync = Omit<Filled<Props<'Resync'>>, 'cursor'> & { cursor: Cursor | undefined };
export type ErrorReply = Filled<Props<'ErrorReply'>>;
export interface Events {
  cursor: Cursor;
  events: FeedEvent[];
}

/** The members of ServerMessage's oneof. */
export type ServerMessageKind = NonNullable<farmacy.feed.v1.ServerMessage['body']>;
/** Each server message's body. */
export interface ServerBodies {
  welcome: Welcome;
  snapshot: Snapshot;
  event: FeedEvent;
  events: Events;
  resumed: Resumed;
  resync: Resync;
  error: ErrorReply;
  pong: { cursor: Cursor | undefined };
  unsubscribed: { cursor: Cursor | undefined };
}
// A new member of the schema's oneof that this file does not type fails to compile here.
type Covered = ServerMessageKind extends keyof ServerBodies ? (keyof ServerBodies extends ServerMessageKind ? true : never) : never;
const covered: Covered = true;
void covered;

/**
 * A server message, checked: `kind` names the member that is set. `event` (one event) is what
 * servers before v1.1 send; later ones send `events` (every event of one commit in one frame).
 */
export type ServerMessage = { [K in ServerMessageKind]: { kind: K; requestId: string } & { [P in K]: ServerBodies[P] } }[ServerMessageKind];

export interface Area {
  lat: number;
  lon: number;
  radiusM: number;
}

/** What to follow: districts and/or areas, or every district (needs the admin token). */
export type Subscription = { districts?: readonly string[]; areas?: readonly Area[]; allDistricts?: false } | { allDistricts: true; adminToken?: string };

export type FeedEncoding = 'json' | 'proto';
export const FEED_SUBPROTOCOLS: { readonly [E in FeedEncoding]: string } = { proto: 'farmacy.feed.v1+proto', json: 'farmacy.feed.v1+json' };
