/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["feed"] || ($protobuf.roots["feed"] = {});

export const farmacy = $root.farmacy = (() => {

    /**
     * Namespace farmacy.
     * @exports farmacy
     * @namespace
     */
    const farmacy = {};

    farmacy.feed = (function() {

        /**
         * Namespace feed.
         * @memberof farmacy
         * @namespace
         */
        const feed = {};

        feed.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof farmacy.feed
             * @namespace
             */
            const v1 = {};

            v1.ClientMessage = (function() {

                /**
                 * Properties of a ClientMessage.
                 * @typedef {Object} farmacy.feed.v1.ClientMessage.$Properties
                 * @property {string|null} [requestId] ClientMessage requestId
                 * @property {farmacy.feed.v1.Subscribe.$Properties|null} [subscribe] ClientMessage subscribe
                 * @property {farmacy.feed.v1.Unsubscribe.$Properties|null} [unsubscribe] ClientMessage unsubscribe
                 * @property {farmacy.feed.v1.Ping.$Properties|null} [ping] ClientMessage ping
                 * @property {"subscribe"|"unsubscribe"|"ping"} [body] ClientMessage body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ClientMessage.
                 * @memberof farmacy.feed.v1
                 * @interface IClientMessage
                 * @augments farmacy.feed.v1.ClientMessage.$Properties
                 * @deprecated Use farmacy.feed.v1.ClientMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ClientMessage.
                 * @typedef {{
                 *   requestId?: string|null;
                 *   subscribe?: farmacy.feed.v1.Subscribe.$Shape|null;
                 *   unsubscribe?: farmacy.feed.v1.Unsubscribe.$Shape|null;
                 *   ping?: farmacy.feed.v1.Ping.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; subscribe?: null; unsubscribe?: null; ping?: null }|{ body?: "subscribe"; subscribe: farmacy.feed.v1.Subscribe.$Shape; unsubscribe?: null; ping?: null }|{ body?: "unsubscribe"; subscribe?: null; unsubscribe: farmacy.feed.v1.Unsubscribe.$Shape; ping?: null }|{ body?: "ping"; subscribe?: null; unsubscribe?: null; ping: farmacy.feed.v1.Ping.$Shape })
                 * )} farmacy.feed.v1.ClientMessage.$Shape
                 */

                /**
                 * Constructs a new ClientMessage.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a ClientMessage.
                 * @constructor
                 * @param {farmacy.feed.v1.ClientMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ClientMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ClientMessage requestId.
                 * @member {string} requestId
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @instance
                 */
                ClientMessage.prototype.requestId = "";

                /**
                 * ClientMessage subscribe.
                 * @member {farmacy.feed.v1.Subscribe.$Properties|null|undefined} subscribe
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @instance
                 */
                ClientMessage.prototype.subscribe = null;

                /**
                 * ClientMessage unsubscribe.
                 * @member {farmacy.feed.v1.Unsubscribe.$Properties|null|undefined} unsubscribe
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @instance
                 */
                ClientMessage.prototype.unsubscribe = null;

                /**
                 * ClientMessage ping.
                 * @member {farmacy.feed.v1.Ping.$Properties|null|undefined} ping
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @instance
                 */
                ClientMessage.prototype.ping = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ClientMessage body.
                 * @member {"subscribe"|"unsubscribe"|"ping"|undefined} body
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @instance
                 */
                $Object.defineProperty(ClientMessage.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["subscribe", "unsubscribe", "ping"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ClientMessage instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @static
                 * @param {farmacy.feed.v1.ClientMessage.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.ClientMessage} ClientMessage instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.ClientMessage.$Shape): farmacy.feed.v1.ClientMessage & farmacy.feed.v1.ClientMessage.$Shape;
                 *   (properties?: farmacy.feed.v1.ClientMessage.$Properties): farmacy.feed.v1.ClientMessage;
                 * }}
                 */
                ClientMessage.create = function(properties) {
                    return new ClientMessage(properties);
                };

                /**
                 * Encodes the specified ClientMessage message. Does not implicitly {@link farmacy.feed.v1.ClientMessage.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @static
                 * @param {farmacy.feed.v1.ClientMessage.$Properties} message ClientMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ClientMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                        $root.farmacy.feed.v1.Subscribe.encode(message.subscribe, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                        $root.farmacy.feed.v1.Unsubscribe.encode(message.unsubscribe, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.ping != null && $Object.hasOwnProperty.call(message, "ping"))
                        $root.farmacy.feed.v1.Ping.encode(message.ping, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ClientMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.ClientMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.ClientMessage & farmacy.feed.v1.ClientMessage.$Shape} ClientMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ClientMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.ClientMessage();
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
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.subscribe = $root.farmacy.feed.v1.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                                message.body = "subscribe";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.unsubscribe = $root.farmacy.feed.v1.Unsubscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribe);
                                message.body = "unsubscribe";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.ping = $root.farmacy.feed.v1.Ping.decode(reader, reader.size(), $undefined, _depth + 1, message.ping);
                                message.body = "ping";
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

                return ClientMessage;
            })();

            v1.Subscribe = (function() {

                /**
                 * Properties of a Subscribe.
                 * @typedef {Object} farmacy.feed.v1.Subscribe.$Properties
                 * @property {Array.<string>|null} [districts] Subscribe districts
                 * @property {Array.<farmacy.feed.v1.Area.$Properties>|null} [areas] Subscribe areas
                 * @property {boolean|null} [allDistricts] Subscribe allDistricts
                 * @property {string|null} [adminToken] Subscribe adminToken
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [resumeFrom] Subscribe resumeFrom
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Subscribe.
                 * @memberof farmacy.feed.v1
                 * @interface ISubscribe
                 * @augments farmacy.feed.v1.Subscribe.$Properties
                 * @deprecated Use farmacy.feed.v1.Subscribe.$Properties instead.
                 */

                /**
                 * Shape of a Subscribe.
                 * @typedef {farmacy.feed.v1.Subscribe.$Properties} farmacy.feed.v1.Subscribe.$Shape
                 */

                /**
                 * Constructs a new Subscribe.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Subscribe.
                 * @constructor
                 * @param {farmacy.feed.v1.Subscribe.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Subscribe = function (properties) {
                    this.districts = [];
                    this.areas = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Subscribe districts.
                 * @member {Array.<string>} districts
                 * @memberof farmacy.feed.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.districts = $util.emptyArray;

                /**
                 * Subscribe areas.
                 * @member {Array.<farmacy.feed.v1.Area.$Properties>} areas
                 * @memberof farmacy.feed.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.areas = $util.emptyArray;

                /**
                 * Subscribe allDistricts.
                 * @member {boolean} allDistricts
                 * @memberof farmacy.feed.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.allDistricts = false;

                /**
                 * Subscribe adminToken.
                 * @member {string} adminToken
                 * @memberof farmacy.feed.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.adminToken = "";

                /**
                 * Subscribe resumeFrom.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} resumeFrom
                 * @memberof farmacy.feed.v1.Subscribe
                 * @instance
                 */
                Subscribe.prototype.resumeFrom = null;

                /**
                 * Creates a new Subscribe instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Subscribe
                 * @static
                 * @param {farmacy.feed.v1.Subscribe.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Subscribe} Subscribe instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Subscribe.$Shape): farmacy.feed.v1.Subscribe & farmacy.feed.v1.Subscribe.$Shape;
                 *   (properties?: farmacy.feed.v1.Subscribe.$Properties): farmacy.feed.v1.Subscribe;
                 * }}
                 */
                Subscribe.create = function(properties) {
                    return new Subscribe(properties);
                };

                /**
                 * Encodes the specified Subscribe message. Does not implicitly {@link farmacy.feed.v1.Subscribe.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Subscribe
                 * @static
                 * @param {farmacy.feed.v1.Subscribe.$Properties} message Subscribe message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Subscribe.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.districts != null && message.districts.length)
                        for (let i = 0; i < message.districts.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.districts[i]);
                    if (message.areas != null && message.areas.length)
                        for (let i = 0; i < message.areas.length; ++i)
                            $root.farmacy.feed.v1.Area.encode(message.areas[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.allDistricts != null && $Object.hasOwnProperty.call(message, "allDistricts") && message.allDistricts !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.allDistricts);
                    if (message.adminToken != null && $Object.hasOwnProperty.call(message, "adminToken") && message.adminToken !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.adminToken);
                    if (message.resumeFrom != null && $Object.hasOwnProperty.call(message, "resumeFrom"))
                        $root.farmacy.feed.v1.Cursor.encode(message.resumeFrom, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Subscribe message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Subscribe
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Subscribe & farmacy.feed.v1.Subscribe.$Shape} Subscribe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Subscribe.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Subscribe();
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
                                if (!(message.districts && message.districts.length))
                                    message.districts = [];
                                message.districts.push(reader.stringVerify());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.areas && message.areas.length))
                                    message.areas = [];
                                message.areas.push($root.farmacy.feed.v1.Area.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.allDistricts = value;
                                else
                                    delete message.allDistricts;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.adminToken = value;
                                else
                                    delete message.adminToken;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.resumeFrom = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.resumeFrom);
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

                return Subscribe;
            })();

            v1.Area = (function() {

                /**
                 * Properties of an Area.
                 * @typedef {Object} farmacy.feed.v1.Area.$Properties
                 * @property {number|null} [lat] Area lat
                 * @property {number|null} [lon] Area lon
                 * @property {number|null} [radiusM] Area radiusM
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Area.
                 * @memberof farmacy.feed.v1
                 * @interface IArea
                 * @augments farmacy.feed.v1.Area.$Properties
                 * @deprecated Use farmacy.feed.v1.Area.$Properties instead.
                 */

                /**
                 * Shape of an Area.
                 * @typedef {farmacy.feed.v1.Area.$Properties} farmacy.feed.v1.Area.$Shape
                 */

                /**
                 * Constructs a new Area.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents an Area.
                 * @constructor
                 * @param {farmacy.feed.v1.Area.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Area = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Area lat.
                 * @member {number} lat
                 * @memberof farmacy.feed.v1.Area
                 * @instance
                 */
                Area.prototype.lat = 0;

                /**
                 * Area lon.
                 * @member {number} lon
                 * @memberof farmacy.feed.v1.Area
                 * @instance
                 */
                Area.prototype.lon = 0;

                /**
                 * Area radiusM.
                 * @member {number} radiusM
                 * @memberof farmacy.feed.v1.Area
                 * @instance
                 */
                Area.prototype.radiusM = 0;

                /**
                 * Creates a new Area instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Area
                 * @static
                 * @param {farmacy.feed.v1.Area.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Area} Area instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Area.$Shape): farmacy.feed.v1.Area & farmacy.feed.v1.Area.$Shape;
                 *   (properties?: farmacy.feed.v1.Area.$Properties): farmacy.feed.v1.Area;
                 * }}
                 */
                Area.create = function(properties) {
                    return new Area(properties);
                };

                /**
                 * Encodes the specified Area message. Does not implicitly {@link farmacy.feed.v1.Area.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Area
                 * @static
                 * @param {farmacy.feed.v1.Area.$Properties} message Area message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Area.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                        writer.uint32(/* id 1, wireType 1 =*/9).double(message.lat);
                    if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                        writer.uint32(/* id 2, wireType 1 =*/17).double(message.lon);
                    if (message.radiusM != null && $Object.hasOwnProperty.call(message, "radiusM") && !$Object.is(message.radiusM, 0))
                        writer.uint32(/* id 3, wireType 1 =*/25).double(message.radiusM);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Area message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Area
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Area & farmacy.feed.v1.Area.$Shape} Area
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Area.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Area();
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
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lat = value;
                                else
                                    delete message.lat;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lon = value;
                                else
                                    delete message.lon;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.radiusM = value;
                                else
                                    delete message.radiusM;
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

                return Area;
            })();

            v1.Unsubscribe = (function() {

                /**
                 * Properties of an Unsubscribe.
                 * @typedef {Object} farmacy.feed.v1.Unsubscribe.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Unsubscribe.
                 * @memberof farmacy.feed.v1
                 * @interface IUnsubscribe
                 * @augments farmacy.feed.v1.Unsubscribe.$Properties
                 * @deprecated Use farmacy.feed.v1.Unsubscribe.$Properties instead.
                 */

                /**
                 * Shape of an Unsubscribe.
                 * @typedef {farmacy.feed.v1.Unsubscribe.$Properties} farmacy.feed.v1.Unsubscribe.$Shape
                 */

                /**
                 * Constructs a new Unsubscribe.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents an Unsubscribe.
                 * @constructor
                 * @param {farmacy.feed.v1.Unsubscribe.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Unsubscribe = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Unsubscribe instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Unsubscribe
                 * @static
                 * @param {farmacy.feed.v1.Unsubscribe.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Unsubscribe} Unsubscribe instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Unsubscribe.$Shape): farmacy.feed.v1.Unsubscribe & farmacy.feed.v1.Unsubscribe.$Shape;
                 *   (properties?: farmacy.feed.v1.Unsubscribe.$Properties): farmacy.feed.v1.Unsubscribe;
                 * }}
                 */
                Unsubscribe.create = function(properties) {
                    return new Unsubscribe(properties);
                };

                /**
                 * Encodes the specified Unsubscribe message. Does not implicitly {@link farmacy.feed.v1.Unsubscribe.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Unsubscribe
                 * @static
                 * @param {farmacy.feed.v1.Unsubscribe.$Properties} message Unsubscribe message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unsubscribe.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Unsubscribe message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Unsubscribe
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Unsubscribe & farmacy.feed.v1.Unsubscribe.$Shape} Unsubscribe
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unsubscribe.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Unsubscribe();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return Unsubscribe;
            })();

            v1.Ping = (function() {

                /**
                 * Properties of a Ping.
                 * @typedef {Object} farmacy.feed.v1.Ping.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Ping.
                 * @memberof farmacy.feed.v1
                 * @interface IPing
                 * @augments farmacy.feed.v1.Ping.$Properties
                 * @deprecated Use farmacy.feed.v1.Ping.$Properties instead.
                 */

                /**
                 * Shape of a Ping.
                 * @typedef {farmacy.feed.v1.Ping.$Properties} farmacy.feed.v1.Ping.$Shape
                 */

                /**
                 * Constructs a new Ping.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Ping.
                 * @constructor
                 * @param {farmacy.feed.v1.Ping.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Ping = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new Ping instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Ping
                 * @static
                 * @param {farmacy.feed.v1.Ping.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Ping} Ping instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Ping.$Shape): farmacy.feed.v1.Ping & farmacy.feed.v1.Ping.$Shape;
                 *   (properties?: farmacy.feed.v1.Ping.$Properties): farmacy.feed.v1.Ping;
                 * }}
                 */
                Ping.create = function(properties) {
                    return new Ping(properties);
                };

                /**
                 * Encodes the specified Ping message. Does not implicitly {@link farmacy.feed.v1.Ping.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Ping
                 * @static
                 * @param {farmacy.feed.v1.Ping.$Properties} message Ping message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Ping.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Ping message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Ping
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Ping & farmacy.feed.v1.Ping.$Shape} Ping
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Ping.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Ping();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return Ping;
            })();

            v1.ServerMessage = (function() {

                /**
                 * Properties of a ServerMessage.
                 * @typedef {Object} farmacy.feed.v1.ServerMessage.$Properties
                 * @property {string|null} [requestId] ServerMessage requestId
                 * @property {farmacy.feed.v1.Welcome.$Properties|null} [welcome] ServerMessage welcome
                 * @property {farmacy.feed.v1.Snapshot.$Properties|null} [snapshot] ServerMessage snapshot
                 * @property {farmacy.feed.v1.Event.$Properties|null} [event] ServerMessage event
                 * @property {farmacy.feed.v1.Resumed.$Properties|null} [resumed] ServerMessage resumed
                 * @property {farmacy.feed.v1.Resync.$Properties|null} [resync] ServerMessage resync
                 * @property {farmacy.feed.v1.ErrorReply.$Properties|null} [error] ServerMessage error
                 * @property {farmacy.feed.v1.Pong.$Properties|null} [pong] ServerMessage pong
                 * @property {farmacy.feed.v1.Unsubscribed.$Properties|null} [unsubscribed] ServerMessage unsubscribed
                 * @property {farmacy.feed.v1.Events.$Properties|null} [events] ServerMessage events
                 * @property {"welcome"|"snapshot"|"event"|"resumed"|"resync"|"error"|"pong"|"unsubscribed"|"events"} [body] ServerMessage body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ServerMessage.
                 * @memberof farmacy.feed.v1
                 * @interface IServerMessage
                 * @augments farmacy.feed.v1.ServerMessage.$Properties
                 * @deprecated Use farmacy.feed.v1.ServerMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a ServerMessage.
                 * @typedef {{
                 *   requestId?: string|null;
                 *   welcome?: farmacy.feed.v1.Welcome.$Shape|null;
                 *   snapshot?: farmacy.feed.v1.Snapshot.$Shape|null;
                 *   event?: farmacy.feed.v1.Event.$Shape|null;
                 *   resumed?: farmacy.feed.v1.Resumed.$Shape|null;
                 *   resync?: farmacy.feed.v1.Resync.$Shape|null;
                 *   error?: farmacy.feed.v1.ErrorReply.$Shape|null;
                 *   pong?: farmacy.feed.v1.Pong.$Shape|null;
                 *   unsubscribed?: farmacy.feed.v1.Unsubscribed.$Shape|null;
                 *   events?: farmacy.feed.v1.Events.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "welcome"; welcome: farmacy.feed.v1.Welcome.$Shape; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "snapshot"; welcome?: null; snapshot: farmacy.feed.v1.Snapshot.$Shape; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "event"; welcome?: null; snapshot?: null; event: farmacy.feed.v1.Event.$Shape; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "resumed"; welcome?: null; snapshot?: null; event?: null; resumed: farmacy.feed.v1.Resumed.$Shape; resync?: null; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "resync"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync: farmacy.feed.v1.Resync.$Shape; error?: null; pong?: null; unsubscribed?: null; events?: null }|{ body?: "error"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error: farmacy.feed.v1.ErrorReply.$Shape; pong?: null; unsubscribed?: null; events?: null }|{ body?: "pong"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong: farmacy.feed.v1.Pong.$Shape; unsubscribed?: null; events?: null }|{ body?: "unsubscribed"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed: farmacy.feed.v1.Unsubscribed.$Shape; events?: null }|{ body?: "events"; welcome?: null; snapshot?: null; event?: null; resumed?: null; resync?: null; error?: null; pong?: null; unsubscribed?: null; events: farmacy.feed.v1.Events.$Shape })
                 * )} farmacy.feed.v1.ServerMessage.$Shape
                 */

                /**
                 * Constructs a new ServerMessage.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a ServerMessage.
                 * @constructor
                 * @param {farmacy.feed.v1.ServerMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ServerMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ServerMessage requestId.
                 * @member {string} requestId
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.requestId = "";

                /**
                 * ServerMessage welcome.
                 * @member {farmacy.feed.v1.Welcome.$Properties|null|undefined} welcome
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.welcome = null;

                /**
                 * ServerMessage snapshot.
                 * @member {farmacy.feed.v1.Snapshot.$Properties|null|undefined} snapshot
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.snapshot = null;

                /**
                 * ServerMessage event.
                 * @member {farmacy.feed.v1.Event.$Properties|null|undefined} event
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.event = null;

                /**
                 * ServerMessage resumed.
                 * @member {farmacy.feed.v1.Resumed.$Properties|null|undefined} resumed
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.resumed = null;

                /**
                 * ServerMessage resync.
                 * @member {farmacy.feed.v1.Resync.$Properties|null|undefined} resync
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.resync = null;

                /**
                 * ServerMessage error.
                 * @member {farmacy.feed.v1.ErrorReply.$Properties|null|undefined} error
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.error = null;

                /**
                 * ServerMessage pong.
                 * @member {farmacy.feed.v1.Pong.$Properties|null|undefined} pong
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.pong = null;

                /**
                 * ServerMessage unsubscribed.
                 * @member {farmacy.feed.v1.Unsubscribed.$Properties|null|undefined} unsubscribed
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.unsubscribed = null;

                /**
                 * ServerMessage events.
                 * @member {farmacy.feed.v1.Events.$Properties|null|undefined} events
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                ServerMessage.prototype.events = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * ServerMessage body.
                 * @member {"welcome"|"snapshot"|"event"|"resumed"|"resync"|"error"|"pong"|"unsubscribed"|"events"|undefined} body
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @instance
                 */
                $Object.defineProperty(ServerMessage.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["welcome", "snapshot", "event", "resumed", "resync", "error", "pong", "unsubscribed", "events"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new ServerMessage instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @static
                 * @param {farmacy.feed.v1.ServerMessage.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.ServerMessage} ServerMessage instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.ServerMessage.$Shape): farmacy.feed.v1.ServerMessage & farmacy.feed.v1.ServerMessage.$Shape;
                 *   (properties?: farmacy.feed.v1.ServerMessage.$Properties): farmacy.feed.v1.ServerMessage;
                 * }}
                 */
                ServerMessage.create = function(properties) {
                    return new ServerMessage(properties);
                };

                /**
                 * Encodes the specified ServerMessage message. Does not implicitly {@link farmacy.feed.v1.ServerMessage.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @static
                 * @param {farmacy.feed.v1.ServerMessage.$Properties} message ServerMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServerMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                    if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                        $root.farmacy.feed.v1.Welcome.encode(message.welcome, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                        $root.farmacy.feed.v1.Snapshot.encode(message.snapshot, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                        $root.farmacy.feed.v1.Event.encode(message.event, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.resumed != null && $Object.hasOwnProperty.call(message, "resumed"))
                        $root.farmacy.feed.v1.Resumed.encode(message.resumed, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.resync != null && $Object.hasOwnProperty.call(message, "resync"))
                        $root.farmacy.feed.v1.Resync.encode(message.resync, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        $root.farmacy.feed.v1.ErrorReply.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.pong != null && $Object.hasOwnProperty.call(message, "pong"))
                        $root.farmacy.feed.v1.Pong.encode(message.pong, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.unsubscribed != null && $Object.hasOwnProperty.call(message, "unsubscribed"))
                        $root.farmacy.feed.v1.Unsubscribed.encode(message.unsubscribed, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                        $root.farmacy.feed.v1.Events.encode(message.events, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ServerMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.ServerMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.ServerMessage & farmacy.feed.v1.ServerMessage.$Shape} ServerMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServerMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.ServerMessage();
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
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.welcome = $root.farmacy.feed.v1.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                                message.body = "welcome";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.snapshot = $root.farmacy.feed.v1.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                                message.body = "snapshot";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.event = $root.farmacy.feed.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                                message.body = "event";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.resumed = $root.farmacy.feed.v1.Resumed.decode(reader, reader.size(), $undefined, _depth + 1, message.resumed);
                                message.body = "resumed";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.resync = $root.farmacy.feed.v1.Resync.decode(reader, reader.size(), $undefined, _depth + 1, message.resync);
                                message.body = "resync";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.error = $root.farmacy.feed.v1.ErrorReply.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                                message.body = "error";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.pong = $root.farmacy.feed.v1.Pong.decode(reader, reader.size(), $undefined, _depth + 1, message.pong);
                                message.body = "pong";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.unsubscribed = $root.farmacy.feed.v1.Unsubscribed.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribed);
                                message.body = "unsubscribed";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.events = $root.farmacy.feed.v1.Events.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                                message.body = "events";
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

                return ServerMessage;
            })();

            v1.Cursor = (function() {

                /**
                 * Properties of a Cursor.
                 * @typedef {Object} farmacy.feed.v1.Cursor.$Properties
                 * @property {string|null} [epoch] Cursor epoch
                 * @property {number|null} [position] Cursor position
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Cursor.
                 * @memberof farmacy.feed.v1
                 * @interface ICursor
                 * @augments farmacy.feed.v1.Cursor.$Properties
                 * @deprecated Use farmacy.feed.v1.Cursor.$Properties instead.
                 */

                /**
                 * Shape of a Cursor.
                 * @typedef {farmacy.feed.v1.Cursor.$Properties} farmacy.feed.v1.Cursor.$Shape
                 */

                /**
                 * Constructs a new Cursor.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Cursor.
                 * @constructor
                 * @param {farmacy.feed.v1.Cursor.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Cursor = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Cursor epoch.
                 * @member {string} epoch
                 * @memberof farmacy.feed.v1.Cursor
                 * @instance
                 */
                Cursor.prototype.epoch = "";

                /**
                 * Cursor position.
                 * @member {number} position
                 * @memberof farmacy.feed.v1.Cursor
                 * @instance
                 */
                Cursor.prototype.position = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Cursor instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Cursor
                 * @static
                 * @param {farmacy.feed.v1.Cursor.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Cursor} Cursor instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Cursor.$Shape): farmacy.feed.v1.Cursor & farmacy.feed.v1.Cursor.$Shape;
                 *   (properties?: farmacy.feed.v1.Cursor.$Properties): farmacy.feed.v1.Cursor;
                 * }}
                 */
                Cursor.create = function(properties) {
                    return new Cursor(properties);
                };

                /**
                 * Encodes the specified Cursor message. Does not implicitly {@link farmacy.feed.v1.Cursor.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Cursor
                 * @static
                 * @param {farmacy.feed.v1.Cursor.$Properties} message Cursor message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Cursor.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.position);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Cursor message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Cursor
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Cursor & farmacy.feed.v1.Cursor.$Shape} Cursor
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Cursor.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Cursor();
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
                                    message.position = value;
                                else
                                    delete message.position;
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

                return Cursor;
            })();

            v1.Welcome = (function() {

                /**
                 * Properties of a Welcome.
                 * @typedef {Object} farmacy.feed.v1.Welcome.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Welcome cursor
                 * @property {string|null} [encoding] Welcome encoding
                 * @property {number|null} [maxMessageBytes] Welcome maxMessageBytes
                 * @property {number|null} [maxSubscriptions] Welcome maxSubscriptions
                 * @property {number|null} [heartbeatMs] Welcome heartbeatMs
                 * @property {number|null} [maxResumeEvents] Welcome maxResumeEvents
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Welcome.
                 * @memberof farmacy.feed.v1
                 * @interface IWelcome
                 * @augments farmacy.feed.v1.Welcome.$Properties
                 * @deprecated Use farmacy.feed.v1.Welcome.$Properties instead.
                 */

                /**
                 * Shape of a Welcome.
                 * @typedef {farmacy.feed.v1.Welcome.$Properties} farmacy.feed.v1.Welcome.$Shape
                 */

                /**
                 * Constructs a new Welcome.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Welcome.
                 * @constructor
                 * @param {farmacy.feed.v1.Welcome.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Welcome = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Welcome cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.cursor = null;

                /**
                 * Welcome encoding.
                 * @member {string} encoding
                 * @memberof farmacy.feed.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.encoding = "";

                /**
                 * Welcome maxMessageBytes.
                 * @member {number} maxMessageBytes
                 * @memberof farmacy.feed.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.maxMessageBytes = 0;

                /**
                 * Welcome maxSubscriptions.
                 * @member {number} maxSubscriptions
                 * @memberof farmacy.feed.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.maxSubscriptions = 0;

                /**
                 * Welcome heartbeatMs.
                 * @member {number} heartbeatMs
                 * @memberof farmacy.feed.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.heartbeatMs = 0;

                /**
                 * Welcome maxResumeEvents.
                 * @member {number} maxResumeEvents
                 * @memberof farmacy.feed.v1.Welcome
                 * @instance
                 */
                Welcome.prototype.maxResumeEvents = 0;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Welcome
                 * @static
                 * @param {farmacy.feed.v1.Welcome.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Welcome} Welcome instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Welcome.$Shape): farmacy.feed.v1.Welcome & farmacy.feed.v1.Welcome.$Shape;
                 *   (properties?: farmacy.feed.v1.Welcome.$Properties): farmacy.feed.v1.Welcome;
                 * }}
                 */
                Welcome.create = function(properties) {
                    return new Welcome(properties);
                };

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link farmacy.feed.v1.Welcome.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Welcome
                 * @static
                 * @param {farmacy.feed.v1.Welcome.$Properties} message Welcome message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Welcome.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.encoding);
                    if (message.maxMessageBytes != null && $Object.hasOwnProperty.call(message, "maxMessageBytes") && message.maxMessageBytes !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxMessageBytes);
                    if (message.maxSubscriptions != null && $Object.hasOwnProperty.call(message, "maxSubscriptions") && message.maxSubscriptions !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxSubscriptions);
                    if (message.heartbeatMs != null && $Object.hasOwnProperty.call(message, "heartbeatMs") && message.heartbeatMs !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.heartbeatMs);
                    if (message.maxResumeEvents != null && $Object.hasOwnProperty.call(message, "maxResumeEvents") && message.maxResumeEvents !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxResumeEvents);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Welcome
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Welcome & farmacy.feed.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Welcome.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Welcome();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.encoding = value;
                                else
                                    delete message.encoding;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxMessageBytes = value;
                                else
                                    delete message.maxMessageBytes;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxSubscriptions = value;
                                else
                                    delete message.maxSubscriptions;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.heartbeatMs = value;
                                else
                                    delete message.heartbeatMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.maxResumeEvents = value;
                                else
                                    delete message.maxResumeEvents;
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

                return Welcome;
            })();

            v1.Snapshot = (function() {

                /**
                 * Properties of a Snapshot.
                 * @typedef {Object} farmacy.feed.v1.Snapshot.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Snapshot cursor
                 * @property {Array.<farmacy.feed.v1.FridgeState.$Properties>|null} [fridges] Snapshot fridges
                 * @property {Array.<string>|null} [districts] Snapshot districts
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Snapshot.
                 * @memberof farmacy.feed.v1
                 * @interface ISnapshot
                 * @augments farmacy.feed.v1.Snapshot.$Properties
                 * @deprecated Use farmacy.feed.v1.Snapshot.$Properties instead.
                 */

                /**
                 * Shape of a Snapshot.
                 * @typedef {farmacy.feed.v1.Snapshot.$Properties} farmacy.feed.v1.Snapshot.$Shape
                 */

                /**
                 * Constructs a new Snapshot.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Snapshot.
                 * @constructor
                 * @param {farmacy.feed.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Snapshot = function (properties) {
                    this.fridges = [];
                    this.districts = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Snapshot cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.cursor = null;

                /**
                 * Snapshot fridges.
                 * @member {Array.<farmacy.feed.v1.FridgeState.$Properties>} fridges
                 * @memberof farmacy.feed.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.fridges = $util.emptyArray;

                /**
                 * Snapshot districts.
                 * @member {Array.<string>} districts
                 * @memberof farmacy.feed.v1.Snapshot
                 * @instance
                 */
                Snapshot.prototype.districts = $util.emptyArray;

                /**
                 * Creates a new Snapshot instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Snapshot
                 * @static
                 * @param {farmacy.feed.v1.Snapshot.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Snapshot} Snapshot instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Snapshot.$Shape): farmacy.feed.v1.Snapshot & farmacy.feed.v1.Snapshot.$Shape;
                 *   (properties?: farmacy.feed.v1.Snapshot.$Properties): farmacy.feed.v1.Snapshot;
                 * }}
                 */
                Snapshot.create = function(properties) {
                    return new Snapshot(properties);
                };

                /**
                 * Encodes the specified Snapshot message. Does not implicitly {@link farmacy.feed.v1.Snapshot.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Snapshot
                 * @static
                 * @param {farmacy.feed.v1.Snapshot.$Properties} message Snapshot message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Snapshot.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.fridges != null && message.fridges.length)
                        for (let i = 0; i < message.fridges.length; ++i)
                            $root.farmacy.feed.v1.FridgeState.encode(message.fridges[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.districts != null && message.districts.length)
                        for (let i = 0; i < message.districts.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.districts[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Snapshot message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Snapshot
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Snapshot & farmacy.feed.v1.Snapshot.$Shape} Snapshot
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Snapshot.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Snapshot();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.fridges && message.fridges.length))
                                    message.fridges = [];
                                message.fridges.push($root.farmacy.feed.v1.FridgeState.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.districts && message.districts.length))
                                    message.districts = [];
                                message.districts.push(reader.stringVerify());
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

                return Snapshot;
            })();

            v1.FridgeState = (function() {

                /**
                 * Properties of a FridgeState.
                 * @typedef {Object} farmacy.feed.v1.FridgeState.$Properties
                 * @property {string|null} [fridgeId] FridgeState fridgeId
                 * @property {string|null} [district] FridgeState district
                 * @property {string|null} [name] FridgeState name
                 * @property {number|null} [lat] FridgeState lat
                 * @property {number|null} [lon] FridgeState lon
                 * @property {boolean|null} [online] FridgeState online
                 * @property {boolean|null} [stale] FridgeState stale
                 * @property {Array.<farmacy.feed.v1.MealStock.$Properties>|null} [stock] FridgeState stock
                 * @property {Array.<farmacy.feed.v1.SensorTemperature.$Properties>|null} [temperatures] FridgeState temperatures
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FridgeState.
                 * @memberof farmacy.feed.v1
                 * @interface IFridgeState
                 * @augments farmacy.feed.v1.FridgeState.$Properties
                 * @deprecated Use farmacy.feed.v1.FridgeState.$Properties instead.
                 */

                /**
                 * Shape of a FridgeState.
                 * @typedef {farmacy.feed.v1.FridgeState.$Properties} farmacy.feed.v1.FridgeState.$Shape
                 */

                /**
                 * Constructs a new FridgeState.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a FridgeState.
                 * @constructor
                 * @param {farmacy.feed.v1.FridgeState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FridgeState = function (properties) {
                    this.stock = [];
                    this.temperatures = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FridgeState fridgeId.
                 * @member {string} fridgeId
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.fridgeId = "";

                /**
                 * FridgeState district.
                 * @member {string} district
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.district = "";

                /**
                 * FridgeState name.
                 * @member {string} name
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.name = "";

                /**
                 * FridgeState lat.
                 * @member {number} lat
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.lat = 0;

                /**
                 * FridgeState lon.
                 * @member {number} lon
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.lon = 0;

                /**
                 * FridgeState online.
                 * @member {boolean} online
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.online = false;

                /**
                 * FridgeState stale.
                 * @member {boolean} stale
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.stale = false;

                /**
                 * FridgeState stock.
                 * @member {Array.<farmacy.feed.v1.MealStock.$Properties>} stock
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.stock = $util.emptyArray;

                /**
                 * FridgeState temperatures.
                 * @member {Array.<farmacy.feed.v1.SensorTemperature.$Properties>} temperatures
                 * @memberof farmacy.feed.v1.FridgeState
                 * @instance
                 */
                FridgeState.prototype.temperatures = $util.emptyArray;

                /**
                 * Creates a new FridgeState instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.FridgeState
                 * @static
                 * @param {farmacy.feed.v1.FridgeState.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.FridgeState} FridgeState instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.FridgeState.$Shape): farmacy.feed.v1.FridgeState & farmacy.feed.v1.FridgeState.$Shape;
                 *   (properties?: farmacy.feed.v1.FridgeState.$Properties): farmacy.feed.v1.FridgeState;
                 * }}
                 */
                FridgeState.create = function(properties) {
                    return new FridgeState(properties);
                };

                /**
                 * Encodes the specified FridgeState message. Does not implicitly {@link farmacy.feed.v1.FridgeState.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.FridgeState
                 * @static
                 * @param {farmacy.feed.v1.FridgeState.$Properties} message FridgeState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FridgeState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fridgeId != null && $Object.hasOwnProperty.call(message, "fridgeId") && message.fridgeId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.fridgeId);
                    if (message.district != null && $Object.hasOwnProperty.call(message, "district") && message.district !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.district);
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.lat != null && $Object.hasOwnProperty.call(message, "lat") && !$Object.is(message.lat, 0))
                        writer.uint32(/* id 4, wireType 1 =*/33).double(message.lat);
                    if (message.lon != null && $Object.hasOwnProperty.call(message, "lon") && !$Object.is(message.lon, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.lon);
                    if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.online);
                    if (message.stale != null && $Object.hasOwnProperty.call(message, "stale") && message.stale !== false)
                        writer.uint32(/* id 7, wireType 0 =*/56).bool(message.stale);
                    if (message.stock != null && message.stock.length)
                        for (let i = 0; i < message.stock.length; ++i)
                            $root.farmacy.feed.v1.MealStock.encode(message.stock[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.temperatures != null && message.temperatures.length)
                        for (let i = 0; i < message.temperatures.length; ++i)
                            $root.farmacy.feed.v1.SensorTemperature.encode(message.temperatures[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FridgeState message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.FridgeState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.FridgeState & farmacy.feed.v1.FridgeState.$Shape} FridgeState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FridgeState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.FridgeState();
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
                                    message.district = value;
                                else
                                    delete message.district;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lat = value;
                                else
                                    delete message.lat;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.lon = value;
                                else
                                    delete message.lon;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.online = value;
                                else
                                    delete message.online;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.stale = value;
                                else
                                    delete message.stale;
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.stock && message.stock.length))
                                    message.stock = [];
                                message.stock.push($root.farmacy.feed.v1.MealStock.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.temperatures && message.temperatures.length))
                                    message.temperatures = [];
                                message.temperatures.push($root.farmacy.feed.v1.SensorTemperature.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return FridgeState;
            })();

            v1.MealStock = (function() {

                /**
                 * Properties of a MealStock.
                 * @typedef {Object} farmacy.feed.v1.MealStock.$Properties
                 * @property {string|null} [gtin] MealStock gtin
                 * @property {number|null} [onHand] MealStock onHand
                 * @property {number|null} [reserved] MealStock reserved
                 * @property {number|null} [available] MealStock available
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealStock.
                 * @memberof farmacy.feed.v1
                 * @interface IMealStock
                 * @augments farmacy.feed.v1.MealStock.$Properties
                 * @deprecated Use farmacy.feed.v1.MealStock.$Properties instead.
                 */

                /**
                 * Shape of a MealStock.
                 * @typedef {farmacy.feed.v1.MealStock.$Properties} farmacy.feed.v1.MealStock.$Shape
                 */

                /**
                 * Constructs a new MealStock.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a MealStock.
                 * @constructor
                 * @param {farmacy.feed.v1.MealStock.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MealStock = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MealStock gtin.
                 * @member {string} gtin
                 * @memberof farmacy.feed.v1.MealStock
                 * @instance
                 */
                MealStock.prototype.gtin = "";

                /**
                 * MealStock onHand.
                 * @member {number} onHand
                 * @memberof farmacy.feed.v1.MealStock
                 * @instance
                 */
                MealStock.prototype.onHand = 0;

                /**
                 * MealStock reserved.
                 * @member {number} reserved
                 * @memberof farmacy.feed.v1.MealStock
                 * @instance
                 */
                MealStock.prototype.reserved = 0;

                /**
                 * MealStock available.
                 * @member {number} available
                 * @memberof farmacy.feed.v1.MealStock
                 * @instance
                 */
                MealStock.prototype.available = 0;

                /**
                 * Creates a new MealStock instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.MealStock
                 * @static
                 * @param {farmacy.feed.v1.MealStock.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.MealStock} MealStock instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.MealStock.$Shape): farmacy.feed.v1.MealStock & farmacy.feed.v1.MealStock.$Shape;
                 *   (properties?: farmacy.feed.v1.MealStock.$Properties): farmacy.feed.v1.MealStock;
                 * }}
                 */
                MealStock.create = function(properties) {
                    return new MealStock(properties);
                };

                /**
                 * Encodes the specified MealStock message. Does not implicitly {@link farmacy.feed.v1.MealStock.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.MealStock
                 * @static
                 * @param {farmacy.feed.v1.MealStock.$Properties} message MealStock message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MealStock.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.gtin != null && $Object.hasOwnProperty.call(message, "gtin") && message.gtin !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.gtin);
                    if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand") && message.onHand !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.onHand);
                    if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && message.reserved !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reserved);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.available);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MealStock message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.MealStock
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.MealStock & farmacy.feed.v1.MealStock.$Shape} MealStock
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MealStock.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.MealStock();
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
                                    message.gtin = value;
                                else
                                    delete message.gtin;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.onHand = value;
                                else
                                    delete message.onHand;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reserved = value;
                                else
                                    delete message.reserved;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
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

                return MealStock;
            })();

            v1.SensorTemperature = (function() {

                /**
                 * Properties of a SensorTemperature.
                 * @typedef {Object} farmacy.feed.v1.SensorTemperature.$Properties
                 * @property {number|null} [sensor] SensorTemperature sensor
                 * @property {number|null} [deciCelsius] SensorTemperature deciCelsius
                 * @property {number|null} [atMs] SensorTemperature atMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SensorTemperature.
                 * @memberof farmacy.feed.v1
                 * @interface ISensorTemperature
                 * @augments farmacy.feed.v1.SensorTemperature.$Properties
                 * @deprecated Use farmacy.feed.v1.SensorTemperature.$Properties instead.
                 */

                /**
                 * Shape of a SensorTemperature.
                 * @typedef {farmacy.feed.v1.SensorTemperature.$Properties} farmacy.feed.v1.SensorTemperature.$Shape
                 */

                /**
                 * Constructs a new SensorTemperature.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a SensorTemperature.
                 * @constructor
                 * @param {farmacy.feed.v1.SensorTemperature.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SensorTemperature = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SensorTemperature sensor.
                 * @member {number} sensor
                 * @memberof farmacy.feed.v1.SensorTemperature
                 * @instance
                 */
                SensorTemperature.prototype.sensor = 0;

                /**
                 * SensorTemperature deciCelsius.
                 * @member {number} deciCelsius
                 * @memberof farmacy.feed.v1.SensorTemperature
                 * @instance
                 */
                SensorTemperature.prototype.deciCelsius = 0;

                /**
                 * SensorTemperature atMs.
                 * @member {number} atMs
                 * @memberof farmacy.feed.v1.SensorTemperature
                 * @instance
                 */
                SensorTemperature.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new SensorTemperature instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.SensorTemperature
                 * @static
                 * @param {farmacy.feed.v1.SensorTemperature.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.SensorTemperature} SensorTemperature instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.SensorTemperature.$Shape): farmacy.feed.v1.SensorTemperature & farmacy.feed.v1.SensorTemperature.$Shape;
                 *   (properties?: farmacy.feed.v1.SensorTemperature.$Properties): farmacy.feed.v1.SensorTemperature;
                 * }}
                 */
                SensorTemperature.create = function(properties) {
                    return new SensorTemperature(properties);
                };

                /**
                 * Encodes the specified SensorTemperature message. Does not implicitly {@link farmacy.feed.v1.SensorTemperature.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.SensorTemperature
                 * @static
                 * @param {farmacy.feed.v1.SensorTemperature.$Properties} message SensorTemperature message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SensorTemperature.encode = function (message, writer, _depth) {
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
                    if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.atMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SensorTemperature message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.SensorTemperature
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.SensorTemperature & farmacy.feed.v1.SensorTemperature.$Shape} SensorTemperature
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SensorTemperature.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.SensorTemperature();
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
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.atMs = value;
                                else
                                    delete message.atMs;
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

                return SensorTemperature;
            })();

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @typedef {Object} farmacy.feed.v1.Event.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Event cursor
                 * @property {string|null} [district] Event district
                 * @property {string|null} [fridgeId] Event fridgeId
                 * @property {number|null} [occurredAtMs] Event occurredAtMs
                 * @property {farmacy.feed.v1.StockUpdated.$Properties|null} [stockUpdated] Event stockUpdated
                 * @property {farmacy.feed.v1.StockReserved.$Properties|null} [stockReserved] Event stockReserved
                 * @property {farmacy.feed.v1.StockCanceled.$Properties|null} [stockCanceled] Event stockCanceled
                 * @property {farmacy.feed.v1.CatalogUpdated.$Properties|null} [catalogUpdated] Event catalogUpdated
                 * @property {farmacy.feed.v1.FridgeOnline.$Properties|null} [fridgeOnline] Event fridgeOnline
                 * @property {farmacy.feed.v1.FridgeOffline.$Properties|null} [fridgeOffline] Event fridgeOffline
                 * @property {farmacy.feed.v1.TemperatureRecorded.$Properties|null} [temperatureRecorded] Event temperatureRecorded
                 * @property {farmacy.feed.v1.MealNearingExpiry.$Properties|null} [mealNearingExpiry] Event mealNearingExpiry
                 * @property {"stockUpdated"|"stockReserved"|"stockCanceled"|"catalogUpdated"|"fridgeOnline"|"fridgeOffline"|"temperatureRecorded"|"mealNearingExpiry"} [body] Event body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Event.
                 * @memberof farmacy.feed.v1
                 * @interface IEvent
                 * @augments farmacy.feed.v1.Event.$Properties
                 * @deprecated Use farmacy.feed.v1.Event.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Event.
                 * @typedef {{
                 *   cursor?: farmacy.feed.v1.Cursor.$Shape|null;
                 *   district?: string|null;
                 *   fridgeId?: string|null;
                 *   occurredAtMs?: number|null;
                 *   stockUpdated?: farmacy.feed.v1.StockUpdated.$Shape|null;
                 *   stockReserved?: farmacy.feed.v1.StockReserved.$Shape|null;
                 *   stockCanceled?: farmacy.feed.v1.StockCanceled.$Shape|null;
                 *   catalogUpdated?: farmacy.feed.v1.CatalogUpdated.$Shape|null;
                 *   fridgeOnline?: farmacy.feed.v1.FridgeOnline.$Shape|null;
                 *   fridgeOffline?: farmacy.feed.v1.FridgeOffline.$Shape|null;
                 *   temperatureRecorded?: farmacy.feed.v1.TemperatureRecorded.$Shape|null;
                 *   mealNearingExpiry?: farmacy.feed.v1.MealNearingExpiry.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "stockUpdated"; stockUpdated: farmacy.feed.v1.StockUpdated.$Shape; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "stockReserved"; stockUpdated?: null; stockReserved: farmacy.feed.v1.StockReserved.$Shape; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "stockCanceled"; stockUpdated?: null; stockReserved?: null; stockCanceled: farmacy.feed.v1.StockCanceled.$Shape; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "catalogUpdated"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated: farmacy.feed.v1.CatalogUpdated.$Shape; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "fridgeOnline"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline: farmacy.feed.v1.FridgeOnline.$Shape; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "fridgeOffline"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline: farmacy.feed.v1.FridgeOffline.$Shape; temperatureRecorded?: null; mealNearingExpiry?: null }|{ body?: "temperatureRecorded"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded: farmacy.feed.v1.TemperatureRecorded.$Shape; mealNearingExpiry?: null }|{ body?: "mealNearingExpiry"; stockUpdated?: null; stockReserved?: null; stockCanceled?: null; catalogUpdated?: null; fridgeOnline?: null; fridgeOffline?: null; temperatureRecorded?: null; mealNearingExpiry: farmacy.feed.v1.MealNearingExpiry.$Shape })
                 * )} farmacy.feed.v1.Event.$Shape
                 */

                /**
                 * Constructs a new Event.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents an Event.
                 * @constructor
                 * @param {farmacy.feed.v1.Event.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Event = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Event cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.cursor = null;

                /**
                 * Event district.
                 * @member {string} district
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.district = "";

                /**
                 * Event fridgeId.
                 * @member {string} fridgeId
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.fridgeId = "";

                /**
                 * Event occurredAtMs.
                 * @member {number} occurredAtMs
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.occurredAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Event stockUpdated.
                 * @member {farmacy.feed.v1.StockUpdated.$Properties|null|undefined} stockUpdated
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.stockUpdated = null;

                /**
                 * Event stockReserved.
                 * @member {farmacy.feed.v1.StockReserved.$Properties|null|undefined} stockReserved
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.stockReserved = null;

                /**
                 * Event stockCanceled.
                 * @member {farmacy.feed.v1.StockCanceled.$Properties|null|undefined} stockCanceled
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.stockCanceled = null;

                /**
                 * Event catalogUpdated.
                 * @member {farmacy.feed.v1.CatalogUpdated.$Properties|null|undefined} catalogUpdated
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.catalogUpdated = null;

                /**
                 * Event fridgeOnline.
                 * @member {farmacy.feed.v1.FridgeOnline.$Properties|null|undefined} fridgeOnline
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.fridgeOnline = null;

                /**
                 * Event fridgeOffline.
                 * @member {farmacy.feed.v1.FridgeOffline.$Properties|null|undefined} fridgeOffline
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.fridgeOffline = null;

                /**
                 * Event temperatureRecorded.
                 * @member {farmacy.feed.v1.TemperatureRecorded.$Properties|null|undefined} temperatureRecorded
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.temperatureRecorded = null;

                /**
                 * Event mealNearingExpiry.
                 * @member {farmacy.feed.v1.MealNearingExpiry.$Properties|null|undefined} mealNearingExpiry
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                Event.prototype.mealNearingExpiry = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Event body.
                 * @member {"stockUpdated"|"stockReserved"|"stockCanceled"|"catalogUpdated"|"fridgeOnline"|"fridgeOffline"|"temperatureRecorded"|"mealNearingExpiry"|undefined} body
                 * @memberof farmacy.feed.v1.Event
                 * @instance
                 */
                $Object.defineProperty(Event.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["stockUpdated", "stockReserved", "stockCanceled", "catalogUpdated", "fridgeOnline", "fridgeOffline", "temperatureRecorded", "mealNearingExpiry"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Event
                 * @static
                 * @param {farmacy.feed.v1.Event.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Event} Event instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Event.$Shape): farmacy.feed.v1.Event & farmacy.feed.v1.Event.$Shape;
                 *   (properties?: farmacy.feed.v1.Event.$Properties): farmacy.feed.v1.Event;
                 * }}
                 */
                Event.create = function(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link farmacy.feed.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Event
                 * @static
                 * @param {farmacy.feed.v1.Event.$Properties} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.district != null && $Object.hasOwnProperty.call(message, "district") && message.district !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.district);
                    if (message.fridgeId != null && $Object.hasOwnProperty.call(message, "fridgeId") && message.fridgeId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.fridgeId);
                    if (message.occurredAtMs != null && $Object.hasOwnProperty.call(message, "occurredAtMs") && (typeof message.occurredAtMs === "object" ? message.occurredAtMs.low || message.occurredAtMs.high : message.occurredAtMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.occurredAtMs);
                    if (message.stockUpdated != null && $Object.hasOwnProperty.call(message, "stockUpdated"))
                        $root.farmacy.feed.v1.StockUpdated.encode(message.stockUpdated, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.stockReserved != null && $Object.hasOwnProperty.call(message, "stockReserved"))
                        $root.farmacy.feed.v1.StockReserved.encode(message.stockReserved, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.stockCanceled != null && $Object.hasOwnProperty.call(message, "stockCanceled"))
                        $root.farmacy.feed.v1.StockCanceled.encode(message.stockCanceled, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.catalogUpdated != null && $Object.hasOwnProperty.call(message, "catalogUpdated"))
                        $root.farmacy.feed.v1.CatalogUpdated.encode(message.catalogUpdated, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.fridgeOnline != null && $Object.hasOwnProperty.call(message, "fridgeOnline"))
                        $root.farmacy.feed.v1.FridgeOnline.encode(message.fridgeOnline, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.fridgeOffline != null && $Object.hasOwnProperty.call(message, "fridgeOffline"))
                        $root.farmacy.feed.v1.FridgeOffline.encode(message.fridgeOffline, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.temperatureRecorded != null && $Object.hasOwnProperty.call(message, "temperatureRecorded"))
                        $root.farmacy.feed.v1.TemperatureRecorded.encode(message.temperatureRecorded, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.mealNearingExpiry != null && $Object.hasOwnProperty.call(message, "mealNearingExpiry"))
                        $root.farmacy.feed.v1.MealNearingExpiry.encode(message.mealNearingExpiry, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Event & farmacy.feed.v1.Event.$Shape} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Event();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.district = value;
                                else
                                    delete message.district;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fridgeId = value;
                                else
                                    delete message.fridgeId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.occurredAtMs = value;
                                else
                                    delete message.occurredAtMs;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.stockUpdated = $root.farmacy.feed.v1.StockUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.stockUpdated);
                                message.body = "stockUpdated";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.stockReserved = $root.farmacy.feed.v1.StockReserved.decode(reader, reader.size(), $undefined, _depth + 1, message.stockReserved);
                                message.body = "stockReserved";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.stockCanceled = $root.farmacy.feed.v1.StockCanceled.decode(reader, reader.size(), $undefined, _depth + 1, message.stockCanceled);
                                message.body = "stockCanceled";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.catalogUpdated = $root.farmacy.feed.v1.CatalogUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.catalogUpdated);
                                message.body = "catalogUpdated";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.fridgeOnline = $root.farmacy.feed.v1.FridgeOnline.decode(reader, reader.size(), $undefined, _depth + 1, message.fridgeOnline);
                                message.body = "fridgeOnline";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.fridgeOffline = $root.farmacy.feed.v1.FridgeOffline.decode(reader, reader.size(), $undefined, _depth + 1, message.fridgeOffline);
                                message.body = "fridgeOffline";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.temperatureRecorded = $root.farmacy.feed.v1.TemperatureRecorded.decode(reader, reader.size(), $undefined, _depth + 1, message.temperatureRecorded);
                                message.body = "temperatureRecorded";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.mealNearingExpiry = $root.farmacy.feed.v1.MealNearingExpiry.decode(reader, reader.size(), $undefined, _depth + 1, message.mealNearingExpiry);
                                message.body = "mealNearingExpiry";
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

                return Event;
            })();

            v1.StockUpdated = (function() {

                /**
                 * Properties of a StockUpdated.
                 * @typedef {Object} farmacy.feed.v1.StockUpdated.$Properties
                 * @property {string|null} [gtin] StockUpdated gtin
                 * @property {string|null} [reason] StockUpdated reason
                 * @property {number|null} [onHand] StockUpdated onHand
                 * @property {number|null} [reserved] StockUpdated reserved
                 * @property {number|null} [available] StockUpdated available
                 * @property {number|null} [delta] StockUpdated delta
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockUpdated.
                 * @memberof farmacy.feed.v1
                 * @interface IStockUpdated
                 * @augments farmacy.feed.v1.StockUpdated.$Properties
                 * @deprecated Use farmacy.feed.v1.StockUpdated.$Properties instead.
                 */

                /**
                 * Shape of a StockUpdated.
                 * @typedef {farmacy.feed.v1.StockUpdated.$Properties} farmacy.feed.v1.StockUpdated.$Shape
                 */

                /**
                 * Constructs a new StockUpdated.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a StockUpdated.
                 * @constructor
                 * @param {farmacy.feed.v1.StockUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockUpdated gtin.
                 * @member {string} gtin
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @instance
                 */
                StockUpdated.prototype.gtin = "";

                /**
                 * StockUpdated reason.
                 * @member {string} reason
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @instance
                 */
                StockUpdated.prototype.reason = "";

                /**
                 * StockUpdated onHand.
                 * @member {number} onHand
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @instance
                 */
                StockUpdated.prototype.onHand = 0;

                /**
                 * StockUpdated reserved.
                 * @member {number} reserved
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @instance
                 */
                StockUpdated.prototype.reserved = 0;

                /**
                 * StockUpdated available.
                 * @member {number} available
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @instance
                 */
                StockUpdated.prototype.available = 0;

                /**
                 * StockUpdated delta.
                 * @member {number} delta
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @instance
                 */
                StockUpdated.prototype.delta = 0;

                /**
                 * Creates a new StockUpdated instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @static
                 * @param {farmacy.feed.v1.StockUpdated.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.StockUpdated} StockUpdated instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.StockUpdated.$Shape): farmacy.feed.v1.StockUpdated & farmacy.feed.v1.StockUpdated.$Shape;
                 *   (properties?: farmacy.feed.v1.StockUpdated.$Properties): farmacy.feed.v1.StockUpdated;
                 * }}
                 */
                StockUpdated.create = function(properties) {
                    return new StockUpdated(properties);
                };

                /**
                 * Encodes the specified StockUpdated message. Does not implicitly {@link farmacy.feed.v1.StockUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @static
                 * @param {farmacy.feed.v1.StockUpdated.$Properties} message StockUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.gtin != null && $Object.hasOwnProperty.call(message, "gtin") && message.gtin !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.gtin);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                    if (message.onHand != null && $Object.hasOwnProperty.call(message, "onHand") && message.onHand !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.onHand);
                    if (message.reserved != null && $Object.hasOwnProperty.call(message, "reserved") && message.reserved !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reserved);
                    if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).int32(message.available);
                    if (message.delta != null && $Object.hasOwnProperty.call(message, "delta") && message.delta !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.delta);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.StockUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.StockUpdated & farmacy.feed.v1.StockUpdated.$Shape} StockUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.StockUpdated();
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
                                    message.gtin = value;
                                else
                                    delete message.gtin;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.reason = value;
                                else
                                    delete message.reason;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.onHand = value;
                                else
                                    delete message.onHand;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.reserved = value;
                                else
                                    delete message.reserved;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.available = value;
                                else
                                    delete message.available;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.delta = value;
                                else
                                    delete message.delta;
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

                return StockUpdated;
            })();

            v1.StockReserved = (function() {

                /**
                 * Properties of a StockReserved.
                 * @typedef {Object} farmacy.feed.v1.StockReserved.$Properties
                 * @property {string|null} [reservationId] StockReserved reservationId
                 * @property {string|null} [gtin] StockReserved gtin
                 * @property {number|null} [quantity] StockReserved quantity
                 * @property {number|null} [expiresAtMs] StockReserved expiresAtMs
                 * @property {string|null} [userId] StockReserved userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockReserved.
                 * @memberof farmacy.feed.v1
                 * @interface IStockReserved
                 * @augments farmacy.feed.v1.StockReserved.$Properties
                 * @deprecated Use farmacy.feed.v1.StockReserved.$Properties instead.
                 */

                /**
                 * Shape of a StockReserved.
                 * @typedef {farmacy.feed.v1.StockReserved.$Properties} farmacy.feed.v1.StockReserved.$Shape
                 */

                /**
                 * Constructs a new StockReserved.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a StockReserved.
                 * @constructor
                 * @param {farmacy.feed.v1.StockReserved.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockReserved = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockReserved reservationId.
                 * @member {string} reservationId
                 * @memberof farmacy.feed.v1.StockReserved
                 * @instance
                 */
                StockReserved.prototype.reservationId = "";

                /**
                 * StockReserved gtin.
                 * @member {string} gtin
                 * @memberof farmacy.feed.v1.StockReserved
                 * @instance
                 */
                StockReserved.prototype.gtin = "";

                /**
                 * StockReserved quantity.
                 * @member {number} quantity
                 * @memberof farmacy.feed.v1.StockReserved
                 * @instance
                 */
                StockReserved.prototype.quantity = 0;

                /**
                 * StockReserved expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof farmacy.feed.v1.StockReserved
                 * @instance
                 */
                StockReserved.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * StockReserved userId.
                 * @member {string} userId
                 * @memberof farmacy.feed.v1.StockReserved
                 * @instance
                 */
                StockReserved.prototype.userId = "";

                /**
                 * Creates a new StockReserved instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.StockReserved
                 * @static
                 * @param {farmacy.feed.v1.StockReserved.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.StockReserved} StockReserved instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.StockReserved.$Shape): farmacy.feed.v1.StockReserved & farmacy.feed.v1.StockReserved.$Shape;
                 *   (properties?: farmacy.feed.v1.StockReserved.$Properties): farmacy.feed.v1.StockReserved;
                 * }}
                 */
                StockReserved.create = function(properties) {
                    return new StockReserved(properties);
                };

                /**
                 * Encodes the specified StockReserved message. Does not implicitly {@link farmacy.feed.v1.StockReserved.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.StockReserved
                 * @static
                 * @param {farmacy.feed.v1.StockReserved.$Properties} message StockReserved message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockReserved.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reservationId != null && $Object.hasOwnProperty.call(message, "reservationId") && message.reservationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reservationId);
                    if (message.gtin != null && $Object.hasOwnProperty.call(message, "gtin") && message.gtin !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.gtin);
                    if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity") && message.quantity !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.quantity);
                    if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                        writer.uint32(/* id 4, wireType 0 =*/32).int64(message.expiresAtMs);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockReserved message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.StockReserved
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.StockReserved & farmacy.feed.v1.StockReserved.$Shape} StockReserved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockReserved.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.StockReserved();
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
                                    message.reservationId = value;
                                else
                                    delete message.reservationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gtin = value;
                                else
                                    delete message.gtin;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.quantity = value;
                                else
                                    delete message.quantity;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAtMs = value;
                                else
                                    delete message.expiresAtMs;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
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

                return StockReserved;
            })();

            v1.StockCanceled = (function() {

                /**
                 * Properties of a StockCanceled.
                 * @typedef {Object} farmacy.feed.v1.StockCanceled.$Properties
                 * @property {string|null} [reservationId] StockCanceled reservationId
                 * @property {string|null} [gtin] StockCanceled gtin
                 * @property {number|null} [quantity] StockCanceled quantity
                 * @property {string|null} [reason] StockCanceled reason
                 * @property {string|null} [userId] StockCanceled userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockCanceled.
                 * @memberof farmacy.feed.v1
                 * @interface IStockCanceled
                 * @augments farmacy.feed.v1.StockCanceled.$Properties
                 * @deprecated Use farmacy.feed.v1.StockCanceled.$Properties instead.
                 */

                /**
                 * Shape of a StockCanceled.
                 * @typedef {farmacy.feed.v1.StockCanceled.$Properties} farmacy.feed.v1.StockCanceled.$Shape
                 */

                /**
                 * Constructs a new StockCanceled.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a StockCanceled.
                 * @constructor
                 * @param {farmacy.feed.v1.StockCanceled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockCanceled = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockCanceled reservationId.
                 * @member {string} reservationId
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @instance
                 */
                StockCanceled.prototype.reservationId = "";

                /**
                 * StockCanceled gtin.
                 * @member {string} gtin
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @instance
                 */
                StockCanceled.prototype.gtin = "";

                /**
                 * StockCanceled quantity.
                 * @member {number} quantity
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @instance
                 */
                StockCanceled.prototype.quantity = 0;

                /**
                 * StockCanceled reason.
                 * @member {string} reason
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @instance
                 */
                StockCanceled.prototype.reason = "";

                /**
                 * StockCanceled userId.
                 * @member {string} userId
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @instance
                 */
                StockCanceled.prototype.userId = "";

                /**
                 * Creates a new StockCanceled instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @static
                 * @param {farmacy.feed.v1.StockCanceled.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.StockCanceled} StockCanceled instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.StockCanceled.$Shape): farmacy.feed.v1.StockCanceled & farmacy.feed.v1.StockCanceled.$Shape;
                 *   (properties?: farmacy.feed.v1.StockCanceled.$Properties): farmacy.feed.v1.StockCanceled;
                 * }}
                 */
                StockCanceled.create = function(properties) {
                    return new StockCanceled(properties);
                };

                /**
                 * Encodes the specified StockCanceled message. Does not implicitly {@link farmacy.feed.v1.StockCanceled.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @static
                 * @param {farmacy.feed.v1.StockCanceled.$Properties} message StockCanceled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockCanceled.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reservationId != null && $Object.hasOwnProperty.call(message, "reservationId") && message.reservationId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reservationId);
                    if (message.gtin != null && $Object.hasOwnProperty.call(message, "gtin") && message.gtin !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.gtin);
                    if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity") && message.quantity !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.quantity);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockCanceled message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.StockCanceled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.StockCanceled & farmacy.feed.v1.StockCanceled.$Shape} StockCanceled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockCanceled.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.StockCanceled();
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
                                    message.reservationId = value;
                                else
                                    delete message.reservationId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gtin = value;
                                else
                                    delete message.gtin;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.quantity = value;
                                else
                                    delete message.quantity;
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
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

                return StockCanceled;
            })();

            v1.TemperatureRecorded = (function() {

                /**
                 * Properties of a TemperatureRecorded.
                 * @typedef {Object} farmacy.feed.v1.TemperatureRecorded.$Properties
                 * @property {number|null} [sensor] TemperatureRecorded sensor
                 * @property {number|null} [deciCelsius] TemperatureRecorded deciCelsius
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemperatureRecorded.
                 * @memberof farmacy.feed.v1
                 * @interface ITemperatureRecorded
                 * @augments farmacy.feed.v1.TemperatureRecorded.$Properties
                 * @deprecated Use farmacy.feed.v1.TemperatureRecorded.$Properties instead.
                 */

                /**
                 * Shape of a TemperatureRecorded.
                 * @typedef {farmacy.feed.v1.TemperatureRecorded.$Properties} farmacy.feed.v1.TemperatureRecorded.$Shape
                 */

                /**
                 * Constructs a new TemperatureRecorded.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a TemperatureRecorded.
                 * @constructor
                 * @param {farmacy.feed.v1.TemperatureRecorded.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TemperatureRecorded = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemperatureRecorded sensor.
                 * @member {number} sensor
                 * @memberof farmacy.feed.v1.TemperatureRecorded
                 * @instance
                 */
                TemperatureRecorded.prototype.sensor = 0;

                /**
                 * TemperatureRecorded deciCelsius.
                 * @member {number} deciCelsius
                 * @memberof farmacy.feed.v1.TemperatureRecorded
                 * @instance
                 */
                TemperatureRecorded.prototype.deciCelsius = 0;

                /**
                 * Creates a new TemperatureRecorded instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.TemperatureRecorded
                 * @static
                 * @param {farmacy.feed.v1.TemperatureRecorded.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.TemperatureRecorded} TemperatureRecorded instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.TemperatureRecorded.$Shape): farmacy.feed.v1.TemperatureRecorded & farmacy.feed.v1.TemperatureRecorded.$Shape;
                 *   (properties?: farmacy.feed.v1.TemperatureRecorded.$Properties): farmacy.feed.v1.TemperatureRecorded;
                 * }}
                 */
                TemperatureRecorded.create = function(properties) {
                    return new TemperatureRecorded(properties);
                };

                /**
                 * Encodes the specified TemperatureRecorded message. Does not implicitly {@link farmacy.feed.v1.TemperatureRecorded.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.TemperatureRecorded
                 * @static
                 * @param {farmacy.feed.v1.TemperatureRecorded.$Properties} message TemperatureRecorded message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemperatureRecorded.encode = function (message, writer, _depth) {
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
                 * Decodes a TemperatureRecorded message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.TemperatureRecorded
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.TemperatureRecorded & farmacy.feed.v1.TemperatureRecorded.$Shape} TemperatureRecorded
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemperatureRecorded.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.TemperatureRecorded();
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

                return TemperatureRecorded;
            })();

            v1.MealNearingExpiry = (function() {

                /**
                 * Properties of a MealNearingExpiry.
                 * @typedef {Object} farmacy.feed.v1.MealNearingExpiry.$Properties
                 * @property {string|null} [epc] MealNearingExpiry epc
                 * @property {string|null} [gtin] MealNearingExpiry gtin
                 * @property {number|null} [bestBeforeMs] MealNearingExpiry bestBeforeMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealNearingExpiry.
                 * @memberof farmacy.feed.v1
                 * @interface IMealNearingExpiry
                 * @augments farmacy.feed.v1.MealNearingExpiry.$Properties
                 * @deprecated Use farmacy.feed.v1.MealNearingExpiry.$Properties instead.
                 */

                /**
                 * Shape of a MealNearingExpiry.
                 * @typedef {farmacy.feed.v1.MealNearingExpiry.$Properties} farmacy.feed.v1.MealNearingExpiry.$Shape
                 */

                /**
                 * Constructs a new MealNearingExpiry.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a MealNearingExpiry.
                 * @constructor
                 * @param {farmacy.feed.v1.MealNearingExpiry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MealNearingExpiry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MealNearingExpiry epc.
                 * @member {string} epc
                 * @memberof farmacy.feed.v1.MealNearingExpiry
                 * @instance
                 */
                MealNearingExpiry.prototype.epc = "";

                /**
                 * MealNearingExpiry gtin.
                 * @member {string} gtin
                 * @memberof farmacy.feed.v1.MealNearingExpiry
                 * @instance
                 */
                MealNearingExpiry.prototype.gtin = "";

                /**
                 * MealNearingExpiry bestBeforeMs.
                 * @member {number} bestBeforeMs
                 * @memberof farmacy.feed.v1.MealNearingExpiry
                 * @instance
                 */
                MealNearingExpiry.prototype.bestBeforeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new MealNearingExpiry instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.MealNearingExpiry
                 * @static
                 * @param {farmacy.feed.v1.MealNearingExpiry.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.MealNearingExpiry} MealNearingExpiry instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.MealNearingExpiry.$Shape): farmacy.feed.v1.MealNearingExpiry & farmacy.feed.v1.MealNearingExpiry.$Shape;
                 *   (properties?: farmacy.feed.v1.MealNearingExpiry.$Properties): farmacy.feed.v1.MealNearingExpiry;
                 * }}
                 */
                MealNearingExpiry.create = function(properties) {
                    return new MealNearingExpiry(properties);
                };

                /**
                 * Encodes the specified MealNearingExpiry message. Does not implicitly {@link farmacy.feed.v1.MealNearingExpiry.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.MealNearingExpiry
                 * @static
                 * @param {farmacy.feed.v1.MealNearingExpiry.$Properties} message MealNearingExpiry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MealNearingExpiry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epc != null && $Object.hasOwnProperty.call(message, "epc") && message.epc !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epc);
                    if (message.gtin != null && $Object.hasOwnProperty.call(message, "gtin") && message.gtin !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.gtin);
                    if (message.bestBeforeMs != null && $Object.hasOwnProperty.call(message, "bestBeforeMs") && (typeof message.bestBeforeMs === "object" ? message.bestBeforeMs.low || message.bestBeforeMs.high : message.bestBeforeMs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.bestBeforeMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MealNearingExpiry message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.MealNearingExpiry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.MealNearingExpiry & farmacy.feed.v1.MealNearingExpiry.$Shape} MealNearingExpiry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MealNearingExpiry.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.MealNearingExpiry();
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
                                    message.epc = value;
                                else
                                    delete message.epc;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.gtin = value;
                                else
                                    delete message.gtin;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.bestBeforeMs = value;
                                else
                                    delete message.bestBeforeMs;
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

                return MealNearingExpiry;
            })();

            v1.CatalogUpdated = (function() {

                /**
                 * Properties of a CatalogUpdated.
                 * @typedef {Object} farmacy.feed.v1.CatalogUpdated.$Properties
                 * @property {string|null} [catalogId] CatalogUpdated catalogId
                 * @property {number|null} [version] CatalogUpdated version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CatalogUpdated.
                 * @memberof farmacy.feed.v1
                 * @interface ICatalogUpdated
                 * @augments farmacy.feed.v1.CatalogUpdated.$Properties
                 * @deprecated Use farmacy.feed.v1.CatalogUpdated.$Properties instead.
                 */

                /**
                 * Shape of a CatalogUpdated.
                 * @typedef {farmacy.feed.v1.CatalogUpdated.$Properties} farmacy.feed.v1.CatalogUpdated.$Shape
                 */

                /**
                 * Constructs a new CatalogUpdated.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a CatalogUpdated.
                 * @constructor
                 * @param {farmacy.feed.v1.CatalogUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CatalogUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CatalogUpdated catalogId.
                 * @member {string} catalogId
                 * @memberof farmacy.feed.v1.CatalogUpdated
                 * @instance
                 */
                CatalogUpdated.prototype.catalogId = "";

                /**
                 * CatalogUpdated version.
                 * @member {number} version
                 * @memberof farmacy.feed.v1.CatalogUpdated
                 * @instance
                 */
                CatalogUpdated.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CatalogUpdated instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.CatalogUpdated
                 * @static
                 * @param {farmacy.feed.v1.CatalogUpdated.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.CatalogUpdated} CatalogUpdated instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.CatalogUpdated.$Shape): farmacy.feed.v1.CatalogUpdated & farmacy.feed.v1.CatalogUpdated.$Shape;
                 *   (properties?: farmacy.feed.v1.CatalogUpdated.$Properties): farmacy.feed.v1.CatalogUpdated;
                 * }}
                 */
                CatalogUpdated.create = function(properties) {
                    return new CatalogUpdated(properties);
                };

                /**
                 * Encodes the specified CatalogUpdated message. Does not implicitly {@link farmacy.feed.v1.CatalogUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.CatalogUpdated
                 * @static
                 * @param {farmacy.feed.v1.CatalogUpdated.$Properties} message CatalogUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CatalogUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.catalogId != null && $Object.hasOwnProperty.call(message, "catalogId") && message.catalogId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.catalogId);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CatalogUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.CatalogUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.CatalogUpdated & farmacy.feed.v1.CatalogUpdated.$Shape} CatalogUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CatalogUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.CatalogUpdated();
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
                                    message.catalogId = value;
                                else
                                    delete message.catalogId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                    message.version = value;
                                else
                                    delete message.version;
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

                return CatalogUpdated;
            })();

            v1.FridgeOnline = (function() {

                /**
                 * Properties of a FridgeOnline.
                 * @typedef {Object} farmacy.feed.v1.FridgeOnline.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FridgeOnline.
                 * @memberof farmacy.feed.v1
                 * @interface IFridgeOnline
                 * @augments farmacy.feed.v1.FridgeOnline.$Properties
                 * @deprecated Use farmacy.feed.v1.FridgeOnline.$Properties instead.
                 */

                /**
                 * Shape of a FridgeOnline.
                 * @typedef {farmacy.feed.v1.FridgeOnline.$Properties} farmacy.feed.v1.FridgeOnline.$Shape
                 */

                /**
                 * Constructs a new FridgeOnline.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a FridgeOnline.
                 * @constructor
                 * @param {farmacy.feed.v1.FridgeOnline.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FridgeOnline = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Creates a new FridgeOnline instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.FridgeOnline
                 * @static
                 * @param {farmacy.feed.v1.FridgeOnline.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.FridgeOnline} FridgeOnline instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.FridgeOnline.$Shape): farmacy.feed.v1.FridgeOnline & farmacy.feed.v1.FridgeOnline.$Shape;
                 *   (properties?: farmacy.feed.v1.FridgeOnline.$Properties): farmacy.feed.v1.FridgeOnline;
                 * }}
                 */
                FridgeOnline.create = function(properties) {
                    return new FridgeOnline(properties);
                };

                /**
                 * Encodes the specified FridgeOnline message. Does not implicitly {@link farmacy.feed.v1.FridgeOnline.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.FridgeOnline
                 * @static
                 * @param {farmacy.feed.v1.FridgeOnline.$Properties} message FridgeOnline message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FridgeOnline.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FridgeOnline message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.FridgeOnline
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.FridgeOnline & farmacy.feed.v1.FridgeOnline.$Shape} FridgeOnline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FridgeOnline.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.FridgeOnline();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
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

                return FridgeOnline;
            })();

            v1.FridgeOffline = (function() {

                /**
                 * Properties of a FridgeOffline.
                 * @typedef {Object} farmacy.feed.v1.FridgeOffline.$Properties
                 * @property {boolean|null} [clean] FridgeOffline clean
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FridgeOffline.
                 * @memberof farmacy.feed.v1
                 * @interface IFridgeOffline
                 * @augments farmacy.feed.v1.FridgeOffline.$Properties
                 * @deprecated Use farmacy.feed.v1.FridgeOffline.$Properties instead.
                 */

                /**
                 * Shape of a FridgeOffline.
                 * @typedef {farmacy.feed.v1.FridgeOffline.$Properties} farmacy.feed.v1.FridgeOffline.$Shape
                 */

                /**
                 * Constructs a new FridgeOffline.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a FridgeOffline.
                 * @constructor
                 * @param {farmacy.feed.v1.FridgeOffline.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FridgeOffline = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FridgeOffline clean.
                 * @member {boolean} clean
                 * @memberof farmacy.feed.v1.FridgeOffline
                 * @instance
                 */
                FridgeOffline.prototype.clean = false;

                /**
                 * Creates a new FridgeOffline instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.FridgeOffline
                 * @static
                 * @param {farmacy.feed.v1.FridgeOffline.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.FridgeOffline} FridgeOffline instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.FridgeOffline.$Shape): farmacy.feed.v1.FridgeOffline & farmacy.feed.v1.FridgeOffline.$Shape;
                 *   (properties?: farmacy.feed.v1.FridgeOffline.$Properties): farmacy.feed.v1.FridgeOffline;
                 * }}
                 */
                FridgeOffline.create = function(properties) {
                    return new FridgeOffline(properties);
                };

                /**
                 * Encodes the specified FridgeOffline message. Does not implicitly {@link farmacy.feed.v1.FridgeOffline.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.FridgeOffline
                 * @static
                 * @param {farmacy.feed.v1.FridgeOffline.$Properties} message FridgeOffline message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FridgeOffline.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.clean != null && $Object.hasOwnProperty.call(message, "clean") && message.clean !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.clean);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FridgeOffline message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.FridgeOffline
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.FridgeOffline & farmacy.feed.v1.FridgeOffline.$Shape} FridgeOffline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FridgeOffline.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.FridgeOffline();
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

                return FridgeOffline;
            })();

            v1.Events = (function() {

                /**
                 * Properties of an Events.
                 * @typedef {Object} farmacy.feed.v1.Events.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Events cursor
                 * @property {Array.<farmacy.feed.v1.Event.$Properties>|null} [events] Events events
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Events.
                 * @memberof farmacy.feed.v1
                 * @interface IEvents
                 * @augments farmacy.feed.v1.Events.$Properties
                 * @deprecated Use farmacy.feed.v1.Events.$Properties instead.
                 */

                /**
                 * Shape of an Events.
                 * @typedef {{
                 *   cursor?: farmacy.feed.v1.Cursor.$Shape|null;
                 *   events?: Array.<farmacy.feed.v1.Event.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} farmacy.feed.v1.Events.$Shape
                 */

                /**
                 * Constructs a new Events.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents an Events.
                 * @constructor
                 * @param {farmacy.feed.v1.Events.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Events = function (properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Events cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Events
                 * @instance
                 */
                Events.prototype.cursor = null;

                /**
                 * Events events.
                 * @member {Array.<farmacy.feed.v1.Event.$Properties>} events
                 * @memberof farmacy.feed.v1.Events
                 * @instance
                 */
                Events.prototype.events = $util.emptyArray;

                /**
                 * Creates a new Events instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Events
                 * @static
                 * @param {farmacy.feed.v1.Events.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Events} Events instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Events.$Shape): farmacy.feed.v1.Events & farmacy.feed.v1.Events.$Shape;
                 *   (properties?: farmacy.feed.v1.Events.$Properties): farmacy.feed.v1.Events;
                 * }}
                 */
                Events.create = function(properties) {
                    return new Events(properties);
                };

                /**
                 * Encodes the specified Events message. Does not implicitly {@link farmacy.feed.v1.Events.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Events
                 * @static
                 * @param {farmacy.feed.v1.Events.$Properties} message Events message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Events.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.farmacy.feed.v1.Event.encode(message.events[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Events message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Events
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Events & farmacy.feed.v1.Events.$Shape} Events
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Events.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Events();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.farmacy.feed.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return Events;
            })();

            v1.Resumed = (function() {

                /**
                 * Properties of a Resumed.
                 * @typedef {Object} farmacy.feed.v1.Resumed.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Resumed cursor
                 * @property {number|null} [replayed] Resumed replayed
                 * @property {boolean|null} [recovered] Resumed recovered
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Resumed.
                 * @memberof farmacy.feed.v1
                 * @interface IResumed
                 * @augments farmacy.feed.v1.Resumed.$Properties
                 * @deprecated Use farmacy.feed.v1.Resumed.$Properties instead.
                 */

                /**
                 * Shape of a Resumed.
                 * @typedef {farmacy.feed.v1.Resumed.$Properties} farmacy.feed.v1.Resumed.$Shape
                 */

                /**
                 * Constructs a new Resumed.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Resumed.
                 * @constructor
                 * @param {farmacy.feed.v1.Resumed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Resumed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Resumed cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Resumed
                 * @instance
                 */
                Resumed.prototype.cursor = null;

                /**
                 * Resumed replayed.
                 * @member {number} replayed
                 * @memberof farmacy.feed.v1.Resumed
                 * @instance
                 */
                Resumed.prototype.replayed = 0;

                /**
                 * Resumed recovered.
                 * @member {boolean} recovered
                 * @memberof farmacy.feed.v1.Resumed
                 * @instance
                 */
                Resumed.prototype.recovered = false;

                /**
                 * Creates a new Resumed instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Resumed
                 * @static
                 * @param {farmacy.feed.v1.Resumed.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Resumed} Resumed instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Resumed.$Shape): farmacy.feed.v1.Resumed & farmacy.feed.v1.Resumed.$Shape;
                 *   (properties?: farmacy.feed.v1.Resumed.$Properties): farmacy.feed.v1.Resumed;
                 * }}
                 */
                Resumed.create = function(properties) {
                    return new Resumed(properties);
                };

                /**
                 * Encodes the specified Resumed message. Does not implicitly {@link farmacy.feed.v1.Resumed.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Resumed
                 * @static
                 * @param {farmacy.feed.v1.Resumed.$Properties} message Resumed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Resumed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.replayed != null && $Object.hasOwnProperty.call(message, "replayed") && message.replayed !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.replayed);
                    if (message.recovered != null && $Object.hasOwnProperty.call(message, "recovered") && message.recovered !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.recovered);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Resumed message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Resumed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Resumed & farmacy.feed.v1.Resumed.$Shape} Resumed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Resumed.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Resumed();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.replayed = value;
                                else
                                    delete message.replayed;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.bool())
                                    message.recovered = value;
                                else
                                    delete message.recovered;
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

                return Resumed;
            })();

            v1.Resync = (function() {

                /**
                 * Properties of a Resync.
                 * @typedef {Object} farmacy.feed.v1.Resync.$Properties
                 * @property {string|null} [reason] Resync reason
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Resync cursor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Resync.
                 * @memberof farmacy.feed.v1
                 * @interface IResync
                 * @augments farmacy.feed.v1.Resync.$Properties
                 * @deprecated Use farmacy.feed.v1.Resync.$Properties instead.
                 */

                /**
                 * Shape of a Resync.
                 * @typedef {farmacy.feed.v1.Resync.$Properties} farmacy.feed.v1.Resync.$Shape
                 */

                /**
                 * Constructs a new Resync.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Resync.
                 * @constructor
                 * @param {farmacy.feed.v1.Resync.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Resync = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Resync reason.
                 * @member {string} reason
                 * @memberof farmacy.feed.v1.Resync
                 * @instance
                 */
                Resync.prototype.reason = "";

                /**
                 * Resync cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Resync
                 * @instance
                 */
                Resync.prototype.cursor = null;

                /**
                 * Creates a new Resync instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Resync
                 * @static
                 * @param {farmacy.feed.v1.Resync.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Resync} Resync instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Resync.$Shape): farmacy.feed.v1.Resync & farmacy.feed.v1.Resync.$Shape;
                 *   (properties?: farmacy.feed.v1.Resync.$Properties): farmacy.feed.v1.Resync;
                 * }}
                 */
                Resync.create = function(properties) {
                    return new Resync(properties);
                };

                /**
                 * Encodes the specified Resync message. Does not implicitly {@link farmacy.feed.v1.Resync.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Resync
                 * @static
                 * @param {farmacy.feed.v1.Resync.$Properties} message Resync message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Resync.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Resync message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Resync
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Resync & farmacy.feed.v1.Resync.$Shape} Resync
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Resync.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Resync();
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
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
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

                return Resync;
            })();

            v1.ErrorReply = (function() {

                /**
                 * Properties of an ErrorReply.
                 * @typedef {Object} farmacy.feed.v1.ErrorReply.$Properties
                 * @property {string|null} [code] ErrorReply code
                 * @property {string|null} [message] ErrorReply message
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ErrorReply.
                 * @memberof farmacy.feed.v1
                 * @interface IErrorReply
                 * @augments farmacy.feed.v1.ErrorReply.$Properties
                 * @deprecated Use farmacy.feed.v1.ErrorReply.$Properties instead.
                 */

                /**
                 * Shape of an ErrorReply.
                 * @typedef {farmacy.feed.v1.ErrorReply.$Properties} farmacy.feed.v1.ErrorReply.$Shape
                 */

                /**
                 * Constructs a new ErrorReply.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents an ErrorReply.
                 * @constructor
                 * @param {farmacy.feed.v1.ErrorReply.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ErrorReply = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ErrorReply code.
                 * @member {string} code
                 * @memberof farmacy.feed.v1.ErrorReply
                 * @instance
                 */
                ErrorReply.prototype.code = "";

                /**
                 * ErrorReply message.
                 * @member {string} message
                 * @memberof farmacy.feed.v1.ErrorReply
                 * @instance
                 */
                ErrorReply.prototype.message = "";

                /**
                 * Creates a new ErrorReply instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.ErrorReply
                 * @static
                 * @param {farmacy.feed.v1.ErrorReply.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.ErrorReply} ErrorReply instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.ErrorReply.$Shape): farmacy.feed.v1.ErrorReply & farmacy.feed.v1.ErrorReply.$Shape;
                 *   (properties?: farmacy.feed.v1.ErrorReply.$Properties): farmacy.feed.v1.ErrorReply;
                 * }}
                 */
                ErrorReply.create = function(properties) {
                    return new ErrorReply(properties);
                };

                /**
                 * Encodes the specified ErrorReply message. Does not implicitly {@link farmacy.feed.v1.ErrorReply.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.ErrorReply
                 * @static
                 * @param {farmacy.feed.v1.ErrorReply.$Properties} message ErrorReply message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ErrorReply.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ErrorReply message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.ErrorReply
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.ErrorReply & farmacy.feed.v1.ErrorReply.$Shape} ErrorReply
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ErrorReply.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.ErrorReply();
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
                                    message.code = value;
                                else
                                    delete message.code;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.message = value;
                                else
                                    delete message.message;
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

                return ErrorReply;
            })();

            v1.Pong = (function() {

                /**
                 * Properties of a Pong.
                 * @typedef {Object} farmacy.feed.v1.Pong.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Pong cursor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Pong.
                 * @memberof farmacy.feed.v1
                 * @interface IPong
                 * @augments farmacy.feed.v1.Pong.$Properties
                 * @deprecated Use farmacy.feed.v1.Pong.$Properties instead.
                 */

                /**
                 * Shape of a Pong.
                 * @typedef {farmacy.feed.v1.Pong.$Properties} farmacy.feed.v1.Pong.$Shape
                 */

                /**
                 * Constructs a new Pong.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents a Pong.
                 * @constructor
                 * @param {farmacy.feed.v1.Pong.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Pong = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Pong cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Pong
                 * @instance
                 */
                Pong.prototype.cursor = null;

                /**
                 * Creates a new Pong instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Pong
                 * @static
                 * @param {farmacy.feed.v1.Pong.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Pong} Pong instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Pong.$Shape): farmacy.feed.v1.Pong & farmacy.feed.v1.Pong.$Shape;
                 *   (properties?: farmacy.feed.v1.Pong.$Properties): farmacy.feed.v1.Pong;
                 * }}
                 */
                Pong.create = function(properties) {
                    return new Pong(properties);
                };

                /**
                 * Encodes the specified Pong message. Does not implicitly {@link farmacy.feed.v1.Pong.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Pong
                 * @static
                 * @param {farmacy.feed.v1.Pong.$Properties} message Pong message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Pong.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Pong message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Pong
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Pong & farmacy.feed.v1.Pong.$Shape} Pong
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Pong.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Pong();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
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

                return Pong;
            })();

            v1.Unsubscribed = (function() {

                /**
                 * Properties of an Unsubscribed.
                 * @typedef {Object} farmacy.feed.v1.Unsubscribed.$Properties
                 * @property {farmacy.feed.v1.Cursor.$Properties|null} [cursor] Unsubscribed cursor
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Unsubscribed.
                 * @memberof farmacy.feed.v1
                 * @interface IUnsubscribed
                 * @augments farmacy.feed.v1.Unsubscribed.$Properties
                 * @deprecated Use farmacy.feed.v1.Unsubscribed.$Properties instead.
                 */

                /**
                 * Shape of an Unsubscribed.
                 * @typedef {farmacy.feed.v1.Unsubscribed.$Properties} farmacy.feed.v1.Unsubscribed.$Shape
                 */

                /**
                 * Constructs a new Unsubscribed.
                 * @memberof farmacy.feed.v1
                 * @classdesc Represents an Unsubscribed.
                 * @constructor
                 * @param {farmacy.feed.v1.Unsubscribed.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Unsubscribed = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Unsubscribed cursor.
                 * @member {farmacy.feed.v1.Cursor.$Properties|null|undefined} cursor
                 * @memberof farmacy.feed.v1.Unsubscribed
                 * @instance
                 */
                Unsubscribed.prototype.cursor = null;

                /**
                 * Creates a new Unsubscribed instance using the specified properties.
                 * @function create
                 * @memberof farmacy.feed.v1.Unsubscribed
                 * @static
                 * @param {farmacy.feed.v1.Unsubscribed.$Properties=} [properties] Properties to set
                 * @returns {farmacy.feed.v1.Unsubscribed} Unsubscribed instance
                 * @type {{
                 *   (properties: farmacy.feed.v1.Unsubscribed.$Shape): farmacy.feed.v1.Unsubscribed & farmacy.feed.v1.Unsubscribed.$Shape;
                 *   (properties?: farmacy.feed.v1.Unsubscribed.$Properties): farmacy.feed.v1.Unsubscribed;
                 * }}
                 */
                Unsubscribed.create = function(properties) {
                    return new Unsubscribed(properties);
                };

                /**
                 * Encodes the specified Unsubscribed message. Does not implicitly {@link farmacy.feed.v1.Unsubscribed.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.feed.v1.Unsubscribed
                 * @static
                 * @param {farmacy.feed.v1.Unsubscribed.$Properties} message Unsubscribed message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unsubscribed.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                        $root.farmacy.feed.v1.Cursor.encode(message.cursor, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Unsubscribed message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.feed.v1.Unsubscribed
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.feed.v1.Unsubscribed & farmacy.feed.v1.Unsubscribed.$Shape} Unsubscribed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unsubscribed.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.feed.v1.Unsubscribed();
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
                                message.cursor = $root.farmacy.feed.v1.Cursor.decode(reader, reader.size(), $undefined, _depth + 1, message.cursor);
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

                return Unsubscribed;
            })();

            return v1;
        })();

        return feed;
    })();

    return farmacy;
})();

export {
  $root as default
};
