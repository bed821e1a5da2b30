import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace farmacy. */
export namespace farmacy {

    /** Namespace feed. */
    namespace feed {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a ClientMessage.
             * @deprecated Use farmacy.feed.v1.ClientMessage.$Properties instead.
             */
            interface IClientMessage extends farmacy.feed.v1.ClientMessage.$Properties {
            }

            /** Represents a ClientMessage. */
            class ClientMessage {

                /**
                 * Constructs a new ClientMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.ClientMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClientMessage requestId. */
                requestId: string;

                /** ClientMessage subscribe. */
                subscribe?: (farmacy.feed.v1.Subscribe.$Properties|null);

                /** ClientMessage unsubscribe. */
                unsubscribe?: (farmacy.feed.v1.Unsubscribe.$Properties|null);

                /** ClientMessage ping. */
                ping?: (farmacy.feed.v1.Ping.$Properties|null);

                /** ClientMessage body. */
                body?: ("subscribe"|"unsubscribe"|"ping");

                /**
                 * Creates a new ClientMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClientMessage instance
                 */
                static create(properties: farmacy.feed.v1.ClientMessage.$Shape): farmacy.feed.v1.ClientMessage & farmacy.feed.v1.ClientMessage.$Shape;
                static create(properties?: farmacy.feed.v1.ClientMessage.$Properties): farmacy.feed.v1.ClientMessage;

                /**
                 * Encodes the specified ClientMessage message. Does not implicitly {@link farmacy.feed.v1.ClientMessage.verify|verify} messages.
                 * @param message ClientMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.ClientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClientMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.ClientMessage & farmacy.feed.v1.ClientMessage.$Shape} ClientMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.ClientMessage & farmacy.feed.v1.ClientMessage.$Shape;
            }

            namespace ClientMessage {

                /** Properties of a ClientMessage. */
                interface $Properties {

                    /** ClientMessage requestId */
                    requestId?: (string|null);

                    /** ClientMessage subscribe */
                    subscribe?: (farmacy.feed.v1.Subscribe.$Properties|null);

                    /** ClientMessage unsubscribe */
                    unsubscribe?: (farmacy.feed.v1.Unsubscribe.$Properties|null);

                    /** ClientMessage ping */
                    ping?: (farmacy.feed.v1.Ping.$Properties|null);

                    /** ClientMessage body */
                    body?: ("subscribe"|"unsubscribe"|"ping");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ClientMessage. */
                type $Shape = {
                  requestId?: string|null;
                  subscribe?: farmacy.feed.v1.Subscribe.$Shape|null;
                  unsubscribe?: farmacy.feed.v1.Unsubscribe.$Shape|null;
                  ping?: farmacy.feed.v1.Ping.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; subscribe?: null; unsubscribe?: null; ping?: null }|{ body?: "subscribe"; subscribe: farmacy.feed.v1.Subscribe.$Shape; unsubscribe?: null; ping?: null }|{ body?: "unsubscribe"; subscribe?: null; unsubscribe: farmacy.feed.v1.Unsubscribe.$Shape; ping?: null }|{ body?: "ping"; subscribe?: null; unsubscribe?: null; ping: farmacy.feed.v1.Ping.$Shape })
                );
            }

            /**
             * Properties of a Subscribe.
             * @deprecated Use farmacy.feed.v1.Subscribe.$Properties instead.
             */
            interface ISubscribe extends farmacy.feed.v1.Subscribe.$Properties {
            }

            /** Represents a Subscribe. */
            class Subscribe {

                /**
                 * Constructs a new Subscribe.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Subscribe.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Subscribe districts. */
                districts: string[];

                /** Subscribe areas. */
                areas: farmacy.feed.v1.Area.$Properties[];

                /** Subscribe allDistricts. */
                allDistricts: boolean;

                /** Subscribe adminToken. */
                adminToken: string;

                /** Subscribe resumeFrom. */
                resumeFrom?: (farmacy.feed.v1.Cursor.$Properties|null);

                /**
                 * Creates a new Subscribe instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Subscribe instance
                 */
                static create(properties: farmacy.feed.v1.Subscribe.$Shape): farmacy.feed.v1.Subscribe & farmacy.feed.v1.Subscribe.$Shape;
                static create(properties?: farmacy.feed.v1.Subscribe.$Properties): farmacy.feed.v1.Subscribe;

                /**
                 * Encodes the specified Subscribe message. Does not implicitly {@link farmacy.feed.v1.Subscribe.verify|verify} messages.
                 * @param message Subscribe message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subscribe message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Subscribe & farmacy.feed.v1.Subscribe.$Shape} Subscribe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Subscribe & farmacy.feed.v1.Subscribe.$Shape;
            }

            namespace Subscribe {

                /** Properties of a Subscribe. */
                interface $Properties {

                    /** Subscribe districts */
                    districts?: (string[]|null);

                    /** Subscribe areas */
                    areas?: (farmacy.feed.v1.Area.$Properties[]|null);

                    /** Subscribe allDistricts */
                    allDistricts?: (boolean|null);

                    /** Subscribe adminToken */
                    adminToken?: (string|null);

                    /** Subscribe resumeFrom */
                    resumeFrom?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subscribe. */
                type $Shape = farmacy.feed.v1.Subscribe.$Properties;
            }

            /**
             * Properties of an Area.
             * @deprecated Use farmacy.feed.v1.Area.$Properties instead.
             */
            interface IArea extends farmacy.feed.v1.Area.$Properties {
            }

            /** Represents an Area. */
            class Area {

                /**
                 * Constructs a new Area.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Area.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Area lat. */
                lat: number;

                /** Area lon. */
                lon: number;

                /** Area radiusM. */
                radiusM: number;

                /**
                 * Creates a new Area instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Area instance
                 */
                static create(properties: farmacy.feed.v1.Area.$Shape): farmacy.feed.v1.Area & farmacy.feed.v1.Area.$Shape;
                static create(properties?: farmacy.feed.v1.Area.$Properties): farmacy.feed.v1.Area;

                /**
                 * Encodes the specified Area message. Does not implicitly {@link farmacy.feed.v1.Area.verify|verify} messages.
                 * @param message Area message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Area.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Area message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Area & farmacy.feed.v1.Area.$Shape} Area
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Area & farmacy.feed.v1.Area.$Shape;
            }

            namespace Area {

                /** Properties of an Area. */
                interface $Properties {

                    /** Area lat */
                    lat?: (number|null);

                    /** Area lon */
                    lon?: (number|null);

                    /** Area radiusM */
                    radiusM?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Area. */
                type $Shape = farmacy.feed.v1.Area.$Properties;
            }

