/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["fridge"] || ($protobuf.roots["fridge"] = {});

export const farmacy = $root.farmacy = (() => {

    /**
     * Namespace farmacy.
     * @exports farmacy
     * @namespace
     */
    const farmacy = {};

    farmacy.fridge = (function() {

        /**
         * Namespace fridge.
         * @memberof farmacy
         * @namespace
         */
        const fridge = {};

        fridge.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof farmacy.fridge
             * @namespace
             */
            const v1 = {};

            v1.Batch = (function() {

                /**
                 * Properties of a Batch.
                 * @typedef {Object} farmacy.fridge.v1.Batch.$Properties
                 * @property {string|null} [fridgeId] Batch fridgeId
                 * @property {string|null} [epoch] Batch epoch
                 * @property {number|null} [prevSeq] Batch prevSeq
                 * @property {Array.<farmacy.fridge.v1.FridgeEvent.$Properties>|null} [events] Batch events
                 * @property {number|null} [sentAtMs] Batch sentAtMs
                 * @property {number|null} [acknowledgedThrough] Batch acknowledgedThrough
                 * @property {boolean|null} [replay] Batch replay
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Batch.
                 * @memberof farmacy.fridge.v1
                 * @interface IBatch
                 * @augments farmacy.fridge.v1.Batch.$Properties
                 * @deprecated Use farmacy.fridge.v1.Batch.$Properties instead.
                 */

                /**
                 * Shape of a Batch.
                 * @typedef {{
                 *   fridgeId?: string|null;
                 *   epoch?: string|null;
                 *   prevSeq?: number|null;
                 *   events?: Array.<farmacy.fridge.v1.FridgeEvent.$Shape>|null;
                 *   sentAtMs?: number|null;
                 *   acknowledgedThrough?: number|null;
                 *   replay?: boolean|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} farmacy.fridge.v1.Batch.$Shape
                 */

                /**
                 * Constructs a new Batch.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a Batch.
                 * @constructor
                 * @param {farmacy.fridge.v1.Batch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Batch = function (properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Batch fridgeId.
                 * @member {string} fridgeId
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.fridgeId = "";

                /**
                 * Batch epoch.
                 * @member {string} epoch
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.epoch = "";

                /**
                 * Batch prevSeq.
                 * @member {number} prevSeq
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.prevSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Batch events.
                 * @member {Array.<farmacy.fridge.v1.FridgeEvent.$Properties>} events
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.events = $util.emptyArray;

                /**
                 * Batch sentAtMs.
                 * @member {number} sentAtMs
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Batch acknowledgedThrough.
                 * @member {number} acknowledgedThrough
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.acknowledgedThrough = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Batch replay.
                 * @member {boolean} replay
                 * @memberof farmacy.fridge.v1.Batch
                 * @instance
                 */
                Batch.prototype.replay = false;

                /**
                 * Creates a new Batch instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.Batch
                 * @static
                 * @param {farmacy.fridge.v1.Batch.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.Batch} Batch instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.Batch.$Shape): farmacy.fridge.v1.Batch & farmacy.fridge.v1.Batch.$Shape;
                 *   (properties?: farmacy.fridge.v1.Batch.$Properties): farmacy.fridge.v1.Batch;
                 * }}
                 */
                Batch.create = function(properties) {
                    return new Batch(properties);
                };

                /**
                 * Encodes the specified Batch message. Does not implicitly {@link farmacy.fridge.v1.Batch.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.Batch
                 * @static
                 * @param {farmacy.fridge.v1.Batch.$Properties} message Batch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Batch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fridgeId != null && $Object.hasOwnProperty.call(message, "fridgeId") && message.fridgeId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.fridgeId);
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.epoch);
                    if (message.prevSeq != null && $Object.hasOwnProperty.call(message, "prevSeq") && (typeof message.prevSeq === "object" ? message.prevSeq.low || message.prevSeq.high : message.prevSeq !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.prevSeq);
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.farmacy.fridge.v1.FridgeEvent.encode(message.events[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.sentAtMs);
                    if (message.acknowledgedThrough != null && $Object.hasOwnProperty.call(message, "acknowledgedThrough") && (typeof message.acknowledgedThrough === "object" ? message.acknowledgedThrough.low || message.acknowledgedThrough.high : message.acknowledgedThrough !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.acknowledgedThrough);
                    if (message.replay != null && $Object.hasOwnProperty.call(message, "replay") && message.replay !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.replay);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Batch message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.Batch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Batch & farmacy.fridge.v1.Batch.$Shape} Batch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Batch.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.Batch();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fridgeId = value;
                                else
                                    delete message.fridgeId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.prevSeq = value;
                                else
                                    delete message.prevSeq;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.farmacy.fridge.v1.FridgeEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sentAtMs = value;
                                else
                                    delete message.sentAtMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acknowledgedThrough = value;
                                else
                                    delete message.acknowledgedThrough;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.replay = value;
                                else
                                    delete message.replay;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Batch;
            })();

            v1.Ack = (function() {

                /**
                 * Properties of an Ack.
                 * @typedef {Object} farmacy.fridge.v1.Ack.$Properties
                 * @property {string|null} [epoch] Ack epoch
                 * @property {number|null} [committedSeq] Ack committedSeq
                 * @property {farmacy.fridge.v1.Ack.Status|null} [status] Ack status
                 * @property {string|null} [reason] Ack reason
                 * @property {number|null} [batchLastSeq] Ack batchLastSeq
                 * @property {number|null} [batchSentAtMs] Ack batchSentAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Ack.
                 * @memberof farmacy.fridge.v1
                 * @interface IAck
                 * @augments farmacy.fridge.v1.Ack.$Properties
                 * @deprecated Use farmacy.fridge.v1.Ack.$Properties instead.
                 */

                /**
                 * Shape of an Ack.
                 * @typedef {farmacy.fridge.v1.Ack.$Properties} farmacy.fridge.v1.Ack.$Shape
                 */

                /**
                 * Constructs a new Ack.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents an Ack.
                 * @constructor
                 * @param {farmacy.fridge.v1.Ack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ack = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Ack epoch.
                 * @member {string} epoch
                 * @memberof farmacy.fridge.v1.Ack
                 * @instance
                 */
                Ack.prototype.epoch = "";

                /**
                 * Ack committedSeq.
                 * @member {number} committedSeq
                 * @memberof farmacy.fridge.v1.Ack
                 * @instance
                 */
                Ack.prototype.committedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Ack status.
                 * @member {farmacy.fridge.v1.Ack.Status} status
                 * @memberof farmacy.fridge.v1.Ack
                 * @instance
                 */
                Ack.prototype.status = 0;

                /**
                 * Ack reason.
                 * @member {string} reason
                 * @memberof farmacy.fridge.v1.Ack
                 * @instance
                 */
                Ack.prototype.reason = "";

                /**
                 * Ack batchLastSeq.
                 * @member {number} batchLastSeq
                 * @memberof farmacy.fridge.v1.Ack
                 * @instance
                 */
                Ack.prototype.batchLastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Ack batchSentAtMs.
                 * @member {number} batchSentAtMs
                 * @memberof farmacy.fridge.v1.Ack
                 * @instance
                 */
                Ack.prototype.batchSentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.Ack
                 * @static
                 * @param {farmacy.fridge.v1.Ack.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.Ack} Ack instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.Ack.$Shape): farmacy.fridge.v1.Ack & farmacy.fridge.v1.Ack.$Shape;
                 *   (properties?: farmacy.fridge.v1.Ack.$Properties): farmacy.fridge.v1.Ack;
                 * }}
                 */
                Ack.create = function(properties) {
                    return new Ack(properties);
                };

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link farmacy.fridge.v1.Ack.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.Ack
                 * @static
                 * @param {farmacy.fridge.v1.Ack.$Properties} message Ack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                    if (message.committedSeq != null && $Object.hasOwnProperty.call(message, "committedSeq") && (typeof message.committedSeq === "object" ? message.committedSeq.low || message.committedSeq.high : message.committedSeq !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.committedSeq);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.batchLastSeq != null && $Object.hasOwnProperty.call(message, "batchLastSeq") && (typeof message.batchLastSeq === "object" ? message.batchLastSeq.low || message.batchLastSeq.high : message.batchLastSeq !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.batchLastSeq);
                    if (message.batchSentAtMs != null && $Object.hasOwnProperty.call(message, "batchSentAtMs") && (typeof message.batchSentAtMs === "object" ? message.batchSentAtMs.low || message.batchSentAtMs.high : message.batchSentAtMs !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.batchSentAtMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.Ack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Ack & farmacy.fridge.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ack.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.Ack();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.committedSeq = value;
                                else
                                    delete message.committedSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.batchLastSeq = value;
                                else
                                    delete message.batchLastSeq;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.batchSentAtMs = value;
                                else
                                    delete message.batchSentAtMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Status enum.
                 * @name farmacy.fridge.v1.Ack.Status
                 * @enum {number}
                 * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
                 * @property {number} OK=1 OK value
                 * @property {number} GAP=2 GAP value
                 * @property {number} REJECTED=3 REJECTED value
                 */
                Ack.Status = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "OK"] = 1;
                    values[valuesById[2] = "GAP"] = 2;
                    values[valuesById[3] = "REJECTED"] = 3;
                    return values;
                })();

                return Ack;
            })();

            v1.Command = (function() {

                /**
                 * Properties of a Command.
                 * @typedef {Object} farmacy.fridge.v1.Command.$Properties
                 * @property {string|null} [commandId] Command commandId
                 * @property {number|null} [issuedAtMs] Command issuedAtMs
                 * @property {farmacy.fridge.v1.SnapshotRequest.$Properties|null} [snapshot] Command snapshot
                 * @property {farmacy.fridge.v1.UnlockDoor.$Properties|null} [unlock] Command unlock
                 * @property {"snapshot"|"unlock"} [kind] Command kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Command.
                 * @memberof farmacy.fridge.v1
                 * @interface ICommand
                 * @augments farmacy.fridge.v1.Command.$Properties
                 * @deprecated Use farmacy.fridge.v1.Command.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Command.
                 * @typedef {{
                 *   commandId?: string|null;
                 *   issuedAtMs?: number|null;
                 *   snapshot?: farmacy.fridge.v1.SnapshotRequest.$Shape|null;
                 *   unlock?: farmacy.fridge.v1.UnlockDoor.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; snapshot?: null; unlock?: null }|{ kind?: "snapshot"; snapshot: farmacy.fridge.v1.SnapshotRequest.$Shape; unlock?: null }|{ kind?: "unlock"; snapshot?: null; unlock: farmacy.fridge.v1.UnlockDoor.$Shape })
                 * )} farmacy.fridge.v1.Command.$Shape
                 */

                /**
                 * Constructs a new Command.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a Command.
                 * @constructor
                 * @param {farmacy.fridge.v1.Command.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Command commandId.
                 * @member {string} commandId
                 * @memberof farmacy.fridge.v1.Command
                 * @instance
                 */
                Command.prototype.commandId = "";

                /**
                 * Command issuedAtMs.
                 * @member {number} issuedAtMs
                 * @memberof farmacy.fridge.v1.Command
                 * @instance
                 */
                Command.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Command snapshot.
                 * @member {farmacy.fridge.v1.SnapshotRequest.$Properties|null|undefined} snapshot
                 * @memberof farmacy.fridge.v1.Command
                 * @instance
                 */
                Command.prototype.snapshot = null;

                /**
                 * Command unlock.
                 * @member {farmacy.fridge.v1.UnlockDoor.$Properties|null|undefined} unlock
                 * @memberof farmacy.fridge.v1.Command
                 * @instance
                 */
                Command.prototype.unlock = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Command kind.
                 * @member {"snapshot"|"unlock"|undefined} kind
                 * @memberof farmacy.fridge.v1.Command
                 * @instance
                 */
                $Object.defineProperty(Command.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["snapshot", "unlock"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Command instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.Command
                 * @static
                 * @param {farmacy.fridge.v1.Command.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.Command} Command instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.Command.$Shape): farmacy.fridge.v1.Command & farmacy.fridge.v1.Command.$Shape;
                 *   (properties?: farmacy.fridge.v1.Command.$Properties): farmacy.fridge.v1.Command;
                 * }}
                 */
                Command.create = function(properties) {
                    return new Command(properties);
                };

                /**
                 * Encodes the specified Command message. Does not implicitly {@link farmacy.fridge.v1.Command.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.Command
                 * @static
                 * @param {farmacy.fridge.v1.Command.$Properties} message Command message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Command.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.issuedAtMs);
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.farmacy.fridge.v1.SnapshotRequest.encode(message.snapshot, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.unlock != null && $Object.hasOwnProperty.call(message, "unlock"))
                        $root.farmacy.fridge.v1.UnlockDoor.encode(message.unlock, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.Command
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Command & farmacy.fridge.v1.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Command.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.Command();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandId = value;
                                else
                                    delete message.commandId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.issuedAtMs = value;
                                else
                                    delete message.issuedAtMs;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.farmacy.fridge.v1.SnapshotRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                message.kind = "snapshot";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.unlock = $root.farmacy.fridge.v1.UnlockDoor.decode(reader, reader.size(), $undefined, _depth + 1, message.unlock);
                                message.kind = "unlock";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Command;
            })();

            v1.SnapshotRequest = (function() {

                /**
                 * Properties of a SnapshotRequest.
                 * @typedef {Object} farmacy.fridge.v1.SnapshotRequest.$Properties
                 * @property {string|null} [reason] SnapshotRequest reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SnapshotRequest.
                 * @memberof farmacy.fridge.v1
                 * @interface ISnapshotRequest
                 * @augments farmacy.fridge.v1.SnapshotRequest.$Properties
                 * @deprecated Use farmacy.fridge.v1.SnapshotRequest.$Properties instead.
                 */

                /**
                 * Shape of a SnapshotRequest.
                 * @typedef {farmacy.fridge.v1.SnapshotRequest.$Properties} farmacy.fridge.v1.SnapshotRequest.$Shape
                 */

                /**
                 * Constructs a new SnapshotRequest.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a SnapshotRequest.
                 * @constructor
                 * @param {farmacy.fridge.v1.SnapshotRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SnapshotRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SnapshotRequest reason.
                 * @member {string} reason
                 * @memberof farmacy.fridge.v1.SnapshotRequest
                 * @instance
                 */
                SnapshotRequest.prototype.reason = "";

                /**
                 * Creates a new SnapshotRequest instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.SnapshotRequest
                 * @static
                 * @param {farmacy.fridge.v1.SnapshotRequest.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.SnapshotRequest} SnapshotRequest instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.SnapshotRequest.$Shape): farmacy.fridge.v1.SnapshotRequest & farmacy.fridge.v1.SnapshotRequest.$Shape;
                 *   (properties?: farmacy.fridge.v1.SnapshotRequest.$Properties): farmacy.fridge.v1.SnapshotRequest;
                 * }}
                 */
                SnapshotRequest.create = function(properties) {
                    return new SnapshotRequest(properties);
                };

                /**
                 * Encodes the specified SnapshotRequest message. Does not implicitly {@link farmacy.fridge.v1.SnapshotRequest.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.SnapshotRequest
                 * @static
                 * @param {farmacy.fridge.v1.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SnapshotRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SnapshotRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.SnapshotRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.SnapshotRequest & farmacy.fridge.v1.SnapshotRequest.$Shape} SnapshotRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.SnapshotRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return SnapshotRequest;
            })();

            v1.UnlockDoor = (function() {

                /**
                 * Properties of an UnlockDoor.
                 * @typedef {Object} farmacy.fridge.v1.UnlockDoor.$Properties
                 * @property {number|null} [seconds] UnlockDoor seconds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UnlockDoor.
                 * @memberof farmacy.fridge.v1
                 * @interface IUnlockDoor
                 * @augments farmacy.fridge.v1.UnlockDoor.$Properties
                 * @deprecated Use farmacy.fridge.v1.UnlockDoor.$Properties instead.
                 */

                /**
                 * Shape of an UnlockDoor.
                 * @typedef {farmacy.fridge.v1.UnlockDoor.$Properties} farmacy.fridge.v1.UnlockDoor.$Shape
                 */

                /**
                 * Constructs a new UnlockDoor.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents an UnlockDoor.
                 * @constructor
                 * @param {farmacy.fridge.v1.UnlockDoor.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UnlockDoor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UnlockDoor seconds.
                 * @member {number} seconds
                 * @memberof farmacy.fridge.v1.UnlockDoor
                 * @instance
                 */
                UnlockDoor.prototype.seconds = 0;

                /**
                 * Creates a new UnlockDoor instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.UnlockDoor
                 * @static
                 * @param {farmacy.fridge.v1.UnlockDoor.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.UnlockDoor} UnlockDoor instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.UnlockDoor.$Shape): farmacy.fridge.v1.UnlockDoor & farmacy.fridge.v1.UnlockDoor.$Shape;
                 *   (properties?: farmacy.fridge.v1.UnlockDoor.$Properties): farmacy.fridge.v1.UnlockDoor;
                 * }}
                 */
                UnlockDoor.create = function(properties) {
                    return new UnlockDoor(properties);
                };

                /**
                 * Encodes the specified UnlockDoor message. Does not implicitly {@link farmacy.fridge.v1.UnlockDoor.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.UnlockDoor
                 * @static
                 * @param {farmacy.fridge.v1.UnlockDoor.$Properties} message UnlockDoor message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UnlockDoor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && message.seconds !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an UnlockDoor message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.UnlockDoor
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.UnlockDoor & farmacy.fridge.v1.UnlockDoor.$Shape} UnlockDoor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UnlockDoor.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.UnlockDoor();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seconds = value;
                                else
                                    delete message.seconds;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return UnlockDoor;
            })();

            v1.Status = (function() {

                /**
                 * Properties of a Status.
                 * @typedef {Object} farmacy.fridge.v1.Status.$Properties
                 * @property {farmacy.fridge.v1.Status.State|null} [state] Status state
                 * @property {string|null} [fridgeId] Status fridgeId
                 * @property {string|null} [epoch] Status epoch
                 * @property {number|null} [bdSeq] Status bdSeq
                 * @property {number|null} [atMs] Status atMs
                 * @property {number|null} [outboxEvents] Status outboxEvents
                 * @property {number|null} [outboxBytes] Status outboxBytes
                 * @property {number|null} [lastSeq] Status lastSeq
                 * @property {string|null} [agentVersion] Status agentVersion
                 * @property {string|null} [firmwareVersion] Status firmwareVersion
                 * @property {string|null} [controllerSerial] Status controllerSerial
                 * @property {boolean|null} [clean] Status clean
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Status.
                 * @memberof farmacy.fridge.v1
                 * @interface IStatus
                 * @augments farmacy.fridge.v1.Status.$Properties
                 * @deprecated Use farmacy.fridge.v1.Status.$Properties instead.
                 */

                /**
                 * Shape of a Status.
                 * @typedef {farmacy.fridge.v1.Status.$Properties} farmacy.fridge.v1.Status.$Shape
                 */

                /**
                 * Constructs a new Status.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a Status.
                 * @constructor
                 * @param {farmacy.fridge.v1.Status.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Status = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Status state.
                 * @member {farmacy.fridge.v1.Status.State} state
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.state = 0;

                /**
                 * Status fridgeId.
                 * @member {string} fridgeId
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.fridgeId = "";

                /**
                 * Status epoch.
                 * @member {string} epoch
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.epoch = "";

                /**
                 * Status bdSeq.
                 * @member {number} bdSeq
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.bdSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status atMs.
                 * @member {number} atMs
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Status outboxEvents.
                 * @member {number} outboxEvents
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.outboxEvents = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status outboxBytes.
                 * @member {number} outboxBytes
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.outboxBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status lastSeq.
                 * @member {number} lastSeq
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Status agentVersion.
                 * @member {string} agentVersion
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.agentVersion = "";

                /**
                 * Status firmwareVersion.
                 * @member {string} firmwareVersion
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.firmwareVersion = "";

                /**
                 * Status controllerSerial.
                 * @member {string} controllerSerial
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.controllerSerial = "";

                /**
                 * Status clean.
                 * @member {boolean} clean
                 * @memberof farmacy.fridge.v1.Status
                 * @instance
                 */
                Status.prototype.clean = false;

                /**
                 * Creates a new Status instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.Status
                 * @static
                 * @param {farmacy.fridge.v1.Status.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.Status} Status instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.Status.$Shape): farmacy.fridge.v1.Status & farmacy.fridge.v1.Status.$Shape;
                 *   (properties?: farmacy.fridge.v1.Status.$Properties): farmacy.fridge.v1.Status;
                 * }}
                 */
                Status.create = function(properties) {
                    return new Status(properties);
                };

                /**
                 * Encodes the specified Status message. Does not implicitly {@link farmacy.fridge.v1.Status.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.Status
                 * @static
                 * @param {farmacy.fridge.v1.Status.$Properties} message Status message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Status.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                    if (message.fridgeId != null && $Object.hasOwnProperty.call(message, "fridgeId") && message.fridgeId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fridgeId);
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.epoch);
                    if (message.bdSeq != null && $Object.hasOwnProperty.call(message, "bdSeq") && (typeof message.bdSeq === "object" ? message.bdSeq.low || message.bdSeq.high : message.bdSeq !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.bdSeq);
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.atMs);
                    if (message.outboxEvents != null && $Object.hasOwnProperty.call(message, "outboxEvents") && (typeof message.outboxEvents === "object" ? message.outboxEvents.low || message.outboxEvents.high : message.outboxEvents !== 0))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.outboxEvents);
                    if (message.outboxBytes != null && $Object.hasOwnProperty.call(message, "outboxBytes") && (typeof message.outboxBytes === "object" ? message.outboxBytes.low || message.outboxBytes.high : message.outboxBytes !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.outboxBytes);
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.lastSeq);
                    if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.agentVersion);
                    if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.firmwareVersion);
                    if (message.controllerSerial != null && $Object.hasOwnProperty.call(message, "controllerSerial") && message.controllerSerial !== "")
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.controllerSerial);
                    if (message.clean != null && $Object.hasOwnProperty.call(message, "clean") && message.clean !== false)
                        writer.uint32(/* id 12, wireType 0 =*/96).bool(message.clean);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.Status
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.Status & farmacy.fridge.v1.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Status.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.Status();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fridgeId = value;
                                else
                                    delete message.fridgeId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epoch = value;
                                else
                                    delete message.epoch;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bdSeq = value;
                                else
                                    delete message.bdSeq;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.atMs = value;
                                else
                                    delete message.atMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.outboxEvents = value;
                                else
                                    delete message.outboxEvents;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.outboxBytes = value;
                                else
                                    delete message.outboxBytes;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.agentVersion = value;
                                else
                                    delete message.agentVersion;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.firmwareVersion = value;
                                else
                                    delete message.firmwareVersion;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.controllerSerial = value;
                                else
                                    delete message.controllerSerial;
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.clean = value;
                                else
                                    delete message.clean;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * State enum.
                 * @name farmacy.fridge.v1.Status.State
                 * @enum {number}
                 * @property {number} STATE_UNSPECIFIED=0 STATE_UNSPECIFIED value
                 * @property {number} ONLINE=1 ONLINE value
                 * @property {number} OFFLINE=2 OFFLINE value
                 */
                Status.State = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "ONLINE"] = 1;
                    values[valuesById[2] = "OFFLINE"] = 2;
                    return values;
                })();

                return Status;
            })();

            v1.FridgeEvent = (function() {

                /**
                 * Properties of a FridgeEvent.
                 * @typedef {Object} farmacy.fridge.v1.FridgeEvent.$Properties
                 * @property {number|null} [seq] FridgeEvent seq
                 * @property {number|null} [recordedAtMs] FridgeEvent recordedAtMs
                 * @property {farmacy.fridge.v1.DoorSession.$Properties|null} [doorSession] FridgeEvent doorSession
                 * @property {farmacy.fridge.v1.InventorySnapshot.$Properties|null} [snapshot] FridgeEvent snapshot
                 * @property {farmacy.fridge.v1.TemperatureSample.$Properties|null} [temperature] FridgeEvent temperature
                 * @property {farmacy.fridge.v1.ControllerFault.$Properties|null} [fault] FridgeEvent fault
                 * @property {farmacy.fridge.v1.DoorAlarm.$Properties|null} [doorAlarm] FridgeEvent doorAlarm
                 * @property {farmacy.fridge.v1.InventoryAudit.$Properties|null} [audit] FridgeEvent audit
                 * @property {farmacy.fridge.v1.ControllerBooted.$Properties|null} [booted] FridgeEvent booted
                 * @property {farmacy.fridge.v1.LinkStatus.$Properties|null} [link] FridgeEvent link
                 * @property {farmacy.fridge.v1.CompactionReport.$Properties|null} [compaction] FridgeEvent compaction
                 * @property {farmacy.fridge.v1.OutboxReset.$Properties|null} [outboxReset] FridgeEvent outboxReset
                 * @property {farmacy.fridge.v1.DoorUnlocked.$Properties|null} [unlocked] FridgeEvent unlocked
                 * @property {"doorSession"|"snapshot"|"temperature"|"fault"|"doorAlarm"|"audit"|"booted"|"link"|"compaction"|"outboxReset"|"unlocked"} [body] FridgeEvent body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FridgeEvent.
                 * @memberof farmacy.fridge.v1
                 * @interface IFridgeEvent
                 * @augments farmacy.fridge.v1.FridgeEvent.$Properties
                 * @deprecated Use farmacy.fridge.v1.FridgeEvent.$Properties instead.
                 */

                /**
                 * Narrowed shape of a FridgeEvent.
                 * @typedef {{
                 *   seq?: number|null;
                 *   recordedAtMs?: number|null;
                 *   doorSession?: farmacy.fridge.v1.DoorSession.$Shape|null;
                 *   snapshot?: farmacy.fridge.v1.InventorySnapshot.$Shape|null;
                 *   temperature?: farmacy.fridge.v1.TemperatureSample.$Shape|null;
                 *   fault?: farmacy.fridge.v1.ControllerFault.$Shape|null;
                 *   doorAlarm?: farmacy.fridge.v1.DoorAlarm.$Shape|null;
                 *   audit?: farmacy.fridge.v1.InventoryAudit.$Shape|null;
                 *   booted?: farmacy.fridge.v1.ControllerBooted.$Shape|null;
                 *   link?: farmacy.fridge.v1.LinkStatus.$Shape|null;
                 *   compaction?: farmacy.fridge.v1.CompactionReport.$Shape|null;
                 *   outboxReset?: farmacy.fridge.v1.OutboxReset.$Shape|null;
                 *   unlocked?: farmacy.fridge.v1.DoorUnlocked.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "doorSession"; doorSession: farmacy.fridge.v1.DoorSession.$Shape; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "snapshot"; doorSession?: null; snapshot: farmacy.fridge.v1.InventorySnapshot.$Shape; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "temperature"; doorSession?: null; snapshot?: null; temperature: farmacy.fridge.v1.TemperatureSample.$Shape; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "fault"; doorSession?: null; snapshot?: null; temperature?: null; fault: farmacy.fridge.v1.ControllerFault.$Shape; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "doorAlarm"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm: farmacy.fridge.v1.DoorAlarm.$Shape; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "audit"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit: farmacy.fridge.v1.InventoryAudit.$Shape; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "booted"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted: farmacy.fridge.v1.ControllerBooted.$Shape; link?: null; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "link"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link: farmacy.fridge.v1.LinkStatus.$Shape; compaction?: null; outboxReset?: null; unlocked?: null }|{ body?: "compaction"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction: farmacy.fridge.v1.CompactionReport.$Shape; outboxReset?: null; unlocked?: null }|{ body?: "outboxReset"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset: farmacy.fridge.v1.OutboxReset.$Shape; unlocked?: null }|{ body?: "unlocked"; doorSession?: null; snapshot?: null; temperature?: null; fault?: null; doorAlarm?: null; audit?: null; booted?: null; link?: null; compaction?: null; outboxReset?: null; unlocked: farmacy.fridge.v1.DoorUnlocked.$Shape })
                 * )} farmacy.fridge.v1.FridgeEvent.$Shape
                 */

                /**
                 * Constructs a new FridgeEvent.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a FridgeEvent.
                 * @constructor
                 * @param {farmacy.fridge.v1.FridgeEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FridgeEvent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FridgeEvent seq.
                 * @member {number} seq
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * FridgeEvent recordedAtMs.
                 * @member {number} recordedAtMs
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.recordedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * FridgeEvent doorSession.
                 * @member {farmacy.fridge.v1.DoorSession.$Properties|null|undefined} doorSession
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.doorSession = null;

                /**
                 * FridgeEvent snapshot.
                 * @member {farmacy.fridge.v1.InventorySnapshot.$Properties|null|undefined} snapshot
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.snapshot = null;

                /**
                 * FridgeEvent temperature.
                 * @member {farmacy.fridge.v1.TemperatureSample.$Properties|null|undefined} temperature
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.temperature = null;

                /**
                 * FridgeEvent fault.
                 * @member {farmacy.fridge.v1.ControllerFault.$Properties|null|undefined} fault
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.fault = null;

                /**
                 * FridgeEvent doorAlarm.
                 * @member {farmacy.fridge.v1.DoorAlarm.$Properties|null|undefined} doorAlarm
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.doorAlarm = null;

                /**
                 * FridgeEvent audit.
                 * @member {farmacy.fridge.v1.InventoryAudit.$Properties|null|undefined} audit
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.audit = null;

                /**
                 * FridgeEvent booted.
                 * @member {farmacy.fridge.v1.ControllerBooted.$Properties|null|undefined} booted
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.booted = null;

                /**
                 * FridgeEvent link.
                 * @member {farmacy.fridge.v1.LinkStatus.$Properties|null|undefined} link
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.link = null;

                /**
                 * FridgeEvent compaction.
                 * @member {farmacy.fridge.v1.CompactionReport.$Properties|null|undefined} compaction
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.compaction = null;

                /**
                 * FridgeEvent outboxReset.
                 * @member {farmacy.fridge.v1.OutboxReset.$Properties|null|undefined} outboxReset
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.outboxReset = null;

                /**
                 * FridgeEvent unlocked.
                 * @member {farmacy.fridge.v1.DoorUnlocked.$Properties|null|undefined} unlocked
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                FridgeEvent.prototype.unlocked = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * FridgeEvent body.
                 * @member {"doorSession"|"snapshot"|"temperature"|"fault"|"doorAlarm"|"audit"|"booted"|"link"|"compaction"|"outboxReset"|"unlocked"|undefined} body
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @instance
                 */
                $Object.defineProperty(FridgeEvent.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["doorSession", "snapshot", "temperature", "fault", "doorAlarm", "audit", "booted", "link", "compaction", "outboxReset", "unlocked"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new FridgeEvent instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @static
                 * @param {farmacy.fridge.v1.FridgeEvent.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.FridgeEvent} FridgeEvent instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.FridgeEvent.$Shape): farmacy.fridge.v1.FridgeEvent & farmacy.fridge.v1.FridgeEvent.$Shape;
                 *   (properties?: farmacy.fridge.v1.FridgeEvent.$Properties): farmacy.fridge.v1.FridgeEvent;
                 * }}
                 */
                FridgeEvent.create = function(properties) {
                    return new FridgeEvent(properties);
                };

                /**
                 * Encodes the specified FridgeEvent message. Does not implicitly {@link farmacy.fridge.v1.FridgeEvent.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @static
                 * @param {farmacy.fridge.v1.FridgeEvent.$Properties} message FridgeEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FridgeEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                    if (message.recordedAtMs != null && $Object.hasOwnProperty.call(message, "recordedAtMs") && (typeof message.recordedAtMs === "object" ? message.recordedAtMs.low || message.recordedAtMs.high : message.recordedAtMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.recordedAtMs);
                    if (message.doorSession != null && $Object.hasOwnProperty.call(message, "doorSession"))
                        $root.farmacy.fridge.v1.DoorSession.encode(message.doorSession, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.farmacy.fridge.v1.InventorySnapshot.encode(message.snapshot, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                        $root.farmacy.fridge.v1.TemperatureSample.encode(message.temperature, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.fault != null && $Object.hasOwnProperty.call(message, "fault"))
                        $root.farmacy.fridge.v1.ControllerFault.encode(message.fault, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.doorAlarm != null && $Object.hasOwnProperty.call(message, "doorAlarm"))
                        $root.farmacy.fridge.v1.DoorAlarm.encode(message.doorAlarm, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.audit != null && $Object.hasOwnProperty.call(message, "audit"))
                        $root.farmacy.fridge.v1.InventoryAudit.encode(message.audit, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.booted != null && $Object.hasOwnProperty.call(message, "booted"))
                        $root.farmacy.fridge.v1.ControllerBooted.encode(message.booted, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                        $root.farmacy.fridge.v1.LinkStatus.encode(message.link, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.compaction != null && $Object.hasOwnProperty.call(message, "compaction"))
                        $root.farmacy.fridge.v1.CompactionReport.encode(message.compaction, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.outboxReset != null && $Object.hasOwnProperty.call(message, "outboxReset"))
                        $root.farmacy.fridge.v1.OutboxReset.encode(message.outboxReset, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.unlocked != null && $Object.hasOwnProperty.call(message, "unlocked"))
                        $root.farmacy.fridge.v1.DoorUnlocked.encode(message.unlocked, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FridgeEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.FridgeEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.FridgeEvent & farmacy.fridge.v1.FridgeEvent.$Shape} FridgeEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FridgeEvent.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.FridgeEvent();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.seq = value;
                                else
                                    delete message.seq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.recordedAtMs = value;
                                else
                                    delete message.recordedAtMs;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.doorSession = $root.farmacy.fridge.v1.DoorSession.decode(reader, reader.size(), $undefined, _depth + 1, message.doorSession);
                                message.body = "doorSession";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.farmacy.fridge.v1.InventorySnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                message.body = "snapshot";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.temperature = $root.farmacy.fridge.v1.TemperatureSample.decode(reader, reader.size(), $undefined, _depth + 1, message.temperature);
                                message.body = "temperature";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.fault = $root.farmacy.fridge.v1.ControllerFault.decode(reader, reader.size(), $undefined, _depth + 1, message.fault);
                                message.body = "fault";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.doorAlarm = $root.farmacy.fridge.v1.DoorAlarm.decode(reader, reader.size(), $undefined, _depth + 1, message.doorAlarm);
                                message.body = "doorAlarm";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.audit = $root.farmacy.fridge.v1.InventoryAudit.decode(reader, reader.size(), $undefined, _depth + 1, message.audit);
                                message.body = "audit";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.booted = $root.farmacy.fridge.v1.ControllerBooted.decode(reader, reader.size(), $undefined, _depth + 1, message.booted);
                                message.body = "booted";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.link = $root.farmacy.fridge.v1.LinkStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.link);
                                message.body = "link";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.compaction = $root.farmacy.fridge.v1.CompactionReport.decode(reader, reader.size(), $undefined, _depth + 1, message.compaction);
                                message.body = "compaction";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.outboxReset = $root.farmacy.fridge.v1.OutboxReset.decode(reader, reader.size(), $undefined, _depth + 1, message.outboxReset);
                                message.body = "outboxReset";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.unlocked = $root.farmacy.fridge.v1.DoorUnlocked.decode(reader, reader.size(), $undefined, _depth + 1, message.unlocked);
                                message.body = "unlocked";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return FridgeEvent;
            })();

            v1.DoorSession = (function() {

                /**
                 * Properties of a DoorSession.
                 * @typedef {Object} farmacy.fridge.v1.DoorSession.$Properties
                 * @property {number|null} [openedAtMs] DoorSession openedAtMs
                 * @property {number|null} [closedAtMs] DoorSession closedAtMs
                 * @property {number|null} [openCount] DoorSession openCount
                 * @property {Array.<Uint8Array>|null} [removed] DoorSession removed
                 * @property {Array.<Uint8Array>|null} [added] DoorSession added
                 * @property {Array.<farmacy.fridge.v1.ShelfDelta.$Properties>|null} [shelves] DoorSession shelves
                 * @property {number|null} [rounds] DoorSession rounds
                 * @property {number|null} [tagCount] DoorSession tagCount
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DoorSession.
                 * @memberof farmacy.fridge.v1
                 * @interface IDoorSession
                 * @augments farmacy.fridge.v1.DoorSession.$Properties
                 * @deprecated Use farmacy.fridge.v1.DoorSession.$Properties instead.
                 */

                /**
                 * Shape of a DoorSession.
                 * @typedef {farmacy.fridge.v1.DoorSession.$Properties} farmacy.fridge.v1.DoorSession.$Shape
                 */

                /**
                 * Constructs a new DoorSession.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a DoorSession.
                 * @constructor
                 * @param {farmacy.fridge.v1.DoorSession.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DoorSession = function (properties) {
                    this.removed = [];
                    this.added = [];
                    this.shelves = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DoorSession openedAtMs.
                 * @member {number} openedAtMs
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.openedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DoorSession closedAtMs.
                 * @member {number} closedAtMs
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.closedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DoorSession openCount.
                 * @member {number} openCount
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.openCount = 0;

                /**
                 * DoorSession removed.
                 * @member {Array.<Uint8Array>} removed
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.removed = $util.emptyArray;

                /**
                 * DoorSession added.
                 * @member {Array.<Uint8Array>} added
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.added = $util.emptyArray;

                /**
                 * DoorSession shelves.
                 * @member {Array.<farmacy.fridge.v1.ShelfDelta.$Properties>} shelves
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.shelves = $util.emptyArray;

                /**
                 * DoorSession rounds.
                 * @member {number} rounds
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.rounds = 0;

                /**
                 * DoorSession tagCount.
                 * @member {number} tagCount
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @instance
                 */
                DoorSession.prototype.tagCount = 0;

                /**
                 * Creates a new DoorSession instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @static
                 * @param {farmacy.fridge.v1.DoorSession.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.DoorSession} DoorSession instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.DoorSession.$Shape): farmacy.fridge.v1.DoorSession & farmacy.fridge.v1.DoorSession.$Shape;
                 *   (properties?: farmacy.fridge.v1.DoorSession.$Properties): farmacy.fridge.v1.DoorSession;
                 * }}
                 */
                DoorSession.create = function(properties) {
                    return new DoorSession(properties);
                };

                /**
                 * Encodes the specified DoorSession message. Does not implicitly {@link farmacy.fridge.v1.DoorSession.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @static
                 * @param {farmacy.fridge.v1.DoorSession.$Properties} message DoorSession message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DoorSession.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.openedAtMs != null && $Object.hasOwnProperty.call(message, "openedAtMs") && (typeof message.openedAtMs === "object" ? message.openedAtMs.low || message.openedAtMs.high : message.openedAtMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.openedAtMs);
                    if (message.closedAtMs != null && $Object.hasOwnProperty.call(message, "closedAtMs") && (typeof message.closedAtMs === "object" ? message.closedAtMs.low || message.closedAtMs.high : message.closedAtMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.closedAtMs);
                    if (message.openCount != null && $Object.hasOwnProperty.call(message, "openCount") && message.openCount !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.openCount);
                    if (message.removed != null && message.removed.length)
                        for (let i = 0; i < message.removed.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.removed[i]);
                    if (message.added != null && message.added.length)
                        for (let i = 0; i < message.added.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.added[i]);
                    if (message.shelves != null && message.shelves.length)
                        for (let i = 0; i < message.shelves.length; ++i)
                            $root.farmacy.fridge.v1.ShelfDelta.encode(message.shelves[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.rounds != null && $Object.hasOwnProperty.call(message, "rounds") && message.rounds !== 0)
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.rounds);
                    if (message.tagCount != null && $Object.hasOwnProperty.call(message, "tagCount") && message.tagCount !== 0)
                        writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.tagCount);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DoorSession message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.DoorSession
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.DoorSession & farmacy.fridge.v1.DoorSession.$Shape} DoorSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DoorSession.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.DoorSession();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openedAtMs = value;
                                else
                                    delete message.openedAtMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.closedAtMs = value;
                                else
                                    delete message.closedAtMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.openCount = value;
                                else
                                    delete message.openCount;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.removed && message.removed.length))
                                    message.removed = [];
                                message.removed.push(reader.bytes());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.added && message.added.length))
                                    message.added = [];
                                message.added.push(reader.bytes());
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.shelves && message.shelves.length))
                                    message.shelves = [];
                                message.shelves.push($root.farmacy.fridge.v1.ShelfDelta.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.rounds = value;
                                else
                                    delete message.rounds;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.tagCount = value;
                                else
                                    delete message.tagCount;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DoorSession;
            })();

            v1.ShelfDelta = (function() {

                /**
                 * Properties of a ShelfDelta.
                 * @typedef {Object} farmacy.fridge.v1.ShelfDelta.$Properties
                 * @property {number|null} [shelf] ShelfDelta shelf
                 * @property {number|null} [beforeG] ShelfDelta beforeG
                 * @property {number|null} [afterG] ShelfDelta afterG
                 * @property {number|null} [deltaG] ShelfDelta deltaG
                 * @property {boolean|null} [stable] ShelfDelta stable
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShelfDelta.
                 * @memberof farmacy.fridge.v1
                 * @interface IShelfDelta
                 * @augments farmacy.fridge.v1.ShelfDelta.$Properties
                 * @deprecated Use farmacy.fridge.v1.ShelfDelta.$Properties instead.
                 */

                /**
                 * Shape of a ShelfDelta.
                 * @typedef {farmacy.fridge.v1.ShelfDelta.$Properties} farmacy.fridge.v1.ShelfDelta.$Shape
                 */

                /**
                 * Constructs a new ShelfDelta.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a ShelfDelta.
                 * @constructor
                 * @param {farmacy.fridge.v1.ShelfDelta.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ShelfDelta = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShelfDelta shelf.
                 * @member {number} shelf
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @instance
                 */
                ShelfDelta.prototype.shelf = 0;

                /**
                 * ShelfDelta beforeG.
                 * @member {number} beforeG
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @instance
                 */
                ShelfDelta.prototype.beforeG = 0;

                /**
                 * ShelfDelta afterG.
                 * @member {number} afterG
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @instance
                 */
                ShelfDelta.prototype.afterG = 0;

                /**
                 * ShelfDelta deltaG.
                 * @member {number} deltaG
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @instance
                 */
                ShelfDelta.prototype.deltaG = 0;

                /**
                 * ShelfDelta stable.
                 * @member {boolean} stable
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @instance
                 */
                ShelfDelta.prototype.stable = false;

                /**
                 * Creates a new ShelfDelta instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @static
                 * @param {farmacy.fridge.v1.ShelfDelta.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.ShelfDelta} ShelfDelta instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.ShelfDelta.$Shape): farmacy.fridge.v1.ShelfDelta & farmacy.fridge.v1.ShelfDelta.$Shape;
                 *   (properties?: farmacy.fridge.v1.ShelfDelta.$Properties): farmacy.fridge.v1.ShelfDelta;
                 * }}
                 */
                ShelfDelta.create = function(properties) {
                    return new ShelfDelta(properties);
                };

                /**
                 * Encodes the specified ShelfDelta message. Does not implicitly {@link farmacy.fridge.v1.ShelfDelta.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @static
                 * @param {farmacy.fridge.v1.ShelfDelta.$Properties} message ShelfDelta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShelfDelta.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shelf != null && $Object.hasOwnProperty.call(message, "shelf") && message.shelf !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shelf);
                    if (message.beforeG != null && $Object.hasOwnProperty.call(message, "beforeG") && message.beforeG !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.beforeG);
                    if (message.afterG != null && $Object.hasOwnProperty.call(message, "afterG") && message.afterG !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.afterG);
                    if (message.deltaG != null && $Object.hasOwnProperty.call(message, "deltaG") && message.deltaG !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).sint32(message.deltaG);
                    if (message.stable != null && $Object.hasOwnProperty.call(message, "stable") && message.stable !== false)
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.stable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShelfDelta message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.ShelfDelta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ShelfDelta & farmacy.fridge.v1.ShelfDelta.$Shape} ShelfDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShelfDelta.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.ShelfDelta();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shelf = value;
                                else
                                    delete message.shelf;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.beforeG = value;
                                else
                                    delete message.beforeG;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.afterG = value;
                                else
                                    delete message.afterG;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.deltaG = value;
                                else
                                    delete message.deltaG;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stable = value;
                                else
                                    delete message.stable;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ShelfDelta;
            })();

            v1.ShelfWeight = (function() {

                /**
                 * Properties of a ShelfWeight.
                 * @typedef {Object} farmacy.fridge.v1.ShelfWeight.$Properties
                 * @property {number|null} [shelf] ShelfWeight shelf
                 * @property {number|null} [grams] ShelfWeight grams
                 * @property {boolean|null} [stable] ShelfWeight stable
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ShelfWeight.
                 * @memberof farmacy.fridge.v1
                 * @interface IShelfWeight
                 * @augments farmacy.fridge.v1.ShelfWeight.$Properties
                 * @deprecated Use farmacy.fridge.v1.ShelfWeight.$Properties instead.
                 */

                /**
                 * Shape of a ShelfWeight.
                 * @typedef {farmacy.fridge.v1.ShelfWeight.$Properties} farmacy.fridge.v1.ShelfWeight.$Shape
                 */

                /**
                 * Constructs a new ShelfWeight.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a ShelfWeight.
                 * @constructor
                 * @param {farmacy.fridge.v1.ShelfWeight.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ShelfWeight = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ShelfWeight shelf.
                 * @member {number} shelf
                 * @memberof farmacy.fridge.v1.ShelfWeight
                 * @instance
                 */
                ShelfWeight.prototype.shelf = 0;

                /**
                 * ShelfWeight grams.
                 * @member {number} grams
                 * @memberof farmacy.fridge.v1.ShelfWeight
                 * @instance
                 */
                ShelfWeight.prototype.grams = 0;

                /**
                 * ShelfWeight stable.
                 * @member {boolean} stable
                 * @memberof farmacy.fridge.v1.ShelfWeight
                 * @instance
                 */
                ShelfWeight.prototype.stable = false;

                /**
                 * Creates a new ShelfWeight instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.ShelfWeight
                 * @static
                 * @param {farmacy.fridge.v1.ShelfWeight.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.ShelfWeight} ShelfWeight instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.ShelfWeight.$Shape): farmacy.fridge.v1.ShelfWeight & farmacy.fridge.v1.ShelfWeight.$Shape;
                 *   (properties?: farmacy.fridge.v1.ShelfWeight.$Properties): farmacy.fridge.v1.ShelfWeight;
                 * }}
                 */
                ShelfWeight.create = function(properties) {
                    return new ShelfWeight(properties);
                };

                /**
                 * Encodes the specified ShelfWeight message. Does not implicitly {@link farmacy.fridge.v1.ShelfWeight.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.ShelfWeight
                 * @static
                 * @param {farmacy.fridge.v1.ShelfWeight.$Properties} message ShelfWeight message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ShelfWeight.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shelf != null && $Object.hasOwnProperty.call(message, "shelf") && message.shelf !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shelf);
                    if (message.grams != null && $Object.hasOwnProperty.call(message, "grams") && message.grams !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.grams);
                    if (message.stable != null && $Object.hasOwnProperty.call(message, "stable") && message.stable !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.stable);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ShelfWeight message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.ShelfWeight
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ShelfWeight & farmacy.fridge.v1.ShelfWeight.$Shape} ShelfWeight
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ShelfWeight.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.ShelfWeight();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.shelf = value;
                                else
                                    delete message.shelf;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.grams = value;
                                else
                                    delete message.grams;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stable = value;
                                else
                                    delete message.stable;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ShelfWeight;
            })();

            v1.InventorySnapshot = (function() {

                /**
                 * Properties of an InventorySnapshot.
                 * @typedef {Object} farmacy.fridge.v1.InventorySnapshot.$Properties
                 * @property {farmacy.fridge.v1.InventorySnapshot.Reason|null} [reason] InventorySnapshot reason
                 * @property {string|null} [commandId] InventorySnapshot commandId
                 * @property {Array.<Uint8Array>|null} [tags] InventorySnapshot tags
                 * @property {Array.<Uint8Array>|null} [unseen] InventorySnapshot unseen
                 * @property {Array.<farmacy.fridge.v1.ShelfWeight.$Properties>|null} [shelves] InventorySnapshot shelves
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InventorySnapshot.
                 * @memberof farmacy.fridge.v1
                 * @interface IInventorySnapshot
                 * @augments farmacy.fridge.v1.InventorySnapshot.$Properties
                 * @deprecated Use farmacy.fridge.v1.InventorySnapshot.$Properties instead.
                 */

                /**
                 * Shape of an InventorySnapshot.
                 * @typedef {farmacy.fridge.v1.InventorySnapshot.$Properties} farmacy.fridge.v1.InventorySnapshot.$Shape
                 */

                /**
                 * Constructs a new InventorySnapshot.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents an InventorySnapshot.
                 * @constructor
                 * @param {farmacy.fridge.v1.InventorySnapshot.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InventorySnapshot = function (properties) {
                    this.tags = [];
                    this.unseen = [];
                    this.shelves = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InventorySnapshot reason.
                 * @member {farmacy.fridge.v1.InventorySnapshot.Reason} reason
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @instance
                 */
                InventorySnapshot.prototype.reason = 0;

                /**
                 * InventorySnapshot commandId.
                 * @member {string} commandId
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @instance
                 */
                InventorySnapshot.prototype.commandId = "";

                /**
                 * InventorySnapshot tags.
                 * @member {Array.<Uint8Array>} tags
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @instance
                 */
                InventorySnapshot.prototype.tags = $util.emptyArray;

                /**
                 * InventorySnapshot unseen.
                 * @member {Array.<Uint8Array>} unseen
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @instance
                 */
                InventorySnapshot.prototype.unseen = $util.emptyArray;

                /**
                 * InventorySnapshot shelves.
                 * @member {Array.<farmacy.fridge.v1.ShelfWeight.$Properties>} shelves
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @instance
                 */
                InventorySnapshot.prototype.shelves = $util.emptyArray;

                /**
                 * Creates a new InventorySnapshot instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @static
                 * @param {farmacy.fridge.v1.InventorySnapshot.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.InventorySnapshot} InventorySnapshot instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.InventorySnapshot.$Shape): farmacy.fridge.v1.InventorySnapshot & farmacy.fridge.v1.InventorySnapshot.$Shape;
                 *   (properties?: farmacy.fridge.v1.InventorySnapshot.$Properties): farmacy.fridge.v1.InventorySnapshot;
                 * }}
                 */
                InventorySnapshot.create = function(properties) {
                    return new InventorySnapshot(properties);
                };

                /**
                 * Encodes the specified InventorySnapshot message. Does not implicitly {@link farmacy.fridge.v1.InventorySnapshot.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @static
                 * @param {farmacy.fridge.v1.InventorySnapshot.$Properties} message InventorySnapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InventorySnapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.commandId);
                    if (message.tags != null && message.tags.length)
                        for (let i = 0; i < message.tags.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.tags[i]);
                    if (message.unseen != null && message.unseen.length)
                        for (let i = 0; i < message.unseen.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.unseen[i]);
                    if (message.shelves != null && message.shelves.length)
                        for (let i = 0; i < message.shelves.length; ++i)
                            $root.farmacy.fridge.v1.ShelfWeight.encode(message.shelves[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InventorySnapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.InventorySnapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.InventorySnapshot & farmacy.fridge.v1.InventorySnapshot.$Shape} InventorySnapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InventorySnapshot.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.InventorySnapshot();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandId = value;
                                else
                                    delete message.commandId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.tags && message.tags.length))
                                    message.tags = [];
                                message.tags.push(reader.bytes());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.unseen && message.unseen.length))
                                    message.unseen = [];
                                message.unseen.push(reader.bytes());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.shelves && message.shelves.length))
                                    message.shelves = [];
                                message.shelves.push($root.farmacy.fridge.v1.ShelfWeight.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Reason enum.
                 * @name farmacy.fridge.v1.InventorySnapshot.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} STARTUP=1 STARTUP value
                 * @property {number} PERIODIC=2 PERIODIC value
                 * @property {number} REQUESTED=3 REQUESTED value
                 * @property {number} NEW_EPOCH=4 NEW_EPOCH value
                 * @property {number} CONTROLLER_REBOOT=5 CONTROLLER_REBOOT value
                 * @property {number} LINK_RESTORED=6 LINK_RESTORED value
                 */
                InventorySnapshot.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "STARTUP"] = 1;
                    values[valuesById[2] = "PERIODIC"] = 2;
                    values[valuesById[3] = "REQUESTED"] = 3;
                    values[valuesById[4] = "NEW_EPOCH"] = 4;
                    values[valuesById[5] = "CONTROLLER_REBOOT"] = 5;
                    values[valuesById[6] = "LINK_RESTORED"] = 6;
                    return values;
                })();

                return InventorySnapshot;
            })();

            v1.TemperatureSample = (function() {

                /**
                 * Properties of a TemperatureSample.
                 * @typedef {Object} farmacy.fridge.v1.TemperatureSample.$Properties
                 * @property {number|null} [sensor] TemperatureSample sensor
                 * @property {number|null} [deciCelsius] TemperatureSample deciCelsius
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemperatureSample.
                 * @memberof farmacy.fridge.v1
                 * @interface ITemperatureSample
                 * @augments farmacy.fridge.v1.TemperatureSample.$Properties
                 * @deprecated Use farmacy.fridge.v1.TemperatureSample.$Properties instead.
                 */

                /**
                 * Shape of a TemperatureSample.
                 * @typedef {farmacy.fridge.v1.TemperatureSample.$Properties} farmacy.fridge.v1.TemperatureSample.$Shape
                 */

                /**
                 * Constructs a new TemperatureSample.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a TemperatureSample.
                 * @constructor
                 * @param {farmacy.fridge.v1.TemperatureSample.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TemperatureSample = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemperatureSample sensor.
                 * @member {number} sensor
                 * @memberof farmacy.fridge.v1.TemperatureSample
                 * @instance
                 */
                TemperatureSample.prototype.sensor = 0;

                /**
                 * TemperatureSample deciCelsius.
                 * @member {number} deciCelsius
                 * @memberof farmacy.fridge.v1.TemperatureSample
                 * @instance
                 */
                TemperatureSample.prototype.deciCelsius = 0;

                /**
                 * Creates a new TemperatureSample instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.TemperatureSample
                 * @static
                 * @param {farmacy.fridge.v1.TemperatureSample.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.TemperatureSample} TemperatureSample instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.TemperatureSample.$Shape): farmacy.fridge.v1.TemperatureSample & farmacy.fridge.v1.TemperatureSample.$Shape;
                 *   (properties?: farmacy.fridge.v1.TemperatureSample.$Properties): farmacy.fridge.v1.TemperatureSample;
                 * }}
                 */
                TemperatureSample.create = function(properties) {
                    return new TemperatureSample(properties);
                };

                /**
                 * Encodes the specified TemperatureSample message. Does not implicitly {@link farmacy.fridge.v1.TemperatureSample.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.TemperatureSample
                 * @static
                 * @param {farmacy.fridge.v1.TemperatureSample.$Properties} message TemperatureSample message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemperatureSample.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor") && message.sensor !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sensor);
                    if (message.deciCelsius != null && $Object.hasOwnProperty.call(message, "deciCelsius") && message.deciCelsius !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.deciCelsius);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TemperatureSample message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.TemperatureSample
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.TemperatureSample & farmacy.fridge.v1.TemperatureSample.$Shape} TemperatureSample
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemperatureSample.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.TemperatureSample();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.sensor = value;
                                else
                                    delete message.sensor;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.sint32())
                                    message.deciCelsius = value;
                                else
                                    delete message.deciCelsius;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TemperatureSample;
            })();

            v1.ControllerFault = (function() {

                /**
                 * Properties of a ControllerFault.
                 * @typedef {Object} farmacy.fridge.v1.ControllerFault.$Properties
                 * @property {farmacy.fridge.v1.ControllerFault.Source|null} [source] ControllerFault source
                 * @property {string|null} [code] ControllerFault code
                 * @property {string|null} [text] ControllerFault text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ControllerFault.
                 * @memberof farmacy.fridge.v1
                 * @interface IControllerFault
                 * @augments farmacy.fridge.v1.ControllerFault.$Properties
                 * @deprecated Use farmacy.fridge.v1.ControllerFault.$Properties instead.
                 */

                /**
                 * Shape of a ControllerFault.
                 * @typedef {farmacy.fridge.v1.ControllerFault.$Properties} farmacy.fridge.v1.ControllerFault.$Shape
                 */

                /**
                 * Constructs a new ControllerFault.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a ControllerFault.
                 * @constructor
                 * @param {farmacy.fridge.v1.ControllerFault.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ControllerFault = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ControllerFault source.
                 * @member {farmacy.fridge.v1.ControllerFault.Source} source
                 * @memberof farmacy.fridge.v1.ControllerFault
                 * @instance
                 */
                ControllerFault.prototype.source = 0;

                /**
                 * ControllerFault code.
                 * @member {string} code
                 * @memberof farmacy.fridge.v1.ControllerFault
                 * @instance
                 */
                ControllerFault.prototype.code = "";

                /**
                 * ControllerFault text.
                 * @member {string} text
                 * @memberof farmacy.fridge.v1.ControllerFault
                 * @instance
                 */
                ControllerFault.prototype.text = "";

                /**
                 * Creates a new ControllerFault instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.ControllerFault
                 * @static
                 * @param {farmacy.fridge.v1.ControllerFault.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.ControllerFault} ControllerFault instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.ControllerFault.$Shape): farmacy.fridge.v1.ControllerFault & farmacy.fridge.v1.ControllerFault.$Shape;
                 *   (properties?: farmacy.fridge.v1.ControllerFault.$Properties): farmacy.fridge.v1.ControllerFault;
                 * }}
                 */
                ControllerFault.create = function(properties) {
                    return new ControllerFault(properties);
                };

                /**
                 * Encodes the specified ControllerFault message. Does not implicitly {@link farmacy.fridge.v1.ControllerFault.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.ControllerFault
                 * @static
                 * @param {farmacy.fridge.v1.ControllerFault.$Properties} message ControllerFault message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ControllerFault.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.source);
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.code);
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ControllerFault message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.ControllerFault
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ControllerFault & farmacy.fridge.v1.ControllerFault.$Shape} ControllerFault
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ControllerFault.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.ControllerFault();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Source enum.
                 * @name farmacy.fridge.v1.ControllerFault.Source
                 * @enum {number}
                 * @property {number} SOURCE_UNSPECIFIED=0 SOURCE_UNSPECIFIED value
                 * @property {number} CONTROLLER=1 CONTROLLER value
                 * @property {number} EDGE=2 EDGE value
                 */
                ControllerFault.Source = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "SOURCE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "CONTROLLER"] = 1;
                    values[valuesById[2] = "EDGE"] = 2;
                    return values;
                })();

                return ControllerFault;
            })();

            v1.DoorAlarm = (function() {

                /**
                 * Properties of a DoorAlarm.
                 * @typedef {Object} farmacy.fridge.v1.DoorAlarm.$Properties
                 * @property {number|null} [openedAtMs] DoorAlarm openedAtMs
                 * @property {number|null} [openForMs] DoorAlarm openForMs
                 * @property {boolean|null} [cleared] DoorAlarm cleared
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DoorAlarm.
                 * @memberof farmacy.fridge.v1
                 * @interface IDoorAlarm
                 * @augments farmacy.fridge.v1.DoorAlarm.$Properties
                 * @deprecated Use farmacy.fridge.v1.DoorAlarm.$Properties instead.
                 */

                /**
                 * Shape of a DoorAlarm.
                 * @typedef {farmacy.fridge.v1.DoorAlarm.$Properties} farmacy.fridge.v1.DoorAlarm.$Shape
                 */

                /**
                 * Constructs a new DoorAlarm.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a DoorAlarm.
                 * @constructor
                 * @param {farmacy.fridge.v1.DoorAlarm.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DoorAlarm = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DoorAlarm openedAtMs.
                 * @member {number} openedAtMs
                 * @memberof farmacy.fridge.v1.DoorAlarm
                 * @instance
                 */
                DoorAlarm.prototype.openedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DoorAlarm openForMs.
                 * @member {number} openForMs
                 * @memberof farmacy.fridge.v1.DoorAlarm
                 * @instance
                 */
                DoorAlarm.prototype.openForMs = 0;

                /**
                 * DoorAlarm cleared.
                 * @member {boolean} cleared
                 * @memberof farmacy.fridge.v1.DoorAlarm
                 * @instance
                 */
                DoorAlarm.prototype.cleared = false;

                /**
                 * Creates a new DoorAlarm instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.DoorAlarm
                 * @static
                 * @param {farmacy.fridge.v1.DoorAlarm.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.DoorAlarm} DoorAlarm instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.DoorAlarm.$Shape): farmacy.fridge.v1.DoorAlarm & farmacy.fridge.v1.DoorAlarm.$Shape;
                 *   (properties?: farmacy.fridge.v1.DoorAlarm.$Properties): farmacy.fridge.v1.DoorAlarm;
                 * }}
                 */
                DoorAlarm.create = function(properties) {
                    return new DoorAlarm(properties);
                };

                /**
                 * Encodes the specified DoorAlarm message. Does not implicitly {@link farmacy.fridge.v1.DoorAlarm.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.DoorAlarm
                 * @static
                 * @param {farmacy.fridge.v1.DoorAlarm.$Properties} message DoorAlarm message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DoorAlarm.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.openedAtMs != null && $Object.hasOwnProperty.call(message, "openedAtMs") && (typeof message.openedAtMs === "object" ? message.openedAtMs.low || message.openedAtMs.high : message.openedAtMs !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.openedAtMs);
                    if (message.openForMs != null && $Object.hasOwnProperty.call(message, "openForMs") && message.openForMs !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.openForMs);
                    if (message.cleared != null && $Object.hasOwnProperty.call(message, "cleared") && message.cleared !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.cleared);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DoorAlarm message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.DoorAlarm
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.DoorAlarm & farmacy.fridge.v1.DoorAlarm.$Shape} DoorAlarm
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DoorAlarm.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.DoorAlarm();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.openedAtMs = value;
                                else
                                    delete message.openedAtMs;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.openForMs = value;
                                else
                                    delete message.openForMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.cleared = value;
                                else
                                    delete message.cleared;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DoorAlarm;
            })();

            v1.InventoryAudit = (function() {

                /**
                 * Properties of an InventoryAudit.
                 * @typedef {Object} farmacy.fridge.v1.InventoryAudit.$Properties
                 * @property {Array.<Uint8Array>|null} [possiblyLost] InventoryAudit possiblyLost
                 * @property {Array.<Uint8Array>|null} [found] InventoryAudit found
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an InventoryAudit.
                 * @memberof farmacy.fridge.v1
                 * @interface IInventoryAudit
                 * @augments farmacy.fridge.v1.InventoryAudit.$Properties
                 * @deprecated Use farmacy.fridge.v1.InventoryAudit.$Properties instead.
                 */

                /**
                 * Shape of an InventoryAudit.
                 * @typedef {farmacy.fridge.v1.InventoryAudit.$Properties} farmacy.fridge.v1.InventoryAudit.$Shape
                 */

                /**
                 * Constructs a new InventoryAudit.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents an InventoryAudit.
                 * @constructor
                 * @param {farmacy.fridge.v1.InventoryAudit.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const InventoryAudit = function (properties) {
                    this.possiblyLost = [];
                    this.found = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * InventoryAudit possiblyLost.
                 * @member {Array.<Uint8Array>} possiblyLost
                 * @memberof farmacy.fridge.v1.InventoryAudit
                 * @instance
                 */
                InventoryAudit.prototype.possiblyLost = $util.emptyArray;

                /**
                 * InventoryAudit found.
                 * @member {Array.<Uint8Array>} found
                 * @memberof farmacy.fridge.v1.InventoryAudit
                 * @instance
                 */
                InventoryAudit.prototype.found = $util.emptyArray;

                /**
                 * Creates a new InventoryAudit instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.InventoryAudit
                 * @static
                 * @param {farmacy.fridge.v1.InventoryAudit.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.InventoryAudit} InventoryAudit instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.InventoryAudit.$Shape): farmacy.fridge.v1.InventoryAudit & farmacy.fridge.v1.InventoryAudit.$Shape;
                 *   (properties?: farmacy.fridge.v1.InventoryAudit.$Properties): farmacy.fridge.v1.InventoryAudit;
                 * }}
                 */
                InventoryAudit.create = function(properties) {
                    return new InventoryAudit(properties);
                };

                /**
                 * Encodes the specified InventoryAudit message. Does not implicitly {@link farmacy.fridge.v1.InventoryAudit.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.InventoryAudit
                 * @static
                 * @param {farmacy.fridge.v1.InventoryAudit.$Properties} message InventoryAudit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                InventoryAudit.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.possiblyLost != null && message.possiblyLost.length)
                        for (let i = 0; i < message.possiblyLost.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.possiblyLost[i]);
                    if (message.found != null && message.found.length)
                        for (let i = 0; i < message.found.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.found[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an InventoryAudit message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.InventoryAudit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.InventoryAudit & farmacy.fridge.v1.InventoryAudit.$Shape} InventoryAudit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                InventoryAudit.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.InventoryAudit();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.possiblyLost && message.possiblyLost.length))
                                    message.possiblyLost = [];
                                message.possiblyLost.push(reader.bytes());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.found && message.found.length))
                                    message.found = [];
                                message.found.push(reader.bytes());
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return InventoryAudit;
            })();

            v1.ControllerBooted = (function() {

                /**
                 * Properties of a ControllerBooted.
                 * @typedef {Object} farmacy.fridge.v1.ControllerBooted.$Properties
                 * @property {string|null} [firmwareVersion] ControllerBooted firmwareVersion
                 * @property {string|null} [controllerSerial] ControllerBooted controllerSerial
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ControllerBooted.
                 * @memberof farmacy.fridge.v1
                 * @interface IControllerBooted
                 * @augments farmacy.fridge.v1.ControllerBooted.$Properties
                 * @deprecated Use farmacy.fridge.v1.ControllerBooted.$Properties instead.
                 */

                /**
                 * Shape of a ControllerBooted.
                 * @typedef {farmacy.fridge.v1.ControllerBooted.$Properties} farmacy.fridge.v1.ControllerBooted.$Shape
                 */

                /**
                 * Constructs a new ControllerBooted.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a ControllerBooted.
                 * @constructor
                 * @param {farmacy.fridge.v1.ControllerBooted.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ControllerBooted = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ControllerBooted firmwareVersion.
                 * @member {string} firmwareVersion
                 * @memberof farmacy.fridge.v1.ControllerBooted
                 * @instance
                 */
                ControllerBooted.prototype.firmwareVersion = "";

                /**
                 * ControllerBooted controllerSerial.
                 * @member {string} controllerSerial
                 * @memberof farmacy.fridge.v1.ControllerBooted
                 * @instance
                 */
                ControllerBooted.prototype.controllerSerial = "";

                /**
                 * Creates a new ControllerBooted instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.ControllerBooted
                 * @static
                 * @param {farmacy.fridge.v1.ControllerBooted.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.ControllerBooted} ControllerBooted instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.ControllerBooted.$Shape): farmacy.fridge.v1.ControllerBooted & farmacy.fridge.v1.ControllerBooted.$Shape;
                 *   (properties?: farmacy.fridge.v1.ControllerBooted.$Properties): farmacy.fridge.v1.ControllerBooted;
                 * }}
                 */
                ControllerBooted.create = function(properties) {
                    return new ControllerBooted(properties);
                };

                /**
                 * Encodes the specified ControllerBooted message. Does not implicitly {@link farmacy.fridge.v1.ControllerBooted.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.ControllerBooted
                 * @static
                 * @param {farmacy.fridge.v1.ControllerBooted.$Properties} message ControllerBooted message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ControllerBooted.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.firmwareVersion);
                    if (message.controllerSerial != null && $Object.hasOwnProperty.call(message, "controllerSerial") && message.controllerSerial !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.controllerSerial);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ControllerBooted message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.ControllerBooted
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.ControllerBooted & farmacy.fridge.v1.ControllerBooted.$Shape} ControllerBooted
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ControllerBooted.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.ControllerBooted();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.firmwareVersion = value;
                                else
                                    delete message.firmwareVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.controllerSerial = value;
                                else
                                    delete message.controllerSerial;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ControllerBooted;
            })();

            v1.LinkStatus = (function() {

                /**
                 * Properties of a LinkStatus.
                 * @typedef {Object} farmacy.fridge.v1.LinkStatus.$Properties
                 * @property {farmacy.fridge.v1.LinkStatus.State|null} [state] LinkStatus state
                 * @property {string|null} [detail] LinkStatus detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LinkStatus.
                 * @memberof farmacy.fridge.v1
                 * @interface ILinkStatus
                 * @augments farmacy.fridge.v1.LinkStatus.$Properties
                 * @deprecated Use farmacy.fridge.v1.LinkStatus.$Properties instead.
                 */

                /**
                 * Shape of a LinkStatus.
                 * @typedef {farmacy.fridge.v1.LinkStatus.$Properties} farmacy.fridge.v1.LinkStatus.$Shape
                 */

                /**
                 * Constructs a new LinkStatus.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a LinkStatus.
                 * @constructor
                 * @param {farmacy.fridge.v1.LinkStatus.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LinkStatus = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LinkStatus state.
                 * @member {farmacy.fridge.v1.LinkStatus.State} state
                 * @memberof farmacy.fridge.v1.LinkStatus
                 * @instance
                 */
                LinkStatus.prototype.state = 0;

                /**
                 * LinkStatus detail.
                 * @member {string} detail
                 * @memberof farmacy.fridge.v1.LinkStatus
                 * @instance
                 */
                LinkStatus.prototype.detail = "";

                /**
                 * Creates a new LinkStatus instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.LinkStatus
                 * @static
                 * @param {farmacy.fridge.v1.LinkStatus.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.LinkStatus} LinkStatus instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.LinkStatus.$Shape): farmacy.fridge.v1.LinkStatus & farmacy.fridge.v1.LinkStatus.$Shape;
                 *   (properties?: farmacy.fridge.v1.LinkStatus.$Properties): farmacy.fridge.v1.LinkStatus;
                 * }}
                 */
                LinkStatus.create = function(properties) {
                    return new LinkStatus(properties);
                };

                /**
                 * Encodes the specified LinkStatus message. Does not implicitly {@link farmacy.fridge.v1.LinkStatus.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.LinkStatus
                 * @static
                 * @param {farmacy.fridge.v1.LinkStatus.$Properties} message LinkStatus message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LinkStatus.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.state);
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LinkStatus message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.LinkStatus
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.LinkStatus & farmacy.fridge.v1.LinkStatus.$Shape} LinkStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LinkStatus.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.LinkStatus();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.state = value;
                                else
                                    delete message.state;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.detail = value;
                                else
                                    delete message.detail;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * State enum.
                 * @name farmacy.fridge.v1.LinkStatus.State
                 * @enum {number}
                 * @property {number} STATE_UNSPECIFIED=0 STATE_UNSPECIFIED value
                 * @property {number} UP=1 UP value
                 * @property {number} DOWN=2 DOWN value
                 * @property {number} SILENT=3 SILENT value
                 */
                LinkStatus.State = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "STATE_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "UP"] = 1;
                    values[valuesById[2] = "DOWN"] = 2;
                    values[valuesById[3] = "SILENT"] = 3;
                    return values;
                })();

                return LinkStatus;
            })();

            v1.CompactionReport = (function() {

                /**
                 * Properties of a CompactionReport.
                 * @typedef {Object} farmacy.fridge.v1.CompactionReport.$Properties
                 * @property {number|null} [firstSeq] CompactionReport firstSeq
                 * @property {number|null} [lastSeq] CompactionReport lastSeq
                 * @property {number|null} [telemetryDropped] CompactionReport telemetryDropped
                 * @property {number|null} [doorSessionsDropped] CompactionReport doorSessionsDropped
                 * @property {number|null} [snapshotsDropped] CompactionReport snapshotsDropped
                 * @property {number|null} [auditsDropped] CompactionReport auditsDropped
                 * @property {number|null} [bytesFreed] CompactionReport bytesFreed
                 * @property {number|null} [coveredBySnapshotSeq] CompactionReport coveredBySnapshotSeq
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CompactionReport.
                 * @memberof farmacy.fridge.v1
                 * @interface ICompactionReport
                 * @augments farmacy.fridge.v1.CompactionReport.$Properties
                 * @deprecated Use farmacy.fridge.v1.CompactionReport.$Properties instead.
                 */

                /**
                 * Shape of a CompactionReport.
                 * @typedef {farmacy.fridge.v1.CompactionReport.$Properties} farmacy.fridge.v1.CompactionReport.$Shape
                 */

                /**
                 * Constructs a new CompactionReport.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a CompactionReport.
                 * @constructor
                 * @param {farmacy.fridge.v1.CompactionReport.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CompactionReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CompactionReport firstSeq.
                 * @member {number} firstSeq
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CompactionReport lastSeq.
                 * @member {number} lastSeq
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CompactionReport telemetryDropped.
                 * @member {number} telemetryDropped
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.telemetryDropped = 0;

                /**
                 * CompactionReport doorSessionsDropped.
                 * @member {number} doorSessionsDropped
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.doorSessionsDropped = 0;

                /**
                 * CompactionReport snapshotsDropped.
                 * @member {number} snapshotsDropped
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.snapshotsDropped = 0;

                /**
                 * CompactionReport auditsDropped.
                 * @member {number} auditsDropped
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.auditsDropped = 0;

                /**
                 * CompactionReport bytesFreed.
                 * @member {number} bytesFreed
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.bytesFreed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * CompactionReport coveredBySnapshotSeq.
                 * @member {number} coveredBySnapshotSeq
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @instance
                 */
                CompactionReport.prototype.coveredBySnapshotSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CompactionReport instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @static
                 * @param {farmacy.fridge.v1.CompactionReport.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.CompactionReport} CompactionReport instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.CompactionReport.$Shape): farmacy.fridge.v1.CompactionReport & farmacy.fridge.v1.CompactionReport.$Shape;
                 *   (properties?: farmacy.fridge.v1.CompactionReport.$Properties): farmacy.fridge.v1.CompactionReport;
                 * }}
                 */
                CompactionReport.create = function(properties) {
                    return new CompactionReport(properties);
                };

                /**
                 * Encodes the specified CompactionReport message. Does not implicitly {@link farmacy.fridge.v1.CompactionReport.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @static
                 * @param {farmacy.fridge.v1.CompactionReport.$Properties} message CompactionReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CompactionReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.firstSeq);
                    if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastSeq);
                    if (message.telemetryDropped != null && $Object.hasOwnProperty.call(message, "telemetryDropped") && message.telemetryDropped !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.telemetryDropped);
                    if (message.doorSessionsDropped != null && $Object.hasOwnProperty.call(message, "doorSessionsDropped") && message.doorSessionsDropped !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.doorSessionsDropped);
                    if (message.snapshotsDropped != null && $Object.hasOwnProperty.call(message, "snapshotsDropped") && message.snapshotsDropped !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.snapshotsDropped);
                    if (message.auditsDropped != null && $Object.hasOwnProperty.call(message, "auditsDropped") && message.auditsDropped !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.auditsDropped);
                    if (message.bytesFreed != null && $Object.hasOwnProperty.call(message, "bytesFreed") && (typeof message.bytesFreed === "object" ? message.bytesFreed.low || message.bytesFreed.high : message.bytesFreed !== 0))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.bytesFreed);
                    if (message.coveredBySnapshotSeq != null && $Object.hasOwnProperty.call(message, "coveredBySnapshotSeq") && (typeof message.coveredBySnapshotSeq === "object" ? message.coveredBySnapshotSeq.low || message.coveredBySnapshotSeq.high : message.coveredBySnapshotSeq !== 0))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.coveredBySnapshotSeq);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CompactionReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.CompactionReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.CompactionReport & farmacy.fridge.v1.CompactionReport.$Shape} CompactionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CompactionReport.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.CompactionReport();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.firstSeq = value;
                                else
                                    delete message.firstSeq;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.lastSeq = value;
                                else
                                    delete message.lastSeq;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.telemetryDropped = value;
                                else
                                    delete message.telemetryDropped;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.doorSessionsDropped = value;
                                else
                                    delete message.doorSessionsDropped;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.snapshotsDropped = value;
                                else
                                    delete message.snapshotsDropped;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.auditsDropped = value;
                                else
                                    delete message.auditsDropped;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bytesFreed = value;
                                else
                                    delete message.bytesFreed;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.coveredBySnapshotSeq = value;
                                else
                                    delete message.coveredBySnapshotSeq;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return CompactionReport;
            })();

            v1.OutboxReset = (function() {

                /**
                 * Properties of an OutboxReset.
                 * @typedef {Object} farmacy.fridge.v1.OutboxReset.$Properties
                 * @property {farmacy.fridge.v1.OutboxReset.Reason|null} [reason] OutboxReset reason
                 * @property {string|null} [movedAsideTo] OutboxReset movedAsideTo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OutboxReset.
                 * @memberof farmacy.fridge.v1
                 * @interface IOutboxReset
                 * @augments farmacy.fridge.v1.OutboxReset.$Properties
                 * @deprecated Use farmacy.fridge.v1.OutboxReset.$Properties instead.
                 */

                /**
                 * Shape of an OutboxReset.
                 * @typedef {farmacy.fridge.v1.OutboxReset.$Properties} farmacy.fridge.v1.OutboxReset.$Shape
                 */

                /**
                 * Constructs a new OutboxReset.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents an OutboxReset.
                 * @constructor
                 * @param {farmacy.fridge.v1.OutboxReset.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OutboxReset = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OutboxReset reason.
                 * @member {farmacy.fridge.v1.OutboxReset.Reason} reason
                 * @memberof farmacy.fridge.v1.OutboxReset
                 * @instance
                 */
                OutboxReset.prototype.reason = 0;

                /**
                 * OutboxReset movedAsideTo.
                 * @member {string} movedAsideTo
                 * @memberof farmacy.fridge.v1.OutboxReset
                 * @instance
                 */
                OutboxReset.prototype.movedAsideTo = "";

                /**
                 * Creates a new OutboxReset instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.OutboxReset
                 * @static
                 * @param {farmacy.fridge.v1.OutboxReset.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.OutboxReset} OutboxReset instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.OutboxReset.$Shape): farmacy.fridge.v1.OutboxReset & farmacy.fridge.v1.OutboxReset.$Shape;
                 *   (properties?: farmacy.fridge.v1.OutboxReset.$Properties): farmacy.fridge.v1.OutboxReset;
                 * }}
                 */
                OutboxReset.create = function(properties) {
                    return new OutboxReset(properties);
                };

                /**
                 * Encodes the specified OutboxReset message. Does not implicitly {@link farmacy.fridge.v1.OutboxReset.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.OutboxReset
                 * @static
                 * @param {farmacy.fridge.v1.OutboxReset.$Properties} message OutboxReset message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OutboxReset.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                    if (message.movedAsideTo != null && $Object.hasOwnProperty.call(message, "movedAsideTo") && message.movedAsideTo !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.movedAsideTo);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OutboxReset message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.OutboxReset
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.OutboxReset & farmacy.fridge.v1.OutboxReset.$Shape} OutboxReset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OutboxReset.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.OutboxReset();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.movedAsideTo = value;
                                else
                                    delete message.movedAsideTo;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Reason enum.
                 * @name farmacy.fridge.v1.OutboxReset.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} CREATED=1 CREATED value
                 * @property {number} CORRUPT_MOVED_ASIDE=2 CORRUPT_MOVED_ASIDE value
                 */
                OutboxReset.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "CREATED"] = 1;
                    values[valuesById[2] = "CORRUPT_MOVED_ASIDE"] = 2;
                    return values;
                })();

                return OutboxReset;
            })();

            v1.DoorUnlocked = (function() {

                /**
                 * Properties of a DoorUnlocked.
                 * @typedef {Object} farmacy.fridge.v1.DoorUnlocked.$Properties
                 * @property {string|null} [commandId] DoorUnlocked commandId
                 * @property {number|null} [seconds] DoorUnlocked seconds
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DoorUnlocked.
                 * @memberof farmacy.fridge.v1
                 * @interface IDoorUnlocked
                 * @augments farmacy.fridge.v1.DoorUnlocked.$Properties
                 * @deprecated Use farmacy.fridge.v1.DoorUnlocked.$Properties instead.
                 */

                /**
                 * Shape of a DoorUnlocked.
                 * @typedef {farmacy.fridge.v1.DoorUnlocked.$Properties} farmacy.fridge.v1.DoorUnlocked.$Shape
                 */

                /**
                 * Constructs a new DoorUnlocked.
                 * @memberof farmacy.fridge.v1
                 * @classdesc Represents a DoorUnlocked.
                 * @constructor
                 * @param {farmacy.fridge.v1.DoorUnlocked.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DoorUnlocked = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DoorUnlocked commandId.
                 * @member {string} commandId
                 * @memberof farmacy.fridge.v1.DoorUnlocked
                 * @instance
                 */
                DoorUnlocked.prototype.commandId = "";

                /**
                 * DoorUnlocked seconds.
                 * @member {number} seconds
                 * @memberof farmacy.fridge.v1.DoorUnlocked
                 * @instance
                 */
                DoorUnlocked.prototype.seconds = 0;

                /**
                 * Creates a new DoorUnlocked instance using the specified properties.
                 * @function create
                 * @memberof farmacy.fridge.v1.DoorUnlocked
                 * @static
                 * @param {farmacy.fridge.v1.DoorUnlocked.$Properties=} [properties] Properties to set
                 * @returns {farmacy.fridge.v1.DoorUnlocked} DoorUnlocked instance
                 * @type {{
                 *   (properties: farmacy.fridge.v1.DoorUnlocked.$Shape): farmacy.fridge.v1.DoorUnlocked & farmacy.fridge.v1.DoorUnlocked.$Shape;
                 *   (properties?: farmacy.fridge.v1.DoorUnlocked.$Properties): farmacy.fridge.v1.DoorUnlocked;
                 * }}
                 */
                DoorUnlocked.create = function(properties) {
                    return new DoorUnlocked(properties);
                };

                /**
                 * Encodes the specified DoorUnlocked message. Does not implicitly {@link farmacy.fridge.v1.DoorUnlocked.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.fridge.v1.DoorUnlocked
                 * @static
                 * @param {farmacy.fridge.v1.DoorUnlocked.$Properties} message DoorUnlocked message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DoorUnlocked.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                    if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && message.seconds !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seconds);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DoorUnlocked message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.fridge.v1.DoorUnlocked
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.fridge.v1.DoorUnlocked & farmacy.fridge.v1.DoorUnlocked.$Shape} DoorUnlocked
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DoorUnlocked.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.farmacy.fridge.v1.DoorUnlocked();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.commandId = value;
                                else
                                    delete message.commandId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.seconds = value;
                                else
                                    delete message.seconds;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return DoorUnlocked;
            })();

            return v1;
        })();

        return fridge;
    })();

    return farmacy;
})();

export {
  $root as default
};
