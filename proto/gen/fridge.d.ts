import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace farmacy. */
export namespace farmacy {

    /** Namespace fridge. */
    namespace fridge {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a Batch.
             * @deprecated Use farmacy.fridge.v1.Batch.$Properties instead.
             */
            interface IBatch extends farmacy.fridge.v1.Batch.$Properties {
            }

            /** Represents a Batch. */
            class Batch {

                /**
                 * Constructs a new Batch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.Batch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Batch fridgeId. */
                fridgeId: string;

                /** Batch epoch. */
                epoch: string;

                /** Batch prevSeq. */
                prevSeq: number;

                /** Batch events. */
                events: farmacy.fridge.v1.FridgeEvent.$Properties[];

                /** Batch sentAtMs. */
                sentAtMs: number;

                /** Batch acknowledgedThrough. */
                acknowledgedThrough: number;

                /** Batch replay. */
                replay: boolean;

                /**
                 * Creates a new Batch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Batch instance
                 */
                static create(properties: farmacy.fridge.v1.Batch.$Shape): farmacy.fridge.v1.Batch & farmacy.fridge.v1.Batch.$Shape;
                static create(properties?: farmacy.fridge.v1.Batch.$Properties): farmacy.fridge.v1.Batch;

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link farmacy.fridge.v1.Batch.verify|verify} messages.
                 * @param message Batch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.Batch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Batch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Batch & farmacy.fridge.v1.Batch.$Shape} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.Batch & farmacy.fridge.v1.Batch.$Shape;
            }

            namespace Batch {

                /** Properties of a Batch. */
                interface $Properties {

                    /** Batch fridgeId */
                    fridgeId?: (string|null);

                    /** Batch epoch */
                    epoch?: (string|null);

                    /** Batch prevSeq */
                    prevSeq?: (number|null);

                    /** Batch events */
                    events?: (farmacy.fridge.v1.FridgeEvent.$Properties[]|null);

                    /** Batch sentAtMs */
                    sentAtMs?: (number|null);

                    /** Batch acknowledgedThrough */
                    acknowledgedThrough?: (number|null);

                    /** Batch replay */
                    replay?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Batch. */
                type $Shape = {
                  fridgeId?: string|null;
                  epoch?: string|null;
                  prevSeq?: number|null;
                  events?: farmacy.fridge.v1.FridgeEvent.$Shape[]|null;
                  sentAtMs?: number|null;
                  acknowledgedThrough?: number|null;
                  replay?: boolean|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of an Ack.
             * @deprecated Use farmacy.fridge.v1.Ack.$Properties instead.
             */
            interface IAck extends farmacy.fridge.v1.Ack.$Properties {
            }

            /** Represents an Ack. */
            class Ack {

                /**
                 * Constructs a new Ack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.Ack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ack epoch. */
                epoch: string;

                /** Ack committedSeq. */
                committedSeq: number;

                /** Ack status. */
                status: farmacy.fridge.v1.Ack.Status;

                /** Ack reason. */
                reason: string;

                /** Ack batchLastSeq. */
                batchLastSeq: number;

                /** Ack batchSentAtMs. */
                batchSentAtMs: number;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ack instance
                 */
                static create(properties: farmacy.fridge.v1.Ack.$Shape): farmacy.fridge.v1.Ack & farmacy.fridge.v1.Ack.$Shape;
                static create(properties?: farmacy.fridge.v1.Ack.$Properties): farmacy.fridge.v1.Ack;

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link farmacy.fridge.v1.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Ack & farmacy.fridge.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.Ack & farmacy.fridge.v1.Ack.$Shape;
            }

            namespace Ack {

                /** Properties of an Ack. */
                interface $Properties {

                    /** Ack epoch */
                    epoch?: (string|null);

                    /** Ack committedSeq */
                    committedSeq?: (number|null);

                    /** Ack status */
                    status?: (farmacy.fridge.v1.Ack.Status|null);

                    /** Ack reason */
                    reason?: (string|null);

                    /** Ack batchLastSeq */
                    batchLastSeq?: (number|null);

                    /** Ack batchSentAtMs */
                    batchSentAtMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Ack. */
                type $Shape = farmacy.fridge.v1.Ack.$Properties;

                /** Status enum. */
                enum Status {

                    /** STATUS_UNSPECIFIED value */
                    STATUS_UNSPECIFIED = 0,

                    /** OK value */
                    OK = 1,

                    /** GAP value */
                    GAP = 2,

                    /** REJECTED value */
                    REJECTED = 3
                }
            }

            /**
             * Properties of a Command.
             * @deprecated Use farmacy.fridge.v1.Command.$Properties instead.
             */
            interface ICommand extends farmacy.fridge.v1.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command commandId. */
                commandId: string;

                /** Command issuedAtMs. */
                issuedAtMs: number;

                /** Command snapshot. */
                snapshot?: (farmacy.fridge.v1.SnapshotRequest.$Properties|null);

                /** Command unlock. */
                unlock?: (farmacy.fridge.v1.UnlockDoor.$Properties|null);

                /** Command kind. */
                kind?: ("snapshot"|"unlock");

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: farmacy.fridge.v1.Command.$Shape): farmacy.fridge.v1.Command & farmacy.fridge.v1.Command.$Shape;
                static create(properties?: farmacy.fridge.v1.Command.$Properties): farmacy.fridge.v1.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link farmacy.fridge.v1.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Command & farmacy.fridge.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.Command & farmacy.fridge.v1.Command.$Shape;
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command commandId */
                    commandId?: (string|null);

                    /** Command issuedAtMs */
                    issuedAtMs?: (number|null);

                    /** Command snapshot */
                    snapshot?: (farmacy.fridge.v1.SnapshotRequest.$Properties|null);

                    /** Command unlock */
                    unlock?: (farmacy.fridge.v1.UnlockDoor.$Properties|null);

                    /** Command kind */
                    kind?: ("snapshot"|"unlock");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Command. */
                type $Shape = {
                  commandId?: string|null;
                  issuedAtMs?: number|null;
                  snapshot?: farmacy.fridge.v1.SnapshotRequest.$Shape|null;
                  unlock?: farmacy.fridge.v1.UnlockDoor.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; snapshot?: null; unlock?: null }|{ kind?: "snapshot"; snapshot: farmacy.fridge.v1.SnapshotRequest.$Shape; unlock?: null }|{ kind?: "unlock"; snapshot?: null; unlock: farmacy.fridge.v1.UnlockDoor.$Shape })
                );
            }

            /**
             * Properties of a SnapshotRequest.
             * @deprecated Use farmacy.fridge.v1.SnapshotRequest.$Properties instead.
             */
            interface ISnapshotRequest extends farmacy.fridge.v1.SnapshotRequest.$Properties {
            }

            /** Represents a SnapshotRequest. */
            class SnapshotRequest {

                /**
                 * Constructs a new SnapshotRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.SnapshotRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotRequest reason. */
                reason: string;

                /**
                 * Creates a new SnapshotRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotRequest instance
                 */
                static create(properties: farmacy.fridge.v1.SnapshotRequest.$Shape): farmacy.fridge.v1.SnapshotRequest & farmacy.fridge.v1.SnapshotRequest.$Shape;
                static create(properties?: farmacy.fridge.v1.SnapshotRequest.$Properties): farmacy.fridge.v1.SnapshotRequest;

                /**
                 * Encodes the specified SnapshotRequest message. Does not implicitly {@link farmacy.fridge.v1.SnapshotRequest.verify|verify} messages.
                 * @param message SnapshotRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.SnapshotRequest & farmacy.fridge.v1.SnapshotRequest.$Shape} SnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.SnapshotRequest & farmacy.fridge.v1.SnapshotRequest.$Shape;
            }

            namespace SnapshotRequest {

                /** Properties of a SnapshotRequest. */
                interface $Properties {

                    /** SnapshotRequest reason */
                    reason?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotRequest. */
                type $Shape = farmacy.fridge.v1.SnapshotRequest.$Properties;
            }

            /**
             * Properties of an UnlockDoor.
             * @deprecated Use farmacy.fridge.v1.UnlockDoor.$Properties instead.
             */
            interface IUnlockDoor extends farmacy.fridge.v1.UnlockDoor.$Properties {
            }

            /** Represents an UnlockDoor. */
            class UnlockDoor {

                /**
                 * Constructs a new UnlockDoor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.UnlockDoor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UnlockDoor seconds. */
                seconds: number;

                /**
                 * Creates a new UnlockDoor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnlockDoor instance
                 */
                static create(properties: farmacy.fridge.v1.UnlockDoor.$Shape): farmacy.fridge.v1.UnlockDoor & farmacy.fridge.v1.UnlockDoor.$Shape;
                static create(properties?: farmacy.fridge.v1.UnlockDoor.$Properties): farmacy.fridge.v1.UnlockDoor;

                /**
                 * Encodes the specified UnlockDoor message. Does not implicitly {@link farmacy.fridge.v1.UnlockDoor.verify|verify} messages.
                 * @param message UnlockDoor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.UnlockDoor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnlockDoor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.UnlockDoor & farmacy.fridge.v1.UnlockDoor.$Shape} UnlockDoor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.UnlockDoor & farmacy.fridge.v1.UnlockDoor.$Shape;
            }

            namespace UnlockDoor {

                /** Properties of an UnlockDoor. */
                interface $Properties {

                    /** UnlockDoor seconds */
                    seconds?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnlockDoor. */
                type $Shape = farmacy.fridge.v1.UnlockDoor.$Properties;
            }

            /**
             * Properties of a Status.
             * @deprecated Use farmacy.fridge.v1.Status.$Properties instead.
             */
            interface IStatus extends farmacy.fridge.v1.Status.$Properties {
            }

            /** Represents a Status. */
            class Status {

                /**
                 * Constructs a new Status.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.Status.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Status state. */
                state: farmacy.fridge.v1.Status.State;

                /** Status fridgeId. */
                fridgeId: string;

                /** Status epoch. */
                epoch: string;

                /** Status bdSeq. */
                bdSeq: number;

                /** Status atMs. */
                atMs: number;

                /** Status outboxEvents. */
                outboxEvents: number;

                /** Status outboxBytes. */
                outboxBytes: number;

                /** Status lastSeq. */
                lastSeq: number;

                /** Status agentVersion. */
                agentVersion: string;

                /** Status firmwareVersion. */
                firmwareVersion: string;

                /** Status controllerSerial. */
                controllerSerial: string;

                /** Status clean. */
                clean: boolean;

                /**
                 * Creates a new Status instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Status instance
                 */
                static create(properties: farmacy.fridge.v1.Status.$Shape): farmacy.fridge.v1.Status & farmacy.fridge.v1.Status.$Shape;
                static create(properties?: farmacy.fridge.v1.Status.$Properties): farmacy.fridge.v1.Status;

                /**
                 * Encodes the specified Status message. Does not implicitly {@link farmacy.fridge.v1.Status.verify|verify} messages.
                 * @param message Status message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Status & farmacy.fridge.v1.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.Status & farmacy.fridge.v1.Status.$Shape;
            }

            namespace Status {

                /** Properties of a Status. */
                interface $Properties {

                    /** Status state */
                    state?: (farmacy.fridge.v1.Status.State|null);

                    /** Status fridgeId */
                    fridgeId?: (string|null);

                    /** Status epoch */
                    epoch?: (string|null);

                    /** Status bdSeq */
                    bdSeq?: (number|null);

                    /** Status atMs */
                    atMs?: (number|null);

                    /** Status outboxEvents */
                    outboxEvents?: (number|null);

                    /** Status outboxBytes */
                    outboxBytes?: (number|null);

                    /** Status lastSeq */
                    lastSeq?: (number|null);

                    /** Status agentVersion */
                    agentVersion?: (string|null);

                    /** Status firmwareVersion */
                    firmwareVersion?: (string|null);

                    /** Status controllerSerial */
                    controllerSerial?: (string|null);

                    /** Status clean */
                    clean?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Status. */
                type $Shape = farmacy.fridge.v1.Status.$Properties;

                /** State enum. */
                enum State {

                    /** STATE_UNSPECIFIED value */
                    STATE_UNSPECIFIED = 0,

                    /** ONLINE value */
                    ONLINE = 1,

                    /** OFFLINE value */
                    OFFLINE = 2
                }
            }

            /**
             * Properties of a FridgeEvent.
             * @deprecated Use farmacy.fridge.v1.FridgeEvent.$Properties instead.
             */
            interface IFridgeEvent extends farmacy.fridge.v1.FridgeEvent.$Properties {
            }

            /** Represents a FridgeEvent. */
            class FridgeEvent {

                /**
                 * Constructs a new FridgeEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.FridgeEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FridgeEvent seq. */
                seq: number;

                /** FridgeEvent recordedAtMs. */
                recordedAtMs: number;

                /** FridgeEvent doorSession. */
                doorSession?: (farmacy.fridge.v1.DoorSession.$Properties|null);

                /** FridgeEvent snapshot. */
                snapshot?: (farmacy.fridge.v1.InventorySnapshot.$Properties|null);

                /** FridgeEvent temperature. */
                temperature?: (farmacy.fridge.v1.TemperatureSample.$Properties|null);

                /** FridgeEvent fault. */
                fault?: (farmacy.fridge.v1.ControllerFault.$Properties|null);

                /** FridgeEvent doorAlarm. */
                doorAlarm?: (farmacy.fridge.v1.DoorAlarm.$Properties|null);

                /** FridgeEvent audit. */
                audit?: (farmacy.fridge.v1.InventoryAudit.$Properties|null);

                /** FridgeEvent booted. */
                booted?: (farmacy.fridge.v1.ControllerBooted.$Properties|null);

                /** FridgeEvent link. */
                link?: (farmacy.fridge.v1.LinkStatus.$Properties|null);

                /** FridgeEvent compaction. */
                compaction?: (farmacy.fridge.v1.CompactionReport.$Properties|null);

                /** FridgeEvent outboxReset. */
                outboxReset?: (farmacy.fridge.v1.OutboxReset.$Properties|null);

                /** FridgeEvent unlocked. */
                unlocked?: (farmacy.fridge.v1.DoorUnlocked.$Properties|null);

                /** FridgeEvent body. */
                body?: ("doorSession"|"snapshot"|"temperature"|"fault"|"doorAlarm"|"audit"|"booted"|"link"|"compaction"|"outboxReset"|"unlocked");

                /**
                 * Creates a new FridgeEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FridgeEvent instance
                 */
                static create(properties: farmacy.fridge.v1.FridgeEvent.$Shape): farmacy.fridge.v1.FridgeEvent & farmacy.fridge.v1.FridgeEvent.$Shape;
                static create(properties?: farmacy.fridge.v1.FridgeEvent.$Properties): farmacy.fridge.v1.FridgeEvent;

                /**
                 * Encodes the specified FridgeEvent message. Does not implicitly {@link farmacy.fridge.v1.FridgeEvent.verify|verify} messages.
                 * @param message FridgeEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.FridgeEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FridgeEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.FridgeEvent & farmacy.fridge.v1.FridgeEvent.$Shape} FridgeEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.FridgeEvent & farmacy.fridge.v1.FridgeEvent.$Shape;
            }

            namespace FridgeEvent {

                /** Properties of a FridgeEvent. */
                interface $Properties {

                    /** FridgeEvent seq */
                    seq?: (number|null);

                    /** FridgeEvent recordedAtMs */
                    recordedAtMs?: (number|null);

                    /** FridgeEvent doorSession */
                    doorSession?: (farmacy.fridge.v1.DoorSession.$Properties|null);

                    /** FridgeEvent snapshot */
                    snapshot?: (farmacy.fridge.v1.InventorySnapshot.$Properties|null);

                    /** FridgeEvent temperature */
                    temperature?: (farmacy.fridge.v1.TemperatureSample.$Properties|null);

                    /** FridgeEvent fault */
                    fault?: (farmacy.fridge.v1.ControllerFault.$Properties|null);

                    /** FridgeEvent doorAlarm */
                    doorAlarm?: (farmacy.fridge.v1.DoorAlarm.$Properties|null);

                    /** FridgeEvent audit */
                    audit?: (farmacy.fridge.v1.InventoryAudit.$Properties|null);

                    /** FridgeEvent booted */
                    booted?: (farmacy.fridge.v1.ControllerBooted.$Properties|null);

                    /** FridgeEvent link */
                    link?: (farmacy.fridge.v1.LinkStatus.$Properties|null);

                    /** FridgeEvent compaction */
                    compaction?: (farmacy.fridge.v1.CompactionReport.$Properties|null);

                    /** FridgeEvent outboxReset */
                    outboxReset?: (farmacy.fridge.v1.OutboxReset.$Properties|null);

                    /** FridgeEvent unlocked */
                    unlocked?: (farmacy.fridge.v1.DoorUnlocked.$Properties|null);

                    /** FridgeEvent body */
                    body?: ("doorSession"|"snapshot"|"temperature"|"fault"|"doorAlarm"|"audit"|"booted"|"link"|"compaction"|"outboxReset"|"unlocked");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a FridgeEvent. */
                type $Shape = {
                  seq?: number|null;
                  recordedAtMs?: number|null;
                  doorSession?: farmacy.fridge.v1.DoorSession.$Shape|null;
                  snapshot?: farmacy.fridge.v1.InventorySnapshot.$Shape|null;
                  temperature?: farmacy.fridge.v1.TemperatureSample.$Shape|null;
                  fault?: farmacy.fridge.v1.ControllerFault.$Shape|null;
                  doorAlarm?: farmacy.fridge.v1.DoorAlarm.$Shape|null;
                  audit?: farmacy.fridge.v1.InventoryAudit.$Shape|null;
                  booted?: farmacy.fridge.v1.ControllerBooted.$Shape|null;
                  link?: farmacy.fridge.v1.LinkStatus.$Shape|null;
                  compaction?: farmacy.fridge.v1.CompactionReport.$Shape|null;
                  outboxReset?: farmacy.fridge.v1.OutboxReset.$Shape|null;
                  unlocked?: farmacy.fridge.v1.DoorUnlocked.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "doorSession"; doorSession: farmacy.fridge.v1.DoorSession.$Shape; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "snapshot"; doorSession?: null; snapshot: farmacy.fridge.v1.InventorySnapshot.$Shape; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "temperature"; doorSession?: null; snapshot?: null; temperature: farmacy.fridge.v1.TemperatureSample.$Shape; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "fault"; doorSession?: null; snapshot?: null; temperature?: null; fault: farmacy.fridge.v1.ControllerFault.$Shape; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "doorAlarm"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm: farmacy.fridge.v1.DoorAlarm.$Shape; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "audit"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit: farmacy.fridge.v1.InventoryAudit.$Shape; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "booted"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted: farmacy.fridge.v1.ControllerBooted.$Shape; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "link"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link: farmacy.fridge.v1.LinkStatus.$Shape; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "compaction"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction: farmacy.fridge.v1.CompactionReport.$Shape; outboxReset?: null; unlocked?: null }|{ body?: "outboxReset"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset: farmacy.fridge.v1.OutboxReset.$Shape; unlocked?: null }|{ body?: "unlocked"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked: farmacy.fridge.v1.DoorUnlocked.$Shape })
                );
            }

            /**
             * Properties of a DoorSession.
             * @deprecated Use farmacy.fridge.v1.DoorSession.$Properties instead.
             */
            interface IDoorSession extends farmacy.fridge.v1.DoorSession.$Properties {
            }

            /** Represents a DoorSession. */
            class DoorSession {

                /**
                 * Constructs a new DoorSession.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.DoorSession.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DoorSession openedAtMs. */
                openedAtMs: number;

                /** DoorSession closedAtMs. */
                closedAtMs: number;

                /** DoorSession openCount. */
                openCount: number;

                /** DoorSession removed. */
                removed: Uint8Array[];

                /** DoorSession added. */
                added: Uint8Array[];

                /** DoorSession shelves. */
                shelves: farmacy.fridge.v1.ShelfDelta.$Properties[];

                /** DoorSession rounds. */
                rounds: number;

                /** DoorSession tagCount. */
                tagCount: number;

                /**
                 * Creates a new DoorSession instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DoorSession instance
                 */
                static create(properties: farmacy.fridge.v1.DoorSession.$Shape): farmacy.fridge.v1.DoorSession & farmacy.fridge.v1.DoorSession.$Shape;
                static create(properties?: farmacy.fridge.v1.DoorSession.$Properties): farmacy.fridge.v1.DoorSession;

                /**
                 * Encodes the specified DoorSession message. Does not implicitly {@link farmacy.fridge.v1.DoorSession.verify|verify} messages.
                 * @param message DoorSession message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.DoorSession.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DoorSession message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.DoorSession & farmacy.fridge.v1.DoorSession.$Shape} DoorSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.DoorSession & farmacy.fridge.v1.DoorSession.$Shape;
            }

            namespace DoorSession {

                /** Properties of a DoorSession. */
                interface $Properties {

                    /** DoorSession openedAtMs */
                    openedAtMs?: (number|null);

                    /** DoorSession closedAtMs */
                    closedAtMs?: (number|null);

                    /** DoorSession openCount */
                    openCount?: (number|null);

                    /** DoorSession removed */
                    removed?: (Uint8Array[]|null);

                    /** DoorSession added */
                    added?: (Uint8Array[]|null);

                    /** DoorSession shelves */
                    shelves?: (farmacy.fridge.v1.ShelfDelta.$Properties[]|null);

                    /** DoorSession rounds */
                    rounds?: (number|null);

                    /** DoorSession tagCount */
                    tagCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DoorSession. */
                type $Shape = farmacy.fridge.v1.DoorSession.$Properties;
            }

            /**
             * Properties of a ShelfDelta.
             * @deprecated Use farmacy.fridge.v1.ShelfDelta.$Properties instead.
             */
            interface IShelfDelta extends farmacy.fridge.v1.ShelfDelta.$Properties {
            }

            /** Represents a ShelfDelta. */
            class ShelfDelta {

                /**
                 * Constructs a new ShelfDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.ShelfDelta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShelfDelta shelf. */
                shelf: number;

                /** ShelfDelta beforeG. */
                beforeG: number;

                /** ShelfDelta afterG. */
                afterG: number;

                /** ShelfDelta deltaG. */
                deltaG: number;

                /** ShelfDelta stable. */
                stable: boolean;

                /**
                 * Creates a new ShelfDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShelfDelta instance
                 */
                static create(properties: farmacy.fridge.v1.ShelfDelta.$Shape): farmacy.fridge.v1.ShelfDelta & farmacy.fridge.v1.ShelfDelta.$Shape;
                static create(properties?: farmacy.fridge.v1.ShelfDelta.$Properties): farmacy.fridge.v1.ShelfDelta;

                /**
                 * Encodes the specified ShelfDelta message. Does not implicitly {@link farmacy.fridge.v1.ShelfDelta.verify|verify} messages.
                 * @param message ShelfDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.ShelfDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShelfDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ShelfDelta & farmacy.fridge.v1.ShelfDelta.$Shape} ShelfDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.ShelfDelta & farmacy.fridge.v1.ShelfDelta.$Shape;
            }

            namespace ShelfDelta {

                /** Properties of a ShelfDelta. */
                interface $Properties {

                    /** ShelfDelta shelf */
                    shelf?: (number|null);

                    /** ShelfDelta beforeG */
                    beforeG?: (number|null);

                    /** ShelfDelta afterG */
                    afterG?: (number|null);

                    /** ShelfDelta deltaG */
                    deltaG?: (number|null);

                    /** ShelfDelta stable */
                    stable?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShelfDelta. */
                type $Shape = farmacy.fridge.v1.ShelfDelta.$Properties;
            }

            /**
             * Properties of a ShelfWeight.
             * @deprecated Use farmacy.fridge.v1.ShelfWeight.$Properties instead.
             */
            interface IShelfWeight extends farmacy.fridge.v1.ShelfWeight.$Properties {
            }

            /** Represents a ShelfWeight. */
            class ShelfWeight {

                /**
                 * Constructs a new ShelfWeight.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.ShelfWeight.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ShelfWeight shelf. */
                shelf: number;

                /** ShelfWeight grams. */
                grams: number;

                /** ShelfWeight stable. */
                stable: boolean;

                /**
                 * Creates a new ShelfWeight instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ShelfWeight instance
                 */
                static create(properties: farmacy.fridge.v1.ShelfWeight.$Shape): farmacy.fridge.v1.ShelfWeight & farmacy.fridge.v1.ShelfWeight.$Shape;
                static create(properties?: farmacy.fridge.v1.ShelfWeight.$Properties): farmacy.fridge.v1.ShelfWeight;

                /**
                 * Encodes the specified ShelfWeight message. Does not implicitly {@link farmacy.fridge.v1.ShelfWeight.verify|verify} messages.
                 * @param message ShelfWeight message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.ShelfWeight.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ShelfWeight message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ShelfWeight & farmacy.fridge.v1.ShelfWeight.$Shape} ShelfWeight
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.ShelfWeight & farmacy.fridge.v1.ShelfWeight.$Shape;
            }

            namespace ShelfWeight {

                /** Properties of a ShelfWeight. */
                interface $Properties {

                    /** ShelfWeight shelf */
                    shelf?: (number|null);

                    /** ShelfWeight grams */
                    grams?: (number|null);

                    /** ShelfWeight stable */
                    stable?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ShelfWeight. */
                type $Shape = farmacy.fridge.v1.ShelfWeight.$Properties;
            }

            /**
             * Properties of an InventorySnapshot.
             * @deprecated Use farmacy.fridge.v1.InventorySnapshot.$Properties instead.
             */
            interface IInventorySnapshot extends farmacy.fridge.v1.InventorySnapshot.$Properties {
            }

            /** Represents an InventorySnapshot. */
            class InventorySnapshot {

                /**
                 * Constructs a new InventorySnapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.InventorySnapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InventorySnapshot reason. */
                reason: farmacy.fridge.v1.InventorySnapshot.Reason;

                /** InventorySnapshot commandId. */
                commandId: string;

                /** InventorySnapshot tags. */
                tags: Uint8Array[];

                /** InventorySnapshot unseen. */
                unseen: Uint8Array[];

                /** InventorySnapshot shelves. */
                shelves: farmacy.fridge.v1.ShelfWeight.$Properties[];

                /**
                 * Creates a new InventorySnapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InventorySnapshot instance
                 */
                static create(properties: farmacy.fridge.v1.InventorySnapshot.$Shape): farmacy.fridge.v1.InventorySnapshot & farmacy.fridge.v1.InventorySnapshot.$Shape;
                static create(properties?: farmacy.fridge.v1.InventorySnapshot.$Properties): farmacy.fridge.v1.InventorySnapshot;

                /**
                 * Encodes the specified InventorySnapshot message. Does not implicitly {@link farmacy.fridge.v1.InventorySnapshot.verify|verify} messages.
                 * @param message InventorySnapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.InventorySnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InventorySnapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.InventorySnapshot & farmacy.fridge.v1.InventorySnapshot.$Shape} InventorySnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.InventorySnapshot & farmacy.fridge.v1.InventorySnapshot.$Shape;
            }

            namespace InventorySnapshot {

                /** Properties of an InventorySnapshot. */
                interface $Properties {

                    /** InventorySnapshot reason */
                    reason?: (farmacy.fridge.v1.InventorySnapshot.Reason|null);

                    /** InventorySnapshot commandId */
                    commandId?: (string|null);

                    /** InventorySnapshot tags */
                    tags?: (Uint8Array[]|null);

                    /** InventorySnapshot unseen */
                    unseen?: (Uint8Array[]|null);

                    /** InventorySnapshot shelves */
                    shelves?: (farmacy.fridge.v1.ShelfWeight.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InventorySnapshot. */
                type $Shape = farmacy.fridge.v1.InventorySnapshot.$Properties;

                /** Reason enum. */
                enum Reason {

                    /** REASON_UNSPECIFIED value */
                    REASON_UNSPECIFIED = 0,

                    /** STARTUP value */
                    STARTUP = 1,

                    /** PERIODIC value */
                    PERIODIC = 2,

                    /** REQUESTED value */
                    REQUESTED = 3,

                    /** NEW_EPOCH value */
                    NEW_EPOCH = 4,

                    /** CONTROLLER_REBOOT value */
                    CONTROLLER_REBOOT = 5,

                    /** LINK_RESTORED value */
                    LINK_RESTORED = 6
                }
            }

            /**
             * Properties of a TemperatureSample.
             * @deprecated Use farmacy.fridge.v1.TemperatureSample.$Properties instead.
             */
            interface ITemperatureSample extends farmacy.fridge.v1.TemperatureSample.$Properties {
            }

            /** Represents a TemperatureSample. */
            class TemperatureSample {

                /**
                 * Constructs a new TemperatureSample.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.TemperatureSample.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TemperatureSample sensor. */
                sensor: number;

                /** TemperatureSample deciCelsius. */
                deciCelsius: number;

                /**
                 * Creates a new TemperatureSample instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TemperatureSample instance
                 */
                static create(properties: farmacy.fridge.v1.TemperatureSample.$Shape): farmacy.fridge.v1.TemperatureSample & farmacy.fridge.v1.TemperatureSample.$Shape;
                static create(properties?: farmacy.fridge.v1.TemperatureSample.$Properties): farmacy.fridge.v1.TemperatureSample;

                /**
                 * Encodes the specified TemperatureSample message. Does not implicitly {@link farmacy.fridge.v1.TemperatureSample.verify|verify} messages.
                 * @param message TemperatureSample message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.TemperatureSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TemperatureSample message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.TemperatureSample & farmacy.fridge.v1.TemperatureSample.$Shape} TemperatureSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.TemperatureSample & farmacy.fridge.v1.TemperatureSample.$Shape;
            }

            namespace TemperatureSample {

                /** Properties of a TemperatureSample. */
                interface $Properties {

                    /** TemperatureSample sensor */
                    sensor?: (number|null);

                    /** TemperatureSample deciCelsius */
                    deciCelsius?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TemperatureSample. */
                type $Shape = farmacy.fridge.v1.TemperatureSample.$Properties;
            }

            /**
             * Properties of a ControllerFault.
             * @deprecated Use farmacy.fridge.v1.ControllerFault.$Properties instead.
             */
            interface IControllerFault extends farmacy.fridge.v1.ControllerFault.$Properties {
            }

            /** Represents a ControllerFault. */
            class ControllerFault {

                /**
                 * Constructs a new ControllerFault.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.ControllerFault.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ControllerFault source. */
                source: farmacy.fridge.v1.ControllerFault.Source;

                /** ControllerFault code. */
                code: string;

                /** ControllerFault text. */
                text: string;

                /**
                 * Creates a new ControllerFault instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ControllerFault instance
                 */
                static create(properties: farmacy.fridge.v1.ControllerFault.$Shape): farmacy.fridge.v1.ControllerFault & farmacy.fridge.v1.ControllerFault.$Shape;
                static create(properties?: farmacy.fridge.v1.ControllerFault.$Properties): farmacy.fridge.v1.ControllerFault;

                /**
                 * Encodes the specified ControllerFault message. Does not implicitly {@link farmacy.fridge.v1.ControllerFault.verify|verify} messages.
                 * @param message ControllerFault message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.ControllerFault.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ControllerFault message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ControllerFault & farmacy.fridge.v1.ControllerFault.$Shape} ControllerFault
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.ControllerFault & farmacy.fridge.v1.ControllerFault.$Shape;
            }

            namespace ControllerFault {

                /** Properties of a ControllerFault. */
                interface $Properties {

                    /** ControllerFault source */
                    source?: (farmacy.fridge.v1.ControllerFault.Source|null);

                    /** ControllerFault code */
                    code?: (string|null);

                    /** ControllerFault text */
                    text?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ControllerFault. */
                type $Shape = farmacy.fridge.v1.ControllerFault.$Properties;

                /** Source enum. */
                enum Source {

                    /** SOURCE_UNSPECIFIED value */
                    SOURCE_UNSPECIFIED = 0,

                    /** CONTROLLER value */
                    CONTROLLER = 1,

                    /** EDGE value */
                    EDGE = 2
                }
            }

            /**
             * Properties of a DoorAlarm.
             * @deprecated Use farmacy.fridge.v1.DoorAlarm.$Properties instead.
             */
            interface IDoorAlarm extends farmacy.fridge.v1.DoorAlarm.$Properties {
            }

            /** Represents a DoorAlarm. */
            class DoorAlarm {

                /**
                 * Constructs a new DoorAlarm.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.DoorAlarm.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DoorAlarm openedAtMs. */
                openedAtMs: number;

                /** DoorAlarm openForMs. */
                openForMs: number;

                /** DoorAlarm cleared. */
                cleared: boolean;

                /**
                 * Creates a new DoorAlarm instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DoorAlarm instance
                 */
                static create(properties: farmacy.fridge.v1.DoorAlarm.$Shape): farmacy.fridge.v1.DoorAlarm & farmacy.fridge.v1.DoorAlarm.$Shape;
                static create(properties?: farmacy.fridge.v1.DoorAlarm.$Properties): farmacy.fridge.v1.DoorAlarm;

                /**
                 * Encodes the specified DoorAlarm message. Does not implicitly {@link farmacy.fridge.v1.DoorAlarm.verify|verify} messages.
                 * @param message DoorAlarm message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.DoorAlarm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DoorAlarm message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.DoorAlarm & farmacy.fridge.v1.DoorAlarm.$Shape} DoorAlarm
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.DoorAlarm & farmacy.fridge.v1.DoorAlarm.$Shape;
            }

            namespace DoorAlarm {

                /** Properties of a DoorAlarm. */
                interface $Properties {

                    /** DoorAlarm openedAtMs */
                    openedAtMs?: (number|null);

                    /** DoorAlarm openForMs */
                    openForMs?: (number|null);

                    /** DoorAlarm cleared */
                    cleared?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DoorAlarm. */
                type $Shape = farmacy.fridge.v1.DoorAlarm.$Properties;
            }

            /**
             * Properties of an InventoryAudit.
             * @deprecated Use farmacy.fridge.v1.InventoryAudit.$Properties instead.
             */
            interface IInventoryAudit extends farmacy.fridge.v1.InventoryAudit.$Properties {
            }

            /** Represents an InventoryAudit. */
            class InventoryAudit {

                /**
                 * Constructs a new InventoryAudit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.InventoryAudit.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** InventoryAudit possiblyLost. */
                possiblyLost: Uint8Array[];

                /** InventoryAudit found. */
                found: Uint8Array[];

                /**
                 * Creates a new InventoryAudit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns InventoryAudit instance
                 */
                static create(properties: farmacy.fridge.v1.InventoryAudit.$Shape): farmacy.fridge.v1.InventoryAudit & farmacy.fridge.v1.InventoryAudit.$Shape;
                static create(properties?: farmacy.fridge.v1.InventoryAudit.$Properties): farmacy.fridge.v1.InventoryAudit;

                /**
                 * Encodes the specified InventoryAudit message. Does not implicitly {@link farmacy.fridge.v1.InventoryAudit.verify|verify} messages.
                 * @param message InventoryAudit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.InventoryAudit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an InventoryAudit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.InventoryAudit & farmacy.fridge.v1.InventoryAudit.$Shape} InventoryAudit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.InventoryAudit & farmacy.fridge.v1.InventoryAudit.$Shape;
            }

            namespace InventoryAudit {

                /** Properties of an InventoryAudit. */
                interface $Properties {

                    /** InventoryAudit possiblyLost */
                    possiblyLost?: (Uint8Array[]|null);

                    /** InventoryAudit found */
                    found?: (Uint8Array[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an InventoryAudit. */
                type $Shape = farmacy.fridge.v1.InventoryAudit.$Properties;
            }

            /**
             * Properties of a ControllerBooted.
             * @deprecated Use farmacy.fridge.v1.ControllerBooted.$Properties instead.
             */
            interface IControllerBooted extends farmacy.fridge.v1.ControllerBooted.$Properties {
            }

            /** Represents a ControllerBooted. */
            class ControllerBooted {

                /**
                 * Constructs a new ControllerBooted.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.ControllerBooted.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ControllerBooted firmwareVersion. */
                firmwareVersion: string;

                /** ControllerBooted controllerSerial. */
                controllerSerial: string;

                /**
                 * Creates a new ControllerBooted instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ControllerBooted instance
                 */
                static create(properties: farmacy.fridge.v1.ControllerBooted.$Shape): farmacy.fridge.v1.ControllerBooted & farmacy.fridge.v1.ControllerBooted.$Shape;
                static create(properties?: farmacy.fridge.v1.ControllerBooted.$Properties): farmacy.fridge.v1.ControllerBooted;

                /**
                 * Encodes the specified ControllerBooted message. Does not implicitly {@link farmacy.fridge.v1.ControllerBooted.verify|verify} messages.
                 * @param message ControllerBooted message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.ControllerBooted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ControllerBooted message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ControllerBooted & farmacy.fridge.v1.ControllerBooted.$Shape} ControllerBooted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.ControllerBooted & farmacy.fridge.v1.ControllerBooted.$Shape;
            }

            namespace ControllerBooted {

                /** Properties of a ControllerBooted. */
                interface $Properties {

                    /** ControllerBooted firmwareVersion */
                    firmwareVersion?: (string|null);

                    /** ControllerBooted controllerSerial */
                    controllerSerial?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ControllerBooted. */
                type $Shape = farmacy.fridge.v1.ControllerBooted.$Properties;
            }

            /**
             * Properties of a LinkStatus.
             * @deprecated Use farmacy.fridge.v1.LinkStatus.$Properties instead.
             */
            interface ILinkStatus extends farmacy.fridge.v1.LinkStatus.$Properties {
            }

            /** Represents a LinkStatus. */
            class LinkStatus {

                /**
                 * Constructs a new LinkStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.LinkStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LinkStatus state. */
                state: farmacy.fridge.v1.LinkStatus.State;

                /** LinkStatus detail. */
                detail: string;

                /**
                 * Creates a new LinkStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LinkStatus instance
                 */
                static create(properties: farmacy.fridge.v1.LinkStatus.$Shape): farmacy.fridge.v1.LinkStatus & farmacy.fridge.v1.LinkStatus.$Shape;
                static create(properties?: farmacy.fridge.v1.LinkStatus.$Properties): farmacy.fridge.v1.LinkStatus;

                /**
                 * Encodes the specified LinkStatus message. Does not implicitly {@link farmacy.fridge.v1.LinkStatus.verify|verify} messages.
                 * @param message LinkStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.LinkStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LinkStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.LinkStatus & farmacy.fridge.v1.LinkStatus.$Shape} LinkStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.LinkStatus & farmacy.fridge.v1.LinkStatus.$Shape;
            }

            namespace LinkStatus {

                /** Properties of a LinkStatus. */
                interface $Properties {

                    /** LinkStatus state */
                    state?: (farmacy.fridge.v1.LinkStatus.State|null);

                    /** LinkStatus detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LinkStatus. */
                type $Shape = farmacy.fridge.v1.LinkStatus.$Properties;

                /** State enum. */
                enum State {

                    /** STATE_UNSPECIFIED value */
                    STATE_UNSPECIFIED = 0,

                    /** UP value */
                    UP = 1,

                    /** DOWN value */
                    DOWN = 2,

                    /** SILENT value */
                    SILENT = 3
                }
            }

            /**
             * Properties of a CompactionReport.
             * @deprecated Use farmacy.fridge.v1.CompactionReport.$Properties instead.
             */
            interface ICompactionReport extends farmacy.fridge.v1.CompactionReport.$Properties {
            }

            /** Represents a CompactionReport. */
            class CompactionReport {

                /**
                 * Constructs a new CompactionReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.CompactionReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CompactionReport firstSeq. */
                firstSeq: number;

                /** CompactionReport lastSeq. */
                lastSeq: number;

                /** CompactionReport telemetryDropped. */
                telemetryDropped: number;

                /** CompactionReport doorSessionsDropped. */
                doorSessionsDropped: number;

                /** CompactionReport snapshotsDropped. */
                snapshotsDropped: number;

                /** CompactionReport auditsDropped. */
                auditsDropped: number;

                /** CompactionReport bytesFreed. */
                bytesFreed: number;

                /** CompactionReport coveredBySnapshotSeq. */
                coveredBySnapshotSeq: number;

                /**
                 * Creates a new CompactionReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CompactionReport instance
                 */
                static create(properties: farmacy.fridge.v1.CompactionReport.$Shape): farmacy.fridge.v1.CompactionReport & farmacy.fridge.v1.CompactionReport.$Shape;
                static create(properties?: farmacy.fridge.v1.CompactionReport.$Properties): farmacy.fridge.v1.CompactionReport;

                /**
                 * Encodes the specified CompactionReport message. Does not implicitly {@link farmacy.fridge.v1.CompactionReport.verify|verify} messages.
                 * @param message CompactionReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.CompactionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CompactionReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.CompactionReport & farmacy.fridge.v1.CompactionReport.$Shape} CompactionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.CompactionReport & farmacy.fridge.v1.CompactionReport.$Shape;
            }

            namespace CompactionReport {

                /** Properties of a CompactionReport. */
                interface $Properties {

                    /** CompactionReport firstSeq */
                    firstSeq?: (number|null);

                    /** CompactionReport lastSeq */
                    lastSeq?: (number|null);

                    /** CompactionReport telemetryDropped */
                    telemetryDropped?: (number|null);

                    /** CompactionReport doorSessionsDropped */
                    doorSessionsDropped?: (number|null);

                    /** CompactionReport snapshotsDropped */
                    snapshotsDropped?: (number|null);

                    /** CompactionReport auditsDropped */
                    auditsDropped?: (number|null);

                    /** CompactionReport bytesFreed */
                    bytesFreed?: (number|null);

                    /** CompactionReport coveredBySnapshotSeq */
                    coveredBySnapshotSeq?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CompactionReport. */
                type $Shape = farmacy.fridge.v1.CompactionReport.$Properties;
            }

            /**
             * Properties of an OutboxReset.
             * @deprecated Use farmacy.fridge.v1.OutboxReset.$Properties instead.
             */
            interface IOutboxReset extends farmacy.fridge.v1.OutboxReset.$Properties {
            }

            /** Represents an OutboxReset. */
            class OutboxReset {

                /**
                 * Constructs a new OutboxReset.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.OutboxReset.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OutboxReset reason. */
                reason: farmacy.fridge.v1.OutboxReset.Reason;

                /** OutboxReset movedAsideTo. */
                movedAsideTo: string;

                /**
                 * Creates a new OutboxReset instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OutboxReset instance
                 */
                static create(properties: farmacy.fridge.v1.OutboxReset.$Shape): farmacy.fridge.v1.OutboxReset & farmacy.fridge.v1.OutboxReset.$Shape;
                static create(properties?: farmacy.fridge.v1.OutboxReset.$Properties): farmacy.fridge.v1.OutboxReset;

                /**
                 * Encodes the specified OutboxReset message. Does not implicitly {@link farmacy.fridge.v1.OutboxReset.verify|verify} messages.
                 * @param message OutboxReset message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.OutboxReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OutboxReset message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.OutboxReset & farmacy.fridge.v1.OutboxReset.$Shape} OutboxReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.OutboxReset & farmacy.fridge.v1.OutboxReset.$Shape;
            }

            namespace OutboxReset {

                /** Properties of an OutboxReset. */
                interface $Properties {

                    /** OutboxReset reason */
                    reason?: (farmacy.fridge.v1.OutboxReset.Reason|null);

                    /** OutboxReset movedAsideTo */
                    movedAsideTo?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OutboxReset. */
                type $Shape = farmacy.fridge.v1.OutboxReset.$Properties;

                /** Reason enum. */
                enum Reason {

                    /** REASON_UNSPECIFIED value */
                    REASON_UNSPECIFIED = 0,

                    /** CREATED value */
                    CREATED = 1,

                    /** CORRUPT_MOVED_ASIDE value */
                    CORRUPT_MOVED_ASIDE = 2
                }
            }

            /**
             * Properties of a DoorUnlocked.
             * @deprecated Use farmacy.fridge.v1.DoorUnlocked.$Properties instead.
             */
            interface IDoorUnlocked extends farmacy.fridge.v1.DoorUnlocked.$Properties {
            }

            /** Represents a DoorUnlocked. */
            class DoorUnlocked {

                /**
                 * Constructs a new DoorUnlocked.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.fridge.v1.DoorUnlocked.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DoorUnlocked commandId. */
                commandId: string;

                /** DoorUnlocked seconds. */
                seconds: number;

                /**
                 * Creates a new DoorUnlocked instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DoorUnlocked instance
                 */
                static create(properties: farmacy.fridge.v1.DoorUnlocked.$Shape): farmacy.fridge.v1.DoorUnlocked & farmacy.fridge.v1.DoorUnlocked.$Shape;
                static create(properties?: farmacy.fridge.v1.DoorUnlocked.$Properties): farmacy.fridge.v1.DoorUnlocked;

                /**
                 * Encodes the specified DoorUnlocked message. Does not implicitly {@link farmacy.fridge.v1.DoorUnlocked.verify|verify} messages.
                 * @param message DoorUnlocked message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.fridge.v1.DoorUnlocked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DoorUnlocked message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.DoorUnlocked & farmacy.fridge.v1.DoorUnlocked.$Shape} DoorUnlocked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.fridge.v1.DoorUnlocked & farmacy.fridge.v1.DoorUnlocked.$Shape;
            }

            namespace DoorUnlocked {

                /** Properties of a DoorUnlocked. */
                interface $Properties {

                    /** DoorUnlocked commandId */
                    commandId?: (string|null);

                    /** DoorUnlocked seconds */
                    seconds?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DoorUnlocked. */
                type $Shape = farmacy.fridge.v1.DoorUnlocked.$Properties;
            }
        }
    }
}