            /**
             * Properties of an Unsubscribe.
             * @deprecated Use farmacy.feed.v1.Unsubscribe.$Properties instead.
             */
            interface IUnsubscribe extends farmacy.feed.v1.Unsubscribe.$Properties {
            }

            /** Represents an Unsubscribe. */
            class Unsubscribe {

                /**
                 * Constructs a new Unsubscribe.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Unsubscribe.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Unsubscribe instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Unsubscribe instance
                 */
                static create(properties: farmacy.feed.v1.Unsubscribe.$Shape): farmacy.feed.v1.Unsubscribe & farmacy.feed.v1.Unsubscribe.$Shape;
                static create(properties?: farmacy.feed.v1.Unsubscribe.$Properties): farmacy.feed.v1.Unsubscribe;

                /**
                 * Encodes the specified Unsubscribe message. Does not implicitly {@link farmacy.feed.v1.Unsubscribe.verify|verify} messages.
                 * @param message Unsubscribe message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Unsubscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Unsubscribe message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Unsubscribe & farmacy.feed.v1.Unsubscribe.$Shape} Unsubscribe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Unsubscribe & farmacy.feed.v1.Unsubscribe.$Shape;
            }

            namespace Unsubscribe {

                /** Properties of an Unsubscribe. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Unsubscribe. */
                type $Shape = farmacy.feed.v1.Unsubscribe.$Properties;
            }

            /**
             * Properties of a Ping.
             * @deprecated Use farmacy.feed.v1.Ping.$Properties instead.
             */
            interface IPing extends farmacy.feed.v1.Ping.$Properties {
            }

            /** Represents a Ping. */
            class Ping {

                /**
                 * Constructs a new Ping.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Ping.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ping instance
                 */
                static create(properties: farmacy.feed.v1.Ping.$Shape): farmacy.feed.v1.Ping & farmacy.feed.v1.Ping.$Shape;
                static create(properties?: farmacy.feed.v1.Ping.$Properties): farmacy.feed.v1.Ping;

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link farmacy.feed.v1.Ping.verify|verify} messages.
                 * @param message Ping message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Ping & farmacy.feed.v1.Ping.$Shape} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Ping & farmacy.feed.v1.Ping.$Shape;
            }

            namespace Ping {

                /** Properties of a Ping. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Ping. */
                type $Shape = farmacy.feed.v1.Ping.$Properties;
            }

            /**
             * Properties of a ServerMessage.
             * @deprecated Use farmacy.feed.v1.ServerMessage.$Properties instead.
             */
            interface IServerMessage extends farmacy.feed.v1.ServerMessage.$Properties {
            }

            /** Represents a ServerMessage. */
            class ServerMessage {

                /**
                 * Constructs a new ServerMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.ServerMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ServerMessage requestId. */
                requestId: string;

                /** ServerMessage welcome. */
                welcome?: (farmacy.feed.v1.Welcome.$Properties|null);

                /** ServerMessage snapshot. */
                snapshot?: (farmacy.feed.v1.Snapshot.$Properties|null);

                /** ServerMessage event. */
                event?: (farmacy.feed.v1.Event.$Properties|null);

                /** ServerMessage resumed. */
                resumed?: (farmacy.feed.v1.Resumed.$Properties|null);

                /** ServerMessage resync. */
                resync?: (farmacy.feed.v1.Resync.$Properties|null);

                /** ServerMessage error. */
                error?: (farmacy.feed.v1.ErrorReply.$Properties|null);

                /** ServerMessage pong. */
                pong?: (farmacy.feed.v1.Pong.$Properties|null);

                /** ServerMessage unsubscribed. */
                unsubscribed?: (farmacy.feed.v1.Unsubscribed.$Properties|null);

                /** ServerMessage events. */
                events?: (farmacy.feed.v1.Events.$Properties|null);

                /** ServerMessage body. */
                body?: ("welcome"|"snapshot"|"event"|"resumed"|"resync"|"error"|"pong"|"unsubscribed"|"events");

                /**
                 * Creates a new ServerMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ServerMessage instance
                 */
                static create(properties: farmacy.feed.v1.ServerMessage.$Shape): farmacy.feed.v1.ServerMessage & farmacy.feed.v1.ServerMessage.$Shape;
                static create(properties?: farmacy.feed.v1.ServerMessage.$Properties): farmacy.feed.v1.ServerMessage;

                /**
                 * Encodes the specified ServerMessage message. Does not implicitly {@link farmacy.feed.v1.ServerMessage.verify|verify} messages.
                 * @param message ServerMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ServerMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.ServerMessage & farmacy.feed.v1.ServerMessage.$Shape} ServerMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.ServerMessage & farmacy.feed.v1.ServerMessage.$Shape;
            }

            namespace ServerMessage {

                /** Properties of a ServerMessage. */
                interface $Properties {

                    /** ServerMessage requestId */
                    requestId?: (string|null);

                    /** ServerMessage welcome */
                    welcome?: (farmacy.feed.v1.Welcome.$Properties|null);

                    /** ServerMessage snapshot */
                    snapshot?: (farmacy.feed.v1.Snapshot.$Properties|null);

                    /** ServerMessage event */
                    event?: (farmacy.feed.v1.Event.$Properties|null);

                    /** ServerMessage resumed */
                    resumed?: (farmacy.feed.v1.Resumed.$Properties|null);

                    /** ServerMessage resync */
                    resync?: (farmacy.feed.v1.Resync.$Properties|null);

                    /** ServerMessage error */
                    error?: (farmacy.feed.v1.ErrorReply.$Properties|null);

                    /** ServerMessage pong */
                    pong?: (farmacy.feed.v1.Pong.$Properties|null);

                    /** ServerMessage unsubscribed */
                    unsubscribed?: (farmacy.feed.v1.Unsubscribed.$Properties|null);

                    /** ServerMessage events */
                    events?: (farmacy.feed.v1.Events.$Properties|null);

