// Typed face of the edge <-> cloud protobuf schemas (farmacy.fridge.v1). The .proto files are
// the single source of truth; proto/gen/ is generated from them by `npm run proto`
// (protobufjs-cli pbjs + pbts) and test/proto/generated.unit.test.ts fails when it is stale.
// The domain and feed messages (farmacy.domain.v1) are in proto/domain.ts, so that the edge
// agent does not load them.
import { $protobuf } from './protobuf-config.js';
import { farmacy } from './gen/fridge.js';

export const fridgeV1 = farmacy.fridge.v1;
export type { farmacy };

export type Batch = farmacy.fridge.v1.IBatch;
export type Ack = farmacy.fridge.v1.IAck;
export type Command = farmacy.fridge.v1.ICommand;
export type Status = farmacy.fridge.v1.IStatus;
export type FridgeEvent = farmacy.fridge.v1.IFridgeEvent;
export type DoorSession = farmacy.fridge.v1.IDoorSession;
export type InventorySnapshot = farmacy.fridge.v1.IInventorySnapshot;

export const AckStatus = farmacy.fridge.v1.Ack.Status;
export const StatusState = farmacy.fridge.v1.Status.State;
export const SnapshotReason = farmacy.fridge.v1.InventorySnapshot.Reason;
export const FaultSource = farmacy.fridge.v1.ControllerFault.Source;
export const LinkState = farmacy.fridge.v1.LinkStatus.State;
export const OutboxResetReason = farmacy.fridge.v1.OutboxReset.Reason;

/** The body kinds of a FridgeEvent, as named by its oneof. */
export type FridgeEventKind = NonNullable<farmacy.fridge.v1.FridgeEvent['body']>;

/**
 * Every FridgeEvent body kind, in the oneof's order: the one list the edge (metrics, outbox
 * classes) and the cloud (the ACL's handlers) share (issue 15 item 2: it was written three
 * times). A kind added to fridge.proto and not here fails to compile (`AllKinds` below).
 */
export const FRIDGE_EVENT_KINDS = [
  'doorSession',
  'snapshot',
  'temperature',
  'fault',
  'doorAlarm',
  'audit',
  'booted',
  'link',
  'compaction',
  'outboxReset',
  'unlocked',
] as const satisfies readonly FridgeEventKind[];

type AllKinds<Missing extends never> = Missing;
export type FridgeEventKindsComplete = AllKinds<Exclude<FridgeEventKind, (typeof FRIDGE_EVENT_KINDS)[number]>>;

/** The kind of a fridge event's body (a decoded event or one about to be encoded), if it has one. */
export function fridgeEventKind(ev: Partial<Record<FridgeEventKind, unknown>>): FridgeEventKind | undefined {
  return FRIDGE_EVENT_KINDS.find((k) => ev[k] != null);
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; reason: string };

function decodeWith<T>(decode: (buf: Uint8Array) => T, buf: Uint8Array): DecodeResult<T> {
  try {
    return { ok: true, value: decode(buf) };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}

export const encodeBatchHeader = (b: Omit<Batch, 'events'>): Uint8Array =>
  fridgeV1.Batch.encode(b).finish();
export const encodeFridgeEvent = (e: FridgeEvent): Uint8Array => fridgeV1.FridgeEvent.encode(e).finish();
/**
 * Encodes a FridgeEvent given without its seq and puts the seq in front (field 1, varint):
 * the same bytes a decoder reads as `{ seq, ...event }`, without copying the event object.
 */
export function encodeFridgeEventWithSeq(e: Omit<FridgeEvent, 'seq'>, seq: number): Uint8Array {
  const body = fridgeV1.FridgeEvent.encode(e).finish();
  const w = $protobuf.Writer.create();
  w.uint32((1 << 3) | 0).uint64(seq);
  const head = w.finish();
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}
export const encodeAck = (a: Ack): Uint8Array => fridgeV1.Ack.encode(a).finish();
export const encodeCommand = (c: Command): Uint8Array => fridgeV1.Command.encode(c).finish();
export const encodeStatus = (s: Status): Uint8Array => fridgeV1.Status.encode(s).finish();

export const decodeBatch = (buf: Uint8Array): DecodeResult<farmacy.fridge.v1.Batch> =>
  decodeWith((b) => fridgeV1.Batch.decode(b), buf);
export const decodeFridgeEvent = (buf: Uint8Array): DecodeResult<farmacy.fridge.v1.FridgeEvent> =>
  decodeWith((b) => fridgeV1.FridgeEvent.decode(b), buf);
export const decodeAck = (buf: Uint8Array): DecodeResult<farmacy.fridge.v1.Ack> =>
  decodeWith((b) => fridgeV1.Ack.decode(b), buf);
export const decodeCommand = (buf: Uint8Array): DecodeResult<farmacy.fridge.v1.Command> =>
  decodeWith((b) => fridgeV1.Command.decode(b), buf);
export const decodeStatus = (buf: Uint8Array): DecodeResult<farmacy.fridge.v1.Status> =>
  decodeWith((b) => fridgeV1.Status.decode(b), buf);

/**
 * Assembles a Batch from a header and FridgeEvents that are already encoded (as the outbox
 * stores them). Protobuf allows a message's fields in any order and a repeated embedded
 * message is just its field key plus length-delimited bytes, so the result decodes as a
 * normal Batch without decoding and re-encoding every event.
 */
export function assembleBatch(header: Omit<Batch, 'events'>, encodedEvents: readonly Uint8Array[]): Uint8Array {
  const w = $protobuf.Writer.create();
  for (const ev of encodedEvents) {
    w.uint32((4 << 3) | 2).bytes(ev); // field 4 (events), wire type 2 (length-delimited)
  }
  const head = encodeBatchHeader(header);
  const tail = w.finish();
  const out = new Uint8Array(head.length + tail.length);
  out.set(head, 0);
  out.set(tail, head.length);
  return out;
}

/**
 * The encoded FridgeEvents of a Batch as they came on the wire, in order: the inverse of
 * assembleBatch, so that the cloud stores each event's bytes without encoding it again. Call it
 * only on a payload that decoded as a Batch.
 */
export function batchEventBytes(buf: Uint8Array): Uint8Array[] {
  const r = $protobuf.Reader.create(buf);
  const out: Uint8Array[] = [];
  while (r.pos < r.len) {
    const key = r.uint32();
    if (key === ((4 << 3) | 2)) out.push(r.bytes());
    else r.skipType(key & 7);
  }
  return out;
}

/**
 * What the cloud needs to know of a Batch to queue it (its lane and weight) without decoding
 * it: the `replay` flag (field 7) and the number of events (field 4). A scan of the top-level
 * fields, no objects; undefined when the bytes are not a well-formed message.
 */
export function peekBatch(buf: Uint8Array): { replay: boolean; events: number } | undefined {
  const r = $protobuf.Reader.create(buf);
  let replay = false;
  let events = 0;
  try {
    while (r.pos < r.len) {
      const key = r.uint32();
      if (key === ((4 << 3) | 2)) {
        events += 1;
        r.skipType(2);
      } else if (key === ((7 << 3) | 0)) replay = r.bool();
      else r.skipType(key & 7);
    }
  } catch {
    return undefined;
  }
  return { replay, events };
}

export { topics, parseTopic, ID_PATTERN, TOPIC_ROOT, type TopicKind, type ParsedTopic } from './topics.js';