                    /** ServerMessage body */
                    body?: ("welcome"|"snapshot"|"event"|"resumed"|"resync"|"error"|"pong"|"unsubscribed"|"events");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ServerMessage. */
                type $Shape = {
                  requestId?: string|null;
                  welcome?: farmacy.feed.v1.Welcome.$Shape|null;
                  snapshot?: farmacy.feed.v1.Snapshot.$Shape|null;
                  event?: farmacy.feed.v1.Event.$Shape|null;
                  resumed?: farmacy.feed.v1.Resumed.$Shape|null;
                  resync?: farmacy.feed.v1.Resync.$Shape|null;
                  error?: farmacy.feed.v1.ErrorReply.$Shape|null;
                  pong?: farmacy.feed.v1.Pong.$Shape|null;
                  unsubscribed?: farmacy.feed.v1.Unsubscribed.$Shape|null;
                  events?: farmacy.feed.v1.Events.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "welcome"; welcome: farmacy.feed.v1.Welcome.$Shape; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "snapshot"; welcome?: null; snapshot: farmacy.feed.v1.Snapshot.$Shape; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "event"; welcome?: null; snapshot?: null; event: farmacy.feed.v1.Event.$Shape; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "resumed"; welcome?: null; snapshot?: null; event?: null; resumed: farmacy.feed.v1.Resumed.$Shape; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "resync"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync: farmacy.feed.v1.Resync.$Shape; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "error"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error: farmacy.feed.v1.ErrorReply.$Shape; pong?: null; unsubscribed?: null; events?: null }|{ body?: "pong"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong: farmacy.feed.v1.Pong.$Shape; unsubscribed?: null; events?: null }|{ body?: "unsubscribed"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed: farmacy.feed.v1.Unsubscribed.$Shape; events?: null }|{ body?: "events"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events: farmacy.feed.v1.Events.$Shape })
                );
            }

            /**
             * Properties of a Cursor.
             * @deprecated Use farmacy.feed.v1.Cursor.$Properties instead.
             */
            interface ICursor extends farmacy.feed.v1.Cursor.$Properties {
            }

            /** Represents a Cursor. */
            class Cursor {

                /**
                 * Constructs a new Cursor.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Cursor.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Cursor epoch. */
                epoch: string;

                /** Cursor position. */
                position: number;

                /**
                 * Creates a new Cursor instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Cursor instance
                 */
                static create(properties: farmacy.feed.v1.Cursor.$Shape): farmacy.feed.v1.Cursor & farmacy.feed.v1.Cursor.$Shape;
                static create(properties?: farmacy.feed.v1.Cursor.$Properties): farmacy.feed.v1.Cursor;

                /**
                 * Encodes the specified Cursor message. Does not implicitly {@link farmacy.feed.v1.Cursor.verify|verify} messages.
                 * @param message Cursor message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Cursor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Cursor message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Cursor & farmacy.feed.v1.Cursor.$Shape} Cursor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Cursor & farmacy.feed.v1.Cursor.$Shape;
            }

            namespace Cursor {

                /** Properties of a Cursor. */
                interface $Properties {

                    /** Cursor epoch */
                    epoch?: (string|null);

                    /** Cursor position */
                    position?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Cursor. */
                type $Shape = farmacy.feed.v1.Cursor.$Properties;
            }

            /**
             * Properties of a Welcome.
             * @deprecated Use farmacy.feed.v1.Welcome.$Properties instead.
             */
            interface IWelcome extends farmacy.feed.v1.Welcome.$Properties {
            }

            /** Represents a Welcome. */
            class Welcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Welcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Welcome cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /** Welcome encoding. */
                encoding: string;

                /** Welcome maxMessageBytes. */
                maxMessageBytes: number;

                /** Welcome maxSubscriptions. */
                maxSubscriptions: number;

                /** Welcome heartbeatMs. */
                heartbeatMs: number;

                /** Welcome maxResumeEvents. */
                maxResumeEvents: number;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                static create(properties: farmacy.feed.v1.Welcome.$Shape): farmacy.feed.v1.Welcome & farmacy.feed.v1.Welcome.$Shape;
                static create(properties?: farmacy.feed.v1.Welcome.$Properties): farmacy.feed.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link farmacy.feed.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Welcome & farmacy.feed.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Welcome & farmacy.feed.v1.Welcome.$Shape;
            }

            namespace Welcome {

                /** Properties of a Welcome. */
                interface $Properties {

                    /** Welcome cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Welcome encoding */
                    encoding?: (string|null);

                    /** Welcome maxMessageBytes */
                    maxMessageBytes?: (number|null);

                    /** Welcome maxSubscriptions */
                    maxSubscriptions?: (number|null);

                    /** Welcome heartbeatMs */
                    heartbeatMs?: (number|null);

                    /** Welcome maxResumeEvents */
                    maxResumeEvents?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Welcome. */
                type $Shape = farmacy.feed.v1.Welcome.$Properties;
            }

            /**
             * Properties of a Snapshot.
             * @deprecated Use farmacy.feed.v1.Snapshot.$Properties instead.
             */
            interface ISnapshot extends farmacy.feed.v1.Snapshot.$Properties {
            }

            /** Represents a Snapshot. */
            class Snapshot {

                /**
                 * Constructs a new Snapshot.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Snapshot.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Snapshot cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /** Snapshot fridges. */
                fridges: farmacy.feed.v1.FridgeState.$Properties[];

                /** Snapshot districts. */
                districts: string[];

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Snapshot instance
                 */
                static create(properties: farmacy.feed.v1.Snapshot.$Shape): farmacy.feed.v1.Snapshot & farmacy.feed.v1.Snapshot.$Shape;
                static create(properties?: farmacy.feed.v1.Snapshot.$Properties): farmacy.feed.v1.Snapshot;

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link farmacy.feed.v1.Snapshot.verify|verify} messages.
                 * @param message Snapshot message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Snapshot & farmacy.feed.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Snapshot & farmacy.feed.v1.Snapshot.$Shape;
            }

            namespace Snapshot {

                /** Properties of a Snapshot. */
                interface $Properties {

                    /** Snapshot cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Snapshot fridges */
                    fridges?: (farmacy.feed.v1.FridgeState.$Properties[]|null);

                    /** Snapshot districts */
                    districts?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Snapshot. */
                type $Shape = farmacy.feed.v1.Snapshot.$Properties;
            }

            /**
             * Properties of a FridgeState.
             * @deprecated Use farmacy.feed.v1.FridgeState.$Properties instead.
             */
            interface IFridgeState extends farmacy.feed.v1.FridgeState.$Properties {
            }

            /** Represents a FridgeState. */
            class FridgeState {

                /**
                 * Constructs a new FridgeState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.FridgeState.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FridgeState fridgeId. */
                fridgeId: string;

                /** FridgeState district. */
                district: string;

                /** FridgeState name. */
                name: string;

                /** FridgeState lat. */
                lat: number;

                /** FridgeState lon. */
                lon: number;

                /** FridgeState online. */
                online: boolean;

                /** FridgeState stale. */
                stale: boolean;

                /** FridgeState stock. */
                stock: farmacy.feed.v1.MealStock.$Properties[];

                /** FridgeState temperatures. */
                temperatures: farmacy.feed.v1.SensorTemperature.$Properties[];

                /**
                 * Creates a new FridgeState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FridgeState instance
                 */
                static create(properties: farmacy.feed.v1.FridgeState.$Shape): farmacy.feed.v1.FridgeState & farmacy.feed.v1.FridgeState.$Shape;
                static create(properties?: farmacy.feed.v1.FridgeState.$Properties): farmacy.feed.v1.FridgeState;

                /**
                 * Encodes the specified FridgeState message. Does not implicitly {@link farmacy.feed.v1.FridgeState.verify|verify} messages.
                 * @param message FridgeState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.FridgeState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FridgeState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.FridgeState & farmacy.feed.v1.FridgeState.$Shape} FridgeState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.FridgeState & farmacy.feed.v1.FridgeState.$Shape;
            }

            namespace FridgeState {

                /** Properties of a FridgeState. */
                interface $Properties {

                    /** FridgeState fridgeId */
                    fridgeId?: (string|null);

                    /** FridgeState district */
                    district?: (string|null);

                    /** FridgeState name */
                    name?: (string|null);

                    /** FridgeState lat */
                    lat?: (number|null);

                    /** FridgeState lon */
                    lon?: (number|null);

                    /** FridgeState online */
                    online?: (boolean|null);

                    /** FridgeState stale */
                    stale?: (boolean|null);

                    /** FridgeState stock */
                    stock?: (farmacy.feed.v1.MealStock.$Properties[]|null);

                    /** FridgeState temperatures */
                    temperatures?: (farmacy.feed.v1.SensorTemperature.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FridgeState. */
                type $Shape = farmacy.feed.v1.FridgeState.$Properties;
            }

            /**
             * Properties of a MealStock.
             * @deprecated Use farmacy.feed.v1.MealStock.$Properties instead.
             */
            interface IMealStock extends farmacy.feed.v1.MealStock.$Properties {
            }

            /** Represents a MealStock. */
            class MealStock {

                /**
                 * Constructs a new MealStock.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.MealStock.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MealStock gtin. */
                gtin: string;

                /** MealStock onHand. */
                onHand: number;

                /** MealStock reserved. */
                reserved: number;

                /** MealStock available. */
                available: number;

                /**
                 * Creates a new MealStock instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MealStock instance
                 */
                static create(properties: farmacy.feed.v1.MealStock.$Shape): farmacy.feed.v1.MealStock & farmacy.feed.v1.MealStock.$Shape;
                static create(properties?: farmacy.feed.v1.MealStock.$Properties): farmacy.feed.v1.MealStock;

                /**
                 * Encodes the specified MealStock message. Does not implicitly {@link farmacy.feed.v1.MealStock.verify|verify} messages.
                 * @param message MealStock message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.MealStock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealStock message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.MealStock & farmacy.feed.v1.MealStock.$Shape} MealStock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.MealStock & farmacy.feed.v1.MealStock.$Shape;
            }

            namespace MealStock {

                /** Properties of a MealStock. */
                interface $Properties {

                    /** MealStock gtin */
                    gtin?: (string|null);

                    /** MealStock onHand */
                    onHand?: (number|null);

                    /** MealStock reserved */
                    reserved?: (number|null);

                    /** MealStock available */
                    available?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MealStock. */
                type $Shape = farmacy.feed.v1.MealStock.$Properties;
            }

            /**
             * Properties of a SensorTemperature.
             * @deprecated Use farmacy.feed.v1.SensorTemperature.$Properties instead.
             */
            interface ISensorTemperature extends farmacy.feed.v1.SensorTemperature.$Properties {
            }

            /** Represents a SensorTemperature. */
            class SensorTemperature {

                /**
                 * Constructs a new SensorTemperature.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.SensorTemperature.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SensorTemperature sensor. */
                sensor: number;

                /** SensorTemperature deciCelsius. */
                deciCelsius: number;

                /** SensorTemperature atMs. */
                atMs: number;

                /**
                 * Creates a new SensorTemperature instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SensorTemperature instance
                 */
                static create(properties: farmacy.feed.v1.SensorTemperature.$Shape): farmacy.feed.v1.SensorTemperature & farmacy.feed.v1.SensorTemperature.$Shape;
                static create(properties?: farmacy.feed.v1.SensorTemperature.$Properties): farmacy.feed.v1.SensorTemperature;

                /**
                 * Encodes the specified SensorTemperature message. Does not implicitly {@link farmacy.feed.v1.SensorTemperature.verify|verify} messages.
                 * @param message SensorTemperature message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.SensorTemperature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SensorTemperature message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.SensorTemperature & farmacy.feed.v1.SensorTemperature.$Shape} SensorTemperature
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.SensorTemperature & farmacy.feed.v1.SensorTemperature.$Shape;
            }

            namespace SensorTemperature {

                /** Properties of a SensorTemperature. */
                interface $Properties {

                    /** SensorTemperature sensor */
                    sensor?: (number|null);

                    /** SensorTemperature deciCelsius */
                    deciCelsius?: (number|null);

                    /** SensorTemperature atMs */
                    atMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SensorTemperature. */
                type $Shape = farmacy.feed.v1.SensorTemperature.$Properties;
            }

            /**
             * Properties of an Event.
             * @deprecated Use farmacy.feed.v1.Event.$Properties instead.
             */
            interface IEvent extends farmacy.feed.v1.Event.$Properties {
            }

            /** Represents an Event. */
            class Event {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Event.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Event cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /** Event district. */
                district: string;

                /** Event fridgeId. */
                fridgeId: string;

                /** Event occurredAtMs. */
                occurredAtMs: number;

                /** Event stockUpdated. */
                stockUpdated?: (farmacy.feed.v1.StockUpdated.$Properties|null);

                /** Event stockReserved. */
                stockReserved?: (farmacy.feed.v1.StockReserved.$Properties|null);

                /** Event stockCanceled. */
                stockCanceled?: (farmacy.feed.v1.StockCanceled.$Properties|null);

                /** Event catalogUpdated. */
                catalogUpdated?: (farmacy.feed.v1.CatalogUpdated.$Properties|null);

                /** Event fridgeOnline. */
                fridgeOnline?: (farmacy.feed.v1.FridgeOnline.$Properties|null);

                /** Event fridgeOffline. */
                fridgeOffline?: (farmacy.feed.v1.FridgeOffline.$Properties|null);

                /** Event temperatureRecorded. */
                temperatureRecorded?: (farmacy.feed.v1.TemperatureRecorded.$Properties|null);

                /** Event mealNearingExpiry. */
                mealNearingExpiry?: (farmacy.feed.v1.MealNearingExpiry.$Properties|null);

                /** Event body. */
                body?: ("stockUpdated"|"stockReserved"|"stockCanceled"|"catalogUpdated"|"fridgeOnline"|"fridgeOffline"|"temperatureRecorded"|"mealNearingExpiry");

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                static create(properties: farmacy.feed.v1.Event.$Shape): farmacy.feed.v1.Event & farmacy.feed.v1.Event.$Shape;
                static create(properties?: farmacy.feed.v1.Event.$Properties): farmacy.feed.v1.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link farmacy.feed.v1.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Event & farmacy.feed.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Event & farmacy.feed.v1.Event.$Shape;
            }

            namespace Event {

                /** Properties of an Event. */
                interface $Properties {

                    /** Event cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Event district */
                    district?: (string|null);

                    /** Event fridgeId */
                    fridgeId?: (string|null);

                    /** Event occurredAtMs */
                    occurredAtMs?: (number|null);

                    /** Event stockUpdated */
                    stockUpdated?: (farmacy.feed.v1.StockUpdated.$Properties|null);

                    /** Event stockReserved */
                    stockReserved?: (farmacy.feed.v1.StockReserved.$Properties|null);

                    /** Event stockCanceled */
                    stockCanceled?: (farmacy.feed.v1.StockCanceled.$Properties|null);

                    /** Event catalogUpdated */
                    catalogUpdated?: (farmacy.feed.v1.CatalogUpdated.$Properties|null);

                    /** Event fridgeOnline */
                    fridgeOnline?: (farmacy.feed.v1.FridgeOnline.$Properties|null);

                    /** Event fridgeOffline */
                    fridgeOffline?: (farmacy.feed.v1.FridgeOffline.$Properties|null);

                    /** Event temperatureRecorded */
                    temperatureRecorded?: (farmacy.feed.v1.TemperatureRecorded.$Properties|null);

                    /** Event mealNearingExpiry */
                    mealNearingExpiry?: (farmacy.feed.v1.MealNearingExpiry.$Properties|null);

                    /** Event body */
                    body?: ("stockUpdated"|"stockReserved"|"stockCanceled"|"catalogUpdated"|"fridgeOnline"|"fridgeOffline"|"temperatureRecorded"|"mealNearingExpiry");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of an Event. */
                type $Shape = {
                  cursor?: farmacy.feed.v1.Cursor.$Shape|null;
                  district?: string|null;
                  fridgeId?: string|null;
                  occurredAtMs?: number|null;
                  stockUpdated?: farmacy.feed.v1.StockUpdated.$Shape|null;
                  stockReserved?: farmacy.feed.v1.StockReserved.$Shape|null;
                  stockCanceled?: farmacy.feed.v1.StockCanceled.$Shape|null;
                  catalogUpdated?: farmacy.feed.v1.CatalogUpdated.$Shape|null;
                  fridgeOnline?: farmacy.feed.v1.FridgeOnline.$Shape|null;
                  fridgeOffline?: farmacy.feed.v1.FridgeOffline.$Shape|null;
                  temperatureRecorded?: farmacy.feed.v1.TemperatureRecorded.$Shape|null;
                  mealNearingExpiry?: farmacy.feed.v1.MealNearingExpiry.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "stockUpdated"; stockUpdated: farmacy.feed.v1.StockUpdated.$Shape; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "stockReserved"; stockUpdated?: null; stockReserved: farmacy.feed.v1.StockReserved.$Shape; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "stockCanceled"; stockUpdated?: null; stockReserved?: null; stockCanceled: farmacy.feed.v1.StockCanceled.$Shape; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "catalogUpdated"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated: farmacy.feed.v1.CatalogUpdated.$Shape; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "fridgeOnline"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline: farmacy.feed.v1.FridgeOnline.$Shape; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "fridgeOffline"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline: farmacy.feed.v1.FridgeOffline.$Shape; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "temperatureRecorded"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded: farmacy.feed.v1.TemperatureRecorded.$Shape; mealNearingExpiry?: null }|{ body?: "mealNearingExpiry"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry: farmacy.feed.v1.MealNearingExpiry.$Shape })
                );
            }

            /**
             * Properties of a StockUpdated.
             * @deprecated Use farmacy.feed.v1.StockUpdated.$Properties instead.
             */
            interface IStockUpdated extends farmacy.feed.v1.StockUpdated.$Properties {
            }

            /** Represents a StockUpdated. */
            class StockUpdated {

                /**
                 * Constructs a new StockUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.StockUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockUpdated gtin. */
                gtin: string;

                /** StockUpdated reason. */
                reason: string;

                /** StockUpdated onHand. */
                onHand: number;

                /** StockUpdated reserved. */
                reserved: number;

                /** StockUpdated available. */
                available: number;

                /** StockUpdated delta. */
                delta: number;

                /**
                 * Creates a new StockUpdated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StockUpdated instance
                 */
                static create(properties: farmacy.feed.v1.StockUpdated.$Shape): farmacy.feed.v1.StockUpdated & farmacy.feed.v1.StockUpdated.$Shape;
                static create(properties?: farmacy.feed.v1.StockUpdated.$Properties): farmacy.feed.v1.StockUpdated;

                /**
                 * Encodes the specified StockUpdated message. Does not implicitly {@link farmacy.feed.v1.StockUpdated.verify|verify} messages.
                 * @param message StockUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.StockUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.StockUpdated & farmacy.feed.v1.StockUpdated.$Shape} StockUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.StockUpdated & farmacy.feed.v1.StockUpdated.$Shape;
            }

            namespace StockUpdated {

                /** Properties of a StockUpdated. */
                interface $Properties {

                    /** StockUpdated gtin */
                    gtin?: (string|null);

                    /** StockUpdated reason */
                    reason?: (string|null);

                    /** StockUpdated onHand */
                    onHand?: (number|null);

                    /** StockUpdated reserved */
                    reserved?: (number|null);

                    /** StockUpdated available */
                    available?: (number|null);

                    /** StockUpdated delta */
                    delta?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockUpdated. */
                type $Shape = farmacy.feed.v1.StockUpdated.$Properties;
            }

            /**
             * Properties of a StockReserved.
             * @deprecated Use farmacy.feed.v1.StockReserved.$Properties instead.
             */
            interface IStockReserved extends farmacy.feed.v1.StockReserved.$Properties {
            }

            /** Represents a StockReserved. */
            class StockReserved {

                /**
                 * Constructs a new StockReserved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.StockReserved.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockReserved reservationId. */
                reservationId: string;

                /** StockReserved gtin. */
                gtin: string;

                /** StockReserved quantity. */
                quantity: number;

                /** StockReserved expiresAtMs. */
                expiresAtMs: number;

                /** StockReserved userId. */
                userId: string;

                /**
                 * Creates a new StockReserved instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StockReserved instance
                 */
                static create(properties: farmacy.feed.v1.StockReserved.$Shape): farmacy.feed.v1.StockReserved & farmacy.feed.v1.StockReserved.$Shape;
                static create(properties?: farmacy.feed.v1.StockReserved.$Properties): farmacy.feed.v1.StockReserved;

                /**
                 * Encodes the specified StockReserved message. Does not implicitly {@link farmacy.feed.v1.StockReserved.verify|verify} messages.
                 * @param message StockReserved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.StockReserved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockReserved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.StockReserved & farmacy.feed.v1.StockReserved.$Shape} StockReserved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.StockReserved & farmacy.feed.v1.StockReserved.$Shape;
            }

            namespace StockReserved {

                /** Properties of a StockReserved. */
                interface $Properties {

                    /** StockReserved reservationId */
                    reservationId?: (string|null);

                    /** StockReserved gtin */
                    gtin?: (string|null);

                    /** StockReserved quantity */
                    quantity?: (number|null);

                    /** StockReserved expiresAtMs */
                    expiresAtMs?: (number|null);

                    /** StockReserved userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockReserved. */
                type $Shape = farmacy.feed.v1.StockReserved.$Properties;
            }

            /**
             * Properties of a StockCanceled.
             * @deprecated Use farmacy.feed.v1.StockCanceled.$Properties instead.
             */
            interface IStockCanceled extends farmacy.feed.v1.StockCanceled.$Properties {
            }

            /** Represents a StockCanceled. */
            class StockCanceled {

                /**
                 * Constructs a new StockCanceled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.StockCanceled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockCanceled reservationId. */
                reservationId: string;

                /** StockCanceled gtin. */
                gtin: string;

                /** StockCanceled quantity. */
                quantity: number;

                /** StockCanceled reason. */
                reason: string;

                /** StockCanceled userId. */
                userId: string;

                /**
                 * Creates a new StockCanceled instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StockCanceled instance
                 */
                static create(properties: farmacy.feed.v1.StockCanceled.$Shape): farmacy.feed.v1.StockCanceled & farmacy.feed.v1.StockCanceled.$Shape;
                static create(properties?: farmacy.feed.v1.StockCanceled.$Properties): farmacy.feed.v1.StockCanceled;

                /**
                 * Encodes the specified StockCanceled message. Does not implicitly {@link farmacy.feed.v1.StockCanceled.verify|verify} messages.
                 * @param message StockCanceled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.StockCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockCanceled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.StockCanceled & farmacy.feed.v1.StockCanceled.$Shape} StockCanceled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.StockCanceled & farmacy.feed.v1.StockCanceled.$Shape;
            }

            namespace StockCanceled {

                /** Properties of a StockCanceled. */
                interface $Properties {

                    /** StockCanceled reservationId */
                    reservationId?: (string|null);

                    /** StockCanceled gtin */
                    gtin?: (string|null);

                    /** StockCanceled quantity */
                    quantity?: (number|null);

                    /** StockCanceled reason */
                    reason?: (string|null);

                    /** StockCanceled userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockCanceled. */
                type $Shape = farmacy.feed.v1.StockCanceled.$Properties;
            }

            /**
             * Properties of a TemperatureRecorded.
             * @deprecated Use farmacy.feed.v1.TemperatureRecorded.$Properties instead.
             */
            interface ITemperatureRecorded extends farmacy.feed.v1.TemperatureRecorded.$Properties {
            }

            /** Represents a TemperatureRecorded. */
            class TemperatureRecorded {

                /**
                 * Constructs a new TemperatureRecorded.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.TemperatureRecorded.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TemperatureRecorded sensor. */
                sensor: number;

                /** TemperatureRecorded deciCelsius. */
                deciCelsius: number;

                /**
                 * Creates a new TemperatureRecorded instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TemperatureRecorded instance
                 */
                static create(properties: farmacy.feed.v1.TemperatureRecorded.$Shape): farmacy.feed.v1.TemperatureRecorded & farmacy.feed.v1.TemperatureRecorded.$Shape;
                static create(properties?: farmacy.feed.v1.TemperatureRecorded.$Properties): farmacy.feed.v1.TemperatureRecorded;

                /**
                 * Encodes the specified TemperatureRecorded message. Does not implicitly {@link farmacy.feed.v1.TemperatureRecorded.verify|verify} messages.
                 * @param message TemperatureRecorded message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.TemperatureRecorded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TemperatureRecorded message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.TemperatureRecorded & farmacy.feed.v1.TemperatureRecorded.$Shape} TemperatureRecorded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.TemperatureRecorded & farmacy.feed.v1.TemperatureRecorded.$Shape;
            }

            namespace TemperatureRecorded {

                /** Properties of a TemperatureRecorded. */
                interface $Properties {

                    /** TemperatureRecorded sensor */
                    sensor?: (number|null);

                    /** TemperatureRecorded deciCelsius */
                    deciCelsius?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TemperatureRecorded. */
                type $Shape = farmacy.feed.v1.TemperatureRecorded.$Properties;
            }

            /**
             * Properties of a MealNearingExpiry.
             * @deprecated Use farmacy.feed.v1.MealNearingExpiry.$Properties instead.
             */
            interface IMealNearingExpiry extends farmacy.feed.v1.MealNearingExpiry.$Properties {
            }

            /** Represents a MealNearingExpiry. */
            class MealNearingExpiry {

                /**
                 * Constructs a new MealNearingExpiry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.MealNearingExpiry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MealNearingExpiry epc. */
                epc: string;

                /** MealNearingExpiry gtin. */
                gtin: string;

                /** MealNearingExpiry bestBeforeMs. */
                bestBeforeMs: number;

                /**
                 * Creates a new MealNearingExpiry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MealNearingExpiry instance
                 */
                static create(properties: farmacy.feed.v1.MealNearingExpiry.$Shape): farmacy.feed.v1.MealNearingExpiry & farmacy.feed.v1.MealNearingExpiry.$Shape;
                static create(properties?: farmacy.feed.v1.MealNearingExpiry.$Properties): farmacy.feed.v1.MealNearingExpiry;

                /**
                 * Encodes the specified MealNearingExpiry message. Does not implicitly {@link farmacy.feed.v1.MealNearingExpiry.verify|verify} messages.
                 * @param message MealNearingExpiry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.MealNearingExpiry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealNearingExpiry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.MealNearingExpiry & farmacy.feed.v1.MealNearingExpiry.$Shape} MealNearingExpiry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.MealNearingExpiry & farmacy.feed.v1.MealNearingExpiry.$Shape;
            }

            namespace MealNearingExpiry {

                /** Properties of a MealNearingExpiry. */
                interface $Properties {

                    /** MealNearingExpiry epc */
                    epc?: (string|null);

                    /** MealNearingExpiry gtin */
                    gtin?: (string|null);

                    /** MealNearingExpiry bestBeforeMs */
                    bestBeforeMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MealNearingExpiry. */
                type $Shape = farmacy.feed.v1.MealNearingExpiry.$Properties;
            }

            /**
             * Properties of a CatalogUpdated.
             * @deprecated Use farmacy.feed.v1.CatalogUpdated.$Properties instead.
             */
            interface ICatalogUpdated extends farmacy.feed.v1.CatalogUpdated.$Properties {
            }

            /** Represents a CatalogUpdated. */
            class CatalogUpdated {

                /**
                 * Constructs a new CatalogUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.CatalogUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** CatalogUpdated catalogId. */
                catalogId: string;

                /** CatalogUpdated version. */
                version: number;

                /**
                 * Creates a new CatalogUpdated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CatalogUpdated instance
                 */
                static create(properties: farmacy.feed.v1.CatalogUpdated.$Shape): farmacy.feed.v1.CatalogUpdated & farmacy.feed.v1.CatalogUpdated.$Shape;
                static create(properties?: farmacy.feed.v1.CatalogUpdated.$Properties): farmacy.feed.v1.CatalogUpdated;

                /**
                 * Encodes the specified CatalogUpdated message. Does not implicitly {@link farmacy.feed.v1.CatalogUpdated.verify|verify} messages.
                 * @param message CatalogUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.CatalogUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CatalogUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.CatalogUpdated & farmacy.feed.v1.CatalogUpdated.$Shape} CatalogUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.CatalogUpdated & farmacy.feed.v1.CatalogUpdated.$Shape;
            }

            namespace CatalogUpdated {

                /** Properties of a CatalogUpdated. */
                interface $Properties {

                    /** CatalogUpdated catalogId */
                    catalogId?: (string|null);

                    /** CatalogUpdated version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a CatalogUpdated. */
                type $Shape = farmacy.feed.v1.CatalogUpdated.$Properties;
            }

            /**
             * Properties of a FridgeOnline.
             * @deprecated Use farmacy.feed.v1.FridgeOnline.$Properties instead.
             */
            interface IFridgeOnline extends farmacy.feed.v1.FridgeOnline.$Properties {
            }

            /** Represents a FridgeOnline. */
            class FridgeOnline {

                /**
                 * Constructs a new FridgeOnline.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.FridgeOnline.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /**
                 * Creates a new FridgeOnline instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FridgeOnline instance
                 */
                static create(properties: farmacy.feed.v1.FridgeOnline.$Shape): farmacy.feed.v1.FridgeOnline & farmacy.feed.v1.FridgeOnline.$Shape;
                static create(properties?: farmacy.feed.v1.FridgeOnline.$Properties): farmacy.feed.v1.FridgeOnline;

                /**
                 * Encodes the specified FridgeOnline message. Does not implicitly {@link farmacy.feed.v1.FridgeOnline.verify|verify} messages.
                 * @param message FridgeOnline message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.FridgeOnline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FridgeOnline message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.FridgeOnline & farmacy.feed.v1.FridgeOnline.$Shape} FridgeOnline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.FridgeOnline & farmacy.feed.v1.FridgeOnline.$Shape;
            }

            namespace FridgeOnline {

                /** Properties of a FridgeOnline. */
                interface $Properties {

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FridgeOnline. */
                type $Shape = farmacy.feed.v1.FridgeOnline.$Properties;
            }

            /**
             * Properties of a FridgeOffline.
             * @deprecated Use farmacy.feed.v1.FridgeOffline.$Properties instead.
             */
            interface IFridgeOffline extends farmacy.feed.v1.FridgeOffline.$Properties {
            }

            /** Represents a FridgeOffline. */
            class FridgeOffline {

                /**
                 * Constructs a new FridgeOffline.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.FridgeOffline.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FridgeOffline clean. */
                clean: boolean;

                /**
                 * Creates a new FridgeOffline instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FridgeOffline instance
                 */
                static create(properties: farmacy.feed.v1.FridgeOffline.$Shape): farmacy.feed.v1.FridgeOffline & farmacy.feed.v1.FridgeOffline.$Shape;
                static create(properties?: farmacy.feed.v1.FridgeOffline.$Properties): farmacy.feed.v1.FridgeOffline;

                /**
                 * Encodes the specified FridgeOffline message. Does not implicitly {@link farmacy.feed.v1.FridgeOffline.verify|verify} messages.
                 * @param message FridgeOffline message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.FridgeOffline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FridgeOffline message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.FridgeOffline & farmacy.feed.v1.FridgeOffline.$Shape} FridgeOffline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.FridgeOffline & farmacy.feed.v1.FridgeOffline.$Shape;
            }

            namespace FridgeOffline {

                /** Properties of a FridgeOffline. */
                interface $Properties {

                    /** FridgeOffline clean */
                    clean?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FridgeOffline. */
                type $Shape = farmacy.feed.v1.FridgeOffline.$Properties;
            }

            /**
             * Properties of an Events.
             * @deprecated Use farmacy.feed.v1.Events.$Properties instead.
             */
            interface IEvents extends farmacy.feed.v1.Events.$Properties {
            }

            /** Represents an Events. */
            class Events {

                /**
                 * Constructs a new Events.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Events.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Events cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /** Events events. */
                events: farmacy.feed.v1.Event.$Properties[];

                /**
                 * Creates a new Events instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Events instance
                 */
                static create(properties: farmacy.feed.v1.Events.$Shape): farmacy.feed.v1.Events & farmacy.feed.v1.Events.$Shape;
                static create(properties?: farmacy.feed.v1.Events.$Properties): farmacy.feed.v1.Events;

                /**
                 * Encodes the specified Events message. Does not implicitly {@link farmacy.feed.v1.Events.verify|verify} messages.
                 * @param message Events message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Events.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Events message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Events & farmacy.feed.v1.Events.$Shape} Events
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Events & farmacy.feed.v1.Events.$Shape;
            }

            namespace Events {

                /** Properties of an Events. */
                interface $Properties {

                    /** Events cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Events events */
                    events?: (farmacy.feed.v1.Event.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Events. */
                type $Shape = {
                  cursor?: farmacy.feed.v1.Cursor.$Shape|null;
                  events?: farmacy.feed.v1.Event.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a Resumed.
             * @deprecated Use farmacy.feed.v1.Resumed.$Properties instead.
             */
            interface IResumed extends farmacy.feed.v1.Resumed.$Properties {
            }

            /** Represents a Resumed. */
            class Resumed {

                /**
                 * Constructs a new Resumed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Resumed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Resumed cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /** Resumed replayed. */
                replayed: number;

                /** Resumed recovered. */
                recovered: boolean;

                /**
                 * Creates a new Resumed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Resumed instance
                 */
                static create(properties: farmacy.feed.v1.Resumed.$Shape): farmacy.feed.v1.Resumed & farmacy.feed.v1.Resumed.$Shape;
                static create(properties?: farmacy.feed.v1.Resumed.$Properties): farmacy.feed.v1.Resumed;

                /**
                 * Encodes the specified Resumed message. Does not implicitly {@link farmacy.feed.v1.Resumed.verify|verify} messages.
                 * @param message Resumed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Resumed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Resumed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Resumed & farmacy.feed.v1.Resumed.$Shape} Resumed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Resumed & farmacy.feed.v1.Resumed.$Shape;
            }

            namespace Resumed {

                /** Properties of a Resumed. */
                interface $Properties {

                    /** Resumed cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Resumed replayed */
                    replayed?: (number|null);

                    /** Resumed recovered */
                    recovered?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Resumed. */
                type $Shape = farmacy.feed.v1.Resumed.$Properties;
            }

            /**
             * Properties of a Resync.
             * @deprecated Use farmacy.feed.v1.Resync.$Properties instead.
             */
            interface IResync extends farmacy.feed.v1.Resync.$Properties {
            }

            /** Represents a Resync. */
            class Resync {

                /**
                 * Constructs a new Resync.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Resync.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Resync reason. */
                reason: string;

                /** Resync cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /**
                 * Creates a new Resync instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Resync instance
                 */
                static create(properties: farmacy.feed.v1.Resync.$Shape): farmacy.feed.v1.Resync & farmacy.feed.v1.Resync.$Shape;
                static create(properties?: farmacy.feed.v1.Resync.$Properties): farmacy.feed.v1.Resync;

                /**
                 * Encodes the specified Resync message. Does not implicitly {@link farmacy.feed.v1.Resync.verify|verify} messages.
                 * @param message Resync message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Resync.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Resync message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Resync & farmacy.feed.v1.Resync.$Shape} Resync
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Resync & farmacy.feed.v1.Resync.$Shape;
            }

            namespace Resync {

                /** Properties of a Resync. */
                interface $Properties {

                    /** Resync reason */
                    reason?: (string|null);

                    /** Resync cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Resync. */
                type $Shape = farmacy.feed.v1.Resync.$Properties;
            }

            /**
             * Properties of an ErrorReply.
             * @deprecated Use farmacy.feed.v1.ErrorReply.$Properties instead.
             */
            interface IErrorReply extends farmacy.feed.v1.ErrorReply.$Properties {
            }

            /** Represents an ErrorReply. */
            class ErrorReply {

                /**
                 * Constructs a new ErrorReply.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.ErrorReply.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ErrorReply code. */
                code: string;

                /** ErrorReply message. */
                message: string;

                /**
                 * Creates a new ErrorReply instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ErrorReply instance
                 */
                static create(properties: farmacy.feed.v1.ErrorReply.$Shape): farmacy.feed.v1.ErrorReply & farmacy.feed.v1.ErrorReply.$Shape;
                static create(properties?: farmacy.feed.v1.ErrorReply.$Properties): farmacy.feed.v1.ErrorReply;

                /**
                 * Encodes the specified ErrorReply message. Does not implicitly {@link farmacy.feed.v1.ErrorReply.verify|verify} messages.
                 * @param message ErrorReply message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.ErrorReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ErrorReply message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.ErrorReply & farmacy.feed.v1.ErrorReply.$Shape} ErrorReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.ErrorReply & farmacy.feed.v1.ErrorReply.$Shape;
            }

            namespace ErrorReply {

                /** Properties of an ErrorReply. */
                interface $Properties {

                    /** ErrorReply code */
                    code?: (string|null);

                    /** ErrorReply message */
                    message?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ErrorReply. */
                type $Shape = farmacy.feed.v1.ErrorReply.$Properties;
            }

            /**
             * Properties of a Pong.
             * @deprecated Use farmacy.feed.v1.Pong.$Properties instead.
             */
            interface IPong extends farmacy.feed.v1.Pong.$Properties {
            }

            /** Represents a Pong. */
            class Pong {

                /**
                 * Constructs a new Pong.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Pong.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Pong cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Pong instance
                 */
                static create(properties: farmacy.feed.v1.Pong.$Shape): farmacy.feed.v1.Pong & farmacy.feed.v1.Pong.$Shape;
                static create(properties?: farmacy.feed.v1.Pong.$Properties): farmacy.feed.v1.Pong;

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link farmacy.feed.v1.Pong.verify|verify} messages.
                 * @param message Pong message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Pong & farmacy.feed.v1.Pong.$Shape} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Pong & farmacy.feed.v1.Pong.$Shape;
            }

            namespace Pong {

                /** Properties of a Pong. */
                interface $Properties {

                    /** Pong cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Pong. */
                type $Shape = farmacy.feed.v1.Pong.$Properties;
            }

            /**
             * Properties of an Unsubscribed.
             * @deprecated Use farmacy.feed.v1.Unsubscribed.$Properties instead.
             */
            interface IUnsubscribed extends farmacy.feed.v1.Unsubscribed.$Properties {
            }

            /** Represents an Unsubscribed. */
            class Unsubscribed {

                /**
                 * Constructs a new Unsubscribed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.feed.v1.Unsubscribed.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Unsubscribed cursor. */
                cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                /**
                 * Creates a new Unsubscribed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Unsubscribed instance
                 */
                static create(properties: farmacy.feed.v1.Unsubscribed.$Shape): farmacy.feed.v1.Unsubscribed & farmacy.feed.v1.Unsubscribed.$Shape;
                static create(properties?: farmacy.feed.v1.Unsubscribed.$Properties): farmacy.feed.v1.Unsubscribed;

                /**
                 * Encodes the specified Unsubscribed message. Does not implicitly {@link farmacy.feed.v1.Unsubscribed.verify|verify} messages.
                 * @param message Unsubscribed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.feed.v1.Unsubscribed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Unsubscribed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Unsubscribed & farmacy.feed.v1.Unsubscribed.$Shape} Unsubscribed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.feed.v1.Unsubscribed & farmacy.feed.v1.Unsubscribed.$Shape;
            }

            namespace Unsubscribed {

                /** Properties of an Unsubscribed. */
                interface $Properties {

                    /** Unsubscribed cursor */
                    cursor?: (farmacy.feed.v1.Cursor.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Unsubscribed. */
                type $Shape = farmacy.feed.v1.Unsubscribed.$Properties;
            }
        }
    }
}
