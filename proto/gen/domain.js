/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["domain"] || ($protobuf.roots["domain"] = {});

export const farmacy = $root.farmacy = (() => {

    /**
     * Namespace farmacy.
     * @exports farmacy
     * @namespace
     */
    const farmacy = {};

    farmacy.domain = (function() {

        /**
         * Namespace domain.
         * @memberof farmacy
         * @namespace
         */
        const domain = {};

        domain.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof farmacy.domain
             * @namespace
             */
            const v1 = {};

            v1.DomainEvent = (function() {

                /**
                 * Properties of a DomainEvent.
                 * @typedef {Object} farmacy.domain.v1.DomainEvent.$Properties
                 * @property {number|null} [position] DomainEvent position
                 * @property {number|null} [occurredAtMs] DomainEvent occurredAtMs
                 * @property {string|null} [district] DomainEvent district
                 * @property {string|null} [fridgeId] DomainEvent fridgeId
                 * @property {farmacy.domain.v1.MealStockUpdated.$Properties|null} [mealStockUpdated] DomainEvent mealStockUpdated
                 * @property {farmacy.domain.v1.CatalogUpdated.$Properties|null} [catalogUpdated] DomainEvent catalogUpdated
                 * @property {farmacy.domain.v1.MealStockReserved.$Properties|null} [mealStockReserved] DomainEvent mealStockReserved
                 * @property {farmacy.domain.v1.MealStockCanceled.$Properties|null} [mealStockCanceled] DomainEvent mealStockCanceled
                 * @property {farmacy.domain.v1.OrderPlacedInFridge.$Properties|null} [orderPlacedInFridge] DomainEvent orderPlacedInFridge
                 * @property {farmacy.domain.v1.OrderAvailableForPicking.$Properties|null} [orderAvailableForPicking] DomainEvent orderAvailableForPicking
                 * @property {farmacy.domain.v1.OrderDispatched.$Properties|null} [orderDispatched] DomainEvent orderDispatched
                 * @property {farmacy.domain.v1.FridgeOnline.$Properties|null} [fridgeOnline] DomainEvent fridgeOnline
                 * @property {farmacy.domain.v1.FridgeOffline.$Properties|null} [fridgeOffline] DomainEvent fridgeOffline
                 * @property {farmacy.domain.v1.UnknownTagSeen.$Properties|null} [unknownTagSeen] DomainEvent unknownTagSeen
                 * @property {farmacy.domain.v1.StockDiscrepancy.$Properties|null} [stockDiscrepancy] DomainEvent stockDiscrepancy
                 * @property {farmacy.domain.v1.TemperatureExcursion.$Properties|null} [temperatureExcursion] DomainEvent temperatureExcursion
                 * @property {farmacy.domain.v1.MealsWithdrawn.$Properties|null} [mealsWithdrawn] DomainEvent mealsWithdrawn
                 * @property {farmacy.domain.v1.MealNearingExpiry.$Properties|null} [mealNearingExpiry] DomainEvent mealNearingExpiry
                 * @property {"mealStockUpdated"|"catalogUpdated"|"mealStockReserved"|"mealStockCanceled"|"orderPlacedInFridge"|"orderAvailableForPicking"|"orderDispatched"|"fridgeOnline"|"fridgeOffline"|"unknownTagSeen"|"stockDiscrepancy"|"temperatureExcursion"|"mealsWithdrawn"|"mealNearingExpiry"} [body] DomainEvent body
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a DomainEvent.
                 * @memberof farmacy.domain.v1
                 * @interface IDomainEvent
                 * @augments farmacy.domain.v1.DomainEvent.$Properties
                 * @deprecated Use farmacy.domain.v1.DomainEvent.$Properties instead.
                 */

                /**
                 * Narrowed shape of a DomainEvent.
                 * @typedef {{
                 *   position?: number|null;
                 *   occurredAtMs?: number|null;
                 *   district?: string|null;
                 *   fridgeId?: string|null;
                 *   mealStockUpdated?: farmacy.domain.v1.MealStockUpdated.$Shape|null;
                 *   catalogUpdated?: farmacy.domain.v1.CatalogUpdated.$Shape|null;
                 *   mealStockReserved?: farmacy.domain.v1.MealStockReserved.$Shape|null;
                 *   mealStockCanceled?: farmacy.domain.v1.MealStockCanceled.$Shape|null;
                 *   orderPlacedInFridge?: farmacy.domain.v1.OrderPlacedInFridge.$Shape|null;
                 *   orderAvailableForPicking?: farmacy.domain.v1.OrderAvailableForPicking.$Shape|null;
                 *   orderDispatched?: farmacy.domain.v1.OrderDispatched.$Shape|null;
                 *   fridgeOnline?: farmacy.domain.v1.FridgeOnline.$Shape|null;
                 *   fridgeOffline?: farmacy.domain.v1.FridgeOffline.$Shape|null;
                 *   unknownTagSeen?: farmacy.domain.v1.UnknownTagSeen.$Shape|null;
                 *   stockDiscrepancy?: farmacy.domain.v1.StockDiscrepancy.$Shape|null;
                 *   temperatureExcursion?: farmacy.domain.v1.TemperatureExcursion.$Shape|null;
                 *   mealsWithdrawn?: farmacy.domain.v1.MealsWithdrawn.$Shape|null;
                 *   mealNearingExpiry?: farmacy.domain.v1.MealNearingExpiry.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ body?: undefined; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealStockUpdated"; mealStockUpdated: farmacy.domain.v1.MealStockUpdated.$Shape; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "catalogUpdated"; mealStockUpdated?: null; catalogUpdated: farmacy.domain.v1.CatalogUpdated.$Shape; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealStockReserved"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved: farmacy.domain.v1.MealStockReserved.$Shape; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealStockCanceled"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled: farmacy.domain.v1.MealStockCanceled.$Shape; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "orderPlacedInFridge"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge: farmacy.domain.v1.OrderPlacedInFridge.$Shape; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "orderAvailableForPicking"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking: farmacy.domain.v1.OrderAvailableForPicking.$Shape; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "orderDispatched"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched: farmacy.domain.v1.OrderDispatched.$Shape; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "fridgeOnline"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline: farmacy.domain.v1.FridgeOnline.$Shape; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "fridgeOffline"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline: farmacy.domain.v1.FridgeOffline.$Shape; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "unknownTagSeen"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen: farmacy.domain.v1.UnknownTagSeen.$Shape; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "stockDiscrepancy"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy: farmacy.domain.v1.StockDiscrepancy.$Shape; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "temperatureExcursion"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion: farmacy.domain.v1.TemperatureExcursion.$Shape; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealsWithdrawn"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn: farmacy.domain.v1.MealsWithdrawn.$Shape; mealNearingExpiry?: null }|{ body?: "mealNearingExpiry"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry: farmacy.domain.v1.MealNearingExpiry.$Shape })
                 * )} farmacy.domain.v1.DomainEvent.$Shape
                 */

                /**
                 * Constructs a new DomainEvent.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a DomainEvent.
                 * @constructor
                 * @param {farmacy.domain.v1.DomainEvent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const DomainEvent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * DomainEvent position.
                 * @member {number} position
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.position = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DomainEvent occurredAtMs.
                 * @member {number} occurredAtMs
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.occurredAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * DomainEvent district.
                 * @member {string} district
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.district = "";

                /**
                 * DomainEvent fridgeId.
                 * @member {string} fridgeId
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.fridgeId = "";

                /**
                 * DomainEvent mealStockUpdated.
                 * @member {farmacy.domain.v1.MealStockUpdated.$Properties|null|undefined} mealStockUpdated
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.mealStockUpdated = null;

                /**
                 * DomainEvent catalogUpdated.
                 * @member {farmacy.domain.v1.CatalogUpdated.$Properties|null|undefined} catalogUpdated
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.catalogUpdated = null;

                /**
                 * DomainEvent mealStockReserved.
                 * @member {farmacy.domain.v1.MealStockReserved.$Properties|null|undefined} mealStockReserved
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.mealStockReserved = null;

                /**
                 * DomainEvent mealStockCanceled.
                 * @member {farmacy.domain.v1.MealStockCanceled.$Properties|null|undefined} mealStockCanceled
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.mealStockCanceled = null;

                /**
                 * DomainEvent orderPlacedInFridge.
                 * @member {farmacy.domain.v1.OrderPlacedInFridge.$Properties|null|undefined} orderPlacedInFridge
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.orderPlacedInFridge = null;

                /**
                 * DomainEvent orderAvailableForPicking.
                 * @member {farmacy.domain.v1.OrderAvailableForPicking.$Properties|null|undefined} orderAvailableForPicking
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.orderAvailableForPicking = null;

                /**
                 * DomainEvent orderDispatched.
                 * @member {farmacy.domain.v1.OrderDispatched.$Properties|null|undefined} orderDispatched
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.orderDispatched = null;

                /**
                 * DomainEvent fridgeOnline.
                 * @member {farmacy.domain.v1.FridgeOnline.$Properties|null|undefined} fridgeOnline
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.fridgeOnline = null;

                /**
                 * DomainEvent fridgeOffline.
                 * @member {farmacy.domain.v1.FridgeOffline.$Properties|null|undefined} fridgeOffline
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.fridgeOffline = null;

                /**
                 * DomainEvent unknownTagSeen.
                 * @member {farmacy.domain.v1.UnknownTagSeen.$Properties|null|undefined} unknownTagSeen
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.unknownTagSeen = null;

                /**
                 * DomainEvent stockDiscrepancy.
                 * @member {farmacy.domain.v1.StockDiscrepancy.$Properties|null|undefined} stockDiscrepancy
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.stockDiscrepancy = null;

                /**
                 * DomainEvent temperatureExcursion.
                 * @member {farmacy.domain.v1.TemperatureExcursion.$Properties|null|undefined} temperatureExcursion
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.temperatureExcursion = null;

                /**
                 * DomainEvent mealsWithdrawn.
                 * @member {farmacy.domain.v1.MealsWithdrawn.$Properties|null|undefined} mealsWithdrawn
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.mealsWithdrawn = null;

                /**
                 * DomainEvent mealNearingExpiry.
                 * @member {farmacy.domain.v1.MealNearingExpiry.$Properties|null|undefined} mealNearingExpiry
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                DomainEvent.prototype.mealNearingExpiry = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * DomainEvent body.
                 * @member {"mealStockUpdated"|"catalogUpdated"|"mealStockReserved"|"mealStockCanceled"|"orderPlacedInFridge"|"orderAvailableForPicking"|"orderDispatched"|"fridgeOnline"|"fridgeOffline"|"unknownTagSeen"|"stockDiscrepancy"|"temperatureExcursion"|"mealsWithdrawn"|"mealNearingExpiry"|undefined} body
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @instance
                 */
                $Object.defineProperty(DomainEvent.prototype, "body", {
                    get: $util.oneOfGetter($oneOfFields = ["mealStockUpdated", "catalogUpdated", "mealStockReserved", "mealStockCanceled", "orderPlacedInFridge", "orderAvailableForPicking", "orderDispatched", "fridgeOnline", "fridgeOffline", "unknownTagSeen", "stockDiscrepancy", "temperatureExcursion", "mealsWithdrawn", "mealNearingExpiry"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new DomainEvent instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @static
                 * @param {farmacy.domain.v1.DomainEvent.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.DomainEvent} DomainEvent instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.DomainEvent.$Shape): farmacy.domain.v1.DomainEvent & farmacy.domain.v1.DomainEvent.$Shape;
                 *   (properties?: farmacy.domain.v1.DomainEvent.$Properties): farmacy.domain.v1.DomainEvent;
                 * }}
                 */
                DomainEvent.create = function(properties) {
                    return new DomainEvent(properties);
                };

                /**
                 * Encodes the specified DomainEvent message. Does not implicitly {@link farmacy.domain.v1.DomainEvent.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @static
                 * @param {farmacy.domain.v1.DomainEvent.$Properties} message DomainEvent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DomainEvent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.position != null && $Object.hasOwnProperty.call(message, "position") && (typeof message.position === "object" ? message.position.low || message.position.high : message.position !== 0))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.position);
                    if (message.occurredAtMs != null && $Object.hasOwnProperty.call(message, "occurredAtMs") && (typeof message.occurredAtMs === "object" ? message.occurredAtMs.low || message.occurredAtMs.high : message.occurredAtMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.occurredAtMs);
                    if (message.district != null && $Object.hasOwnProperty.call(message, "district") && message.district !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.district);
                    if (message.fridgeId != null && $Object.hasOwnProperty.call(message, "fridgeId") && message.fridgeId !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fridgeId);
                    if (message.mealStockUpdated != null && $Object.hasOwnProperty.call(message, "mealStockUpdated"))
                        $root.farmacy.domain.v1.MealStockUpdated.encode(message.mealStockUpdated, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                    if (message.catalogUpdated != null && $Object.hasOwnProperty.call(message, "catalogUpdated"))
                        $root.farmacy.domain.v1.CatalogUpdated.encode(message.catalogUpdated, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                    if (message.mealStockReserved != null && $Object.hasOwnProperty.call(message, "mealStockReserved"))
                        $root.farmacy.domain.v1.MealStockReserved.encode(message.mealStockReserved, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                    if (message.mealStockCanceled != null && $Object.hasOwnProperty.call(message, "mealStockCanceled"))
                        $root.farmacy.domain.v1.MealStockCanceled.encode(message.mealStockCanceled, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                    if (message.orderPlacedInFridge != null && $Object.hasOwnProperty.call(message, "orderPlacedInFridge"))
                        $root.farmacy.domain.v1.OrderPlacedInFridge.encode(message.orderPlacedInFridge, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.orderAvailableForPicking != null && $Object.hasOwnProperty.call(message, "orderAvailableForPicking"))
                        $root.farmacy.domain.v1.OrderAvailableForPicking.encode(message.orderAvailableForPicking, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                    if (message.orderDispatched != null && $Object.hasOwnProperty.call(message, "orderDispatched"))
                        $root.farmacy.domain.v1.OrderDispatched.encode(message.orderDispatched, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                    if (message.fridgeOnline != null && $Object.hasOwnProperty.call(message, "fridgeOnline"))
                        $root.farmacy.domain.v1.FridgeOnline.encode(message.fridgeOnline, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                    if (message.fridgeOffline != null && $Object.hasOwnProperty.call(message, "fridgeOffline"))
                        $root.farmacy.domain.v1.FridgeOffline.encode(message.fridgeOffline, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                    if (message.unknownTagSeen != null && $Object.hasOwnProperty.call(message, "unknownTagSeen"))
                        $root.farmacy.domain.v1.UnknownTagSeen.encode(message.unknownTagSeen, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                    if (message.stockDiscrepancy != null && $Object.hasOwnProperty.call(message, "stockDiscrepancy"))
                        $root.farmacy.domain.v1.StockDiscrepancy.encode(message.stockDiscrepancy, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                    if (message.temperatureExcursion != null && $Object.hasOwnProperty.call(message, "temperatureExcursion"))
                        $root.farmacy.domain.v1.TemperatureExcursion.encode(message.temperatureExcursion, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                    if (message.mealsWithdrawn != null && $Object.hasOwnProperty.call(message, "mealsWithdrawn"))
                        $root.farmacy.domain.v1.MealsWithdrawn.encode(message.mealsWithdrawn, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                    if (message.mealNearingExpiry != null && $Object.hasOwnProperty.call(message, "mealNearingExpiry"))
                        $root.farmacy.domain.v1.MealNearingExpiry.encode(message.mealNearingExpiry, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a DomainEvent message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.DomainEvent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.DomainEvent & farmacy.domain.v1.DomainEvent.$Shape} DomainEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DomainEvent.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.DomainEvent();
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
                                    message.position = value;
                                else
                                    delete message.position;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.occurredAtMs = value;
                                else
                                    delete message.occurredAtMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.district = value;
                                else
                                    delete message.district;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.fridgeId = value;
                                else
                                    delete message.fridgeId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.mealStockUpdated = $root.farmacy.domain.v1.MealStockUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.mealStockUpdated);
                                message.body = "mealStockUpdated";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.catalogUpdated = $root.farmacy.domain.v1.CatalogUpdated.decode(reader, reader.size(), $undefined, _depth + 1, message.catalogUpdated);
                                message.body = "catalogUpdated";
                                continue;
                            }
                        case 12: {
                                if (wireType !== 2)
                                    break;
                                message.mealStockReserved = $root.farmacy.domain.v1.MealStockReserved.decode(reader, reader.size(), $undefined, _depth + 1, message.mealStockReserved);
                                message.body = "mealStockReserved";
                                continue;
                            }
                        case 13: {
                                if (wireType !== 2)
                                    break;
                                message.mealStockCanceled = $root.farmacy.domain.v1.MealStockCanceled.decode(reader, reader.size(), $undefined, _depth + 1, message.mealStockCanceled);
                                message.body = "mealStockCanceled";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.orderPlacedInFridge = $root.farmacy.domain.v1.OrderPlacedInFridge.decode(reader, reader.size(), $undefined, _depth + 1, message.orderPlacedInFridge);
                                message.body = "orderPlacedInFridge";
                                continue;
                            }
                        case 15: {
                                if (wireType !== 2)
                                    break;
                                message.orderAvailableForPicking = $root.farmacy.domain.v1.OrderAvailableForPicking.decode(reader, reader.size(), $undefined, _depth + 1, message.orderAvailableForPicking);
                                message.body = "orderAvailableForPicking";
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.orderDispatched = $root.farmacy.domain.v1.OrderDispatched.decode(reader, reader.size(), $undefined, _depth + 1, message.orderDispatched);
                                message.body = "orderDispatched";
                                continue;
                            }
                        case 17: {
                                if (wireType !== 2)
                                    break;
                                message.fridgeOnline = $root.farmacy.domain.v1.FridgeOnline.decode(reader, reader.size(), $undefined, _depth + 1, message.fridgeOnline);
                                message.body = "fridgeOnline";
                                continue;
                            }
                        case 18: {
                                if (wireType !== 2)
                                    break;
                                message.fridgeOffline = $root.farmacy.domain.v1.FridgeOffline.decode(reader, reader.size(), $undefined, _depth + 1, message.fridgeOffline);
                                message.body = "fridgeOffline";
                                continue;
                            }
                        case 19: {
                                if (wireType !== 2)
                                    break;
                                message.unknownTagSeen = $root.farmacy.domain.v1.UnknownTagSeen.decode(reader, reader.size(), $undefined, _depth + 1, message.unknownTagSeen);
                                message.body = "unknownTagSeen";
                                continue;
                            }
                        case 20: {
                                if (wireType !== 2)
                                    break;
                                message.stockDiscrepancy = $root.farmacy.domain.v1.StockDiscrepancy.decode(reader, reader.size(), $undefined, _depth + 1, message.stockDiscrepancy);
                                message.body = "stockDiscrepancy";
                                continue;
                            }
                        case 21: {
                                if (wireType !== 2)
                                    break;
                                message.temperatureExcursion = $root.farmacy.domain.v1.TemperatureExcursion.decode(reader, reader.size(), $undefined, _depth + 1, message.temperatureExcursion);
                                message.body = "temperatureExcursion";
                                continue;
                            }
                        case 22: {
                                if (wireType !== 2)
                                    break;
                                message.mealsWithdrawn = $root.farmacy.domain.v1.MealsWithdrawn.decode(reader, reader.size(), $undefined, _depth + 1, message.mealsWithdrawn);
                                message.body = "mealsWithdrawn";
                                continue;
                            }
                        case 23: {
                                if (wireType !== 2)
                                    break;
                                message.mealNearingExpiry = $root.farmacy.domain.v1.MealNearingExpiry.decode(reader, reader.size(), $undefined, _depth + 1, message.mealNearingExpiry);
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

                return DomainEvent;
            })();

            v1.MealStockUpdated = (function() {

                /**
                 * Properties of a MealStockUpdated.
                 * @typedef {Object} farmacy.domain.v1.MealStockUpdated.$Properties
                 * @property {string|null} [gtin] MealStockUpdated gtin
                 * @property {farmacy.domain.v1.MealStockUpdated.Reason|null} [reason] MealStockUpdated reason
                 * @property {number|null} [onHand] MealStockUpdated onHand
                 * @property {number|null} [reserved] MealStockUpdated reserved
                 * @property {number|null} [available] MealStockUpdated available
                 * @property {number|null} [delta] MealStockUpdated delta
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealStockUpdated.
                 * @memberof farmacy.domain.v1
                 * @interface IMealStockUpdated
                 * @augments farmacy.domain.v1.MealStockUpdated.$Properties
                 * @deprecated Use farmacy.domain.v1.MealStockUpdated.$Properties instead.
                 */

                /**
                 * Shape of a MealStockUpdated.
                 * @typedef {farmacy.domain.v1.MealStockUpdated.$Properties} farmacy.domain.v1.MealStockUpdated.$Shape
                 */

                /**
                 * Constructs a new MealStockUpdated.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a MealStockUpdated.
                 * @constructor
                 * @param {farmacy.domain.v1.MealStockUpdated.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MealStockUpdated = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MealStockUpdated gtin.
                 * @member {string} gtin
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @instance
                 */
                MealStockUpdated.prototype.gtin = "";

                /**
                 * MealStockUpdated reason.
                 * @member {farmacy.domain.v1.MealStockUpdated.Reason} reason
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @instance
                 */
                MealStockUpdated.prototype.reason = 0;

                /**
                 * MealStockUpdated onHand.
                 * @member {number} onHand
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @instance
                 */
                MealStockUpdated.prototype.onHand = 0;

                /**
                 * MealStockUpdated reserved.
                 * @member {number} reserved
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @instance
                 */
                MealStockUpdated.prototype.reserved = 0;

                /**
                 * MealStockUpdated available.
                 * @member {number} available
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @instance
                 */
                MealStockUpdated.prototype.available = 0;

                /**
                 * MealStockUpdated delta.
                 * @member {number} delta
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @instance
                 */
                MealStockUpdated.prototype.delta = 0;

                /**
                 * Creates a new MealStockUpdated instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @static
                 * @param {farmacy.domain.v1.MealStockUpdated.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.MealStockUpdated} MealStockUpdated instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.MealStockUpdated.$Shape): farmacy.domain.v1.MealStockUpdated & farmacy.domain.v1.MealStockUpdated.$Shape;
                 *   (properties?: farmacy.domain.v1.MealStockUpdated.$Properties): farmacy.domain.v1.MealStockUpdated;
                 * }}
                 */
                MealStockUpdated.create = function(properties) {
                    return new MealStockUpdated(properties);
                };

                /**
                 * Encodes the specified MealStockUpdated message. Does not implicitly {@link farmacy.domain.v1.MealStockUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @static
                 * @param {farmacy.domain.v1.MealStockUpdated.$Properties} message MealStockUpdated message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MealStockUpdated.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.gtin != null && $Object.hasOwnProperty.call(message, "gtin") && message.gtin !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.gtin);
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.reason);
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
                 * Decodes a MealStockUpdated message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.MealStockUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealStockUpdated & farmacy.domain.v1.MealStockUpdated.$Shape} MealStockUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MealStockUpdated.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.MealStockUpdated();
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

                /**
                 * Reason enum.
                 * @name farmacy.domain.v1.MealStockUpdated.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} SALE=1 SALE value
                 * @property {number} PICKUP=2 PICKUP value
                 * @property {number} RESTOCK=3 RESTOCK value
                 * @property {number} RECONCILIATION=4 RECONCILIATION value
                 * @property {number} EXPIRY=5 EXPIRY value
                 * @property {number} TEMPERATURE=6 TEMPERATURE value
                 */
                MealStockUpdated.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "SALE"] = 1;
                    values[valuesById[2] = "PICKUP"] = 2;
                    values[valuesById[3] = "RESTOCK"] = 3;
                    values[valuesById[4] = "RECONCILIATION"] = 4;
                    values[valuesById[5] = "EXPIRY"] = 5;
                    values[valuesById[6] = "TEMPERATURE"] = 6;
                    return values;
                })();

                return MealStockUpdated;
            })();

            v1.CatalogUpdated = (function() {

                /**
                 * Properties of a CatalogUpdated.
                 * @typedef {Object} farmacy.domain.v1.CatalogUpdated.$Properties
                 * @property {string|null} [catalogId] CatalogUpdated catalogId
                 * @property {number|null} [version] CatalogUpdated version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CatalogUpdated.
                 * @memberof farmacy.domain.v1
                 * @interface ICatalogUpdated
                 * @augments farmacy.domain.v1.CatalogUpdated.$Properties
                 * @deprecated Use farmacy.domain.v1.CatalogUpdated.$Properties instead.
                 */

                /**
                 * Shape of a CatalogUpdated.
                 * @typedef {farmacy.domain.v1.CatalogUpdated.$Properties} farmacy.domain.v1.CatalogUpdated.$Shape
                 */

                /**
                 * Constructs a new CatalogUpdated.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a CatalogUpdated.
                 * @constructor
                 * @param {farmacy.domain.v1.CatalogUpdated.$Properties=} [properties] Properties to set
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
                 * @memberof farmacy.domain.v1.CatalogUpdated
                 * @instance
                 */
                CatalogUpdated.prototype.catalogId = "";

                /**
                 * CatalogUpdated version.
                 * @member {number} version
                 * @memberof farmacy.domain.v1.CatalogUpdated
                 * @instance
                 */
                CatalogUpdated.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new CatalogUpdated instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.CatalogUpdated
                 * @static
                 * @param {farmacy.domain.v1.CatalogUpdated.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.CatalogUpdated} CatalogUpdated instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.CatalogUpdated.$Shape): farmacy.domain.v1.CatalogUpdated & farmacy.domain.v1.CatalogUpdated.$Shape;
                 *   (properties?: farmacy.domain.v1.CatalogUpdated.$Properties): farmacy.domain.v1.CatalogUpdated;
                 * }}
                 */
                CatalogUpdated.create = function(properties) {
                    return new CatalogUpdated(properties);
                };

                /**
                 * Encodes the specified CatalogUpdated message. Does not implicitly {@link farmacy.domain.v1.CatalogUpdated.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.CatalogUpdated
                 * @static
                 * @param {farmacy.domain.v1.CatalogUpdated.$Properties} message CatalogUpdated message or plain object to encode
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
                 * @memberof farmacy.domain.v1.CatalogUpdated
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.CatalogUpdated & farmacy.domain.v1.CatalogUpdated.$Shape} CatalogUpdated
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
                    message = _target || new $root.farmacy.domain.v1.CatalogUpdated();
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

            v1.MealStockReserved = (function() {

                /**
                 * Properties of a MealStockReserved.
                 * @typedef {Object} farmacy.domain.v1.MealStockReserved.$Properties
                 * @property {string|null} [reservationId] MealStockReserved reservationId
                 * @property {string|null} [gtin] MealStockReserved gtin
                 * @property {string|null} [userId] MealStockReserved userId
                 * @property {number|null} [quantity] MealStockReserved quantity
                 * @property {number|null} [expiresAtMs] MealStockReserved expiresAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealStockReserved.
                 * @memberof farmacy.domain.v1
                 * @interface IMealStockReserved
                 * @augments farmacy.domain.v1.MealStockReserved.$Properties
                 * @deprecated Use farmacy.domain.v1.MealStockReserved.$Properties instead.
                 */

                /**
                 * Shape of a MealStockReserved.
                 * @typedef {farmacy.domain.v1.MealStockReserved.$Properties} farmacy.domain.v1.MealStockReserved.$Shape
                 */

                /**
                 * Constructs a new MealStockReserved.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a MealStockReserved.
                 * @constructor
                 * @param {farmacy.domain.v1.MealStockReserved.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MealStockReserved = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MealStockReserved reservationId.
                 * @member {string} reservationId
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @instance
                 */
                MealStockReserved.prototype.reservationId = "";

                /**
                 * MealStockReserved gtin.
                 * @member {string} gtin
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @instance
                 */
                MealStockReserved.prototype.gtin = "";

                /**
                 * MealStockReserved userId.
                 * @member {string} userId
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @instance
                 */
                MealStockReserved.prototype.userId = "";

                /**
                 * MealStockReserved quantity.
                 * @member {number} quantity
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @instance
                 */
                MealStockReserved.prototype.quantity = 0;

                /**
                 * MealStockReserved expiresAtMs.
                 * @member {number} expiresAtMs
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @instance
                 */
                MealStockReserved.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new MealStockReserved instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @static
                 * @param {farmacy.domain.v1.MealStockReserved.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.MealStockReserved} MealStockReserved instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.MealStockReserved.$Shape): farmacy.domain.v1.MealStockReserved & farmacy.domain.v1.MealStockReserved.$Shape;
                 *   (properties?: farmacy.domain.v1.MealStockReserved.$Properties): farmacy.domain.v1.MealStockReserved;
                 * }}
                 */
                MealStockReserved.create = function(properties) {
                    return new MealStockReserved(properties);
                };

                /**
                 * Encodes the specified MealStockReserved message. Does not implicitly {@link farmacy.domain.v1.MealStockReserved.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @static
                 * @param {farmacy.domain.v1.MealStockReserved.$Properties} message MealStockReserved message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MealStockReserved.encode = function (message, writer, _depth) {
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
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.userId);
                    if (message.quantity != null && $Object.hasOwnProperty.call(message, "quantity") && message.quantity !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.quantity);
                    if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.expiresAtMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MealStockReserved message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.MealStockReserved
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealStockReserved & farmacy.domain.v1.MealStockReserved.$Shape} MealStockReserved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MealStockReserved.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.MealStockReserved();
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
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.quantity = value;
                                else
                                    delete message.quantity;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.expiresAtMs = value;
                                else
                                    delete message.expiresAtMs;
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

                return MealStockReserved;
            })();

            v1.MealStockCanceled = (function() {

                /**
                 * Properties of a MealStockCanceled.
                 * @typedef {Object} farmacy.domain.v1.MealStockCanceled.$Properties
                 * @property {string|null} [reservationId] MealStockCanceled reservationId
                 * @property {string|null} [gtin] MealStockCanceled gtin
                 * @property {number|null} [quantity] MealStockCanceled quantity
                 * @property {farmacy.domain.v1.MealStockCanceled.Reason|null} [reason] MealStockCanceled reason
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealStockCanceled.
                 * @memberof farmacy.domain.v1
                 * @interface IMealStockCanceled
                 * @augments farmacy.domain.v1.MealStockCanceled.$Properties
                 * @deprecated Use farmacy.domain.v1.MealStockCanceled.$Properties instead.
                 */

                /**
                 * Shape of a MealStockCanceled.
                 * @typedef {farmacy.domain.v1.MealStockCanceled.$Properties} farmacy.domain.v1.MealStockCanceled.$Shape
                 */

                /**
                 * Constructs a new MealStockCanceled.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a MealStockCanceled.
                 * @constructor
                 * @param {farmacy.domain.v1.MealStockCanceled.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MealStockCanceled = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MealStockCanceled reservationId.
                 * @member {string} reservationId
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @instance
                 */
                MealStockCanceled.prototype.reservationId = "";

                /**
                 * MealStockCanceled gtin.
                 * @member {string} gtin
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @instance
                 */
                MealStockCanceled.prototype.gtin = "";

                /**
                 * MealStockCanceled quantity.
                 * @member {number} quantity
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @instance
                 */
                MealStockCanceled.prototype.quantity = 0;

                /**
                 * MealStockCanceled reason.
                 * @member {farmacy.domain.v1.MealStockCanceled.Reason} reason
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @instance
                 */
                MealStockCanceled.prototype.reason = 0;

                /**
                 * Creates a new MealStockCanceled instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @static
                 * @param {farmacy.domain.v1.MealStockCanceled.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.MealStockCanceled} MealStockCanceled instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.MealStockCanceled.$Shape): farmacy.domain.v1.MealStockCanceled & farmacy.domain.v1.MealStockCanceled.$Shape;
                 *   (properties?: farmacy.domain.v1.MealStockCanceled.$Properties): farmacy.domain.v1.MealStockCanceled;
                 * }}
                 */
                MealStockCanceled.create = function(properties) {
                    return new MealStockCanceled(properties);
                };

                /**
                 * Encodes the specified MealStockCanceled message. Does not implicitly {@link farmacy.domain.v1.MealStockCanceled.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @static
                 * @param {farmacy.domain.v1.MealStockCanceled.$Properties} message MealStockCanceled message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MealStockCanceled.encode = function (message, writer, _depth) {
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
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 4, wireType 0 =*/32).int32(message.reason);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MealStockCanceled message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.MealStockCanceled
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealStockCanceled & farmacy.domain.v1.MealStockCanceled.$Shape} MealStockCanceled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MealStockCanceled.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.MealStockCanceled();
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
                                if (value = reader.int32())
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

                /**
                 * Reason enum.
                 * @name farmacy.domain.v1.MealStockCanceled.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} BY_USER=1 BY_USER value
                 * @property {number} EXPIRED=2 EXPIRED value
                 * @property {number} PAYMENT_FAILED=3 PAYMENT_FAILED value
                 */
                MealStockCanceled.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "BY_USER"] = 1;
                    values[valuesById[2] = "EXPIRED"] = 2;
                    values[valuesById[3] = "PAYMENT_FAILED"] = 3;
                    return values;
                })();

                return MealStockCanceled;
            })();

            v1.OrderPlacedInFridge = (function() {

                /**
                 * Properties of an OrderPlacedInFridge.
                 * @typedef {Object} farmacy.domain.v1.OrderPlacedInFridge.$Properties
                 * @property {string|null} [orderId] OrderPlacedInFridge orderId
                 * @property {string|null} [userId] OrderPlacedInFridge userId
                 * @property {string|null} [epc] OrderPlacedInFridge epc
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderPlacedInFridge.
                 * @memberof farmacy.domain.v1
                 * @interface IOrderPlacedInFridge
                 * @augments farmacy.domain.v1.OrderPlacedInFridge.$Properties
                 * @deprecated Use farmacy.domain.v1.OrderPlacedInFridge.$Properties instead.
                 */

                /**
                 * Shape of an OrderPlacedInFridge.
                 * @typedef {farmacy.domain.v1.OrderPlacedInFridge.$Properties} farmacy.domain.v1.OrderPlacedInFridge.$Shape
                 */

                /**
                 * Constructs a new OrderPlacedInFridge.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents an OrderPlacedInFridge.
                 * @constructor
                 * @param {farmacy.domain.v1.OrderPlacedInFridge.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderPlacedInFridge = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderPlacedInFridge orderId.
                 * @member {string} orderId
                 * @memberof farmacy.domain.v1.OrderPlacedInFridge
                 * @instance
                 */
                OrderPlacedInFridge.prototype.orderId = "";

                /**
                 * OrderPlacedInFridge userId.
                 * @member {string} userId
                 * @memberof farmacy.domain.v1.OrderPlacedInFridge
                 * @instance
                 */
                OrderPlacedInFridge.prototype.userId = "";

                /**
                 * OrderPlacedInFridge epc.
                 * @member {string} epc
                 * @memberof farmacy.domain.v1.OrderPlacedInFridge
                 * @instance
                 */
                OrderPlacedInFridge.prototype.epc = "";

                /**
                 * Creates a new OrderPlacedInFridge instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.OrderPlacedInFridge
                 * @static
                 * @param {farmacy.domain.v1.OrderPlacedInFridge.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.OrderPlacedInFridge} OrderPlacedInFridge instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.OrderPlacedInFridge.$Shape): farmacy.domain.v1.OrderPlacedInFridge & farmacy.domain.v1.OrderPlacedInFridge.$Shape;
                 *   (properties?: farmacy.domain.v1.OrderPlacedInFridge.$Properties): farmacy.domain.v1.OrderPlacedInFridge;
                 * }}
                 */
                OrderPlacedInFridge.create = function(properties) {
                    return new OrderPlacedInFridge(properties);
                };

                /**
                 * Encodes the specified OrderPlacedInFridge message. Does not implicitly {@link farmacy.domain.v1.OrderPlacedInFridge.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.OrderPlacedInFridge
                 * @static
                 * @param {farmacy.domain.v1.OrderPlacedInFridge.$Properties} message OrderPlacedInFridge message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderPlacedInFridge.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.epc != null && $Object.hasOwnProperty.call(message, "epc") && message.epc !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.epc);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderPlacedInFridge message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.OrderPlacedInFridge
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.OrderPlacedInFridge & farmacy.domain.v1.OrderPlacedInFridge.$Shape} OrderPlacedInFridge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderPlacedInFridge.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.OrderPlacedInFridge();
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
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.userId = value;
                                else
                                    delete message.userId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.epc = value;
                                else
                                    delete message.epc;
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

                return OrderPlacedInFridge;
            })();

            v1.OrderAvailableForPicking = (function() {

                /**
                 * Properties of an OrderAvailableForPicking.
                 * @typedef {Object} farmacy.domain.v1.OrderAvailableForPicking.$Properties
                 * @property {string|null} [orderId] OrderAvailableForPicking orderId
                 * @property {string|null} [userId] OrderAvailableForPicking userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderAvailableForPicking.
                 * @memberof farmacy.domain.v1
                 * @interface IOrderAvailableForPicking
                 * @augments farmacy.domain.v1.OrderAvailableForPicking.$Properties
                 * @deprecated Use farmacy.domain.v1.OrderAvailableForPicking.$Properties instead.
                 */

                /**
                 * Shape of an OrderAvailableForPicking.
                 * @typedef {farmacy.domain.v1.OrderAvailableForPicking.$Properties} farmacy.domain.v1.OrderAvailableForPicking.$Shape
                 */

                /**
                 * Constructs a new OrderAvailableForPicking.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents an OrderAvailableForPicking.
                 * @constructor
                 * @param {farmacy.domain.v1.OrderAvailableForPicking.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderAvailableForPicking = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderAvailableForPicking orderId.
                 * @member {string} orderId
                 * @memberof farmacy.domain.v1.OrderAvailableForPicking
                 * @instance
                 */
                OrderAvailableForPicking.prototype.orderId = "";

                /**
                 * OrderAvailableForPicking userId.
                 * @member {string} userId
                 * @memberof farmacy.domain.v1.OrderAvailableForPicking
                 * @instance
                 */
                OrderAvailableForPicking.prototype.userId = "";

                /**
                 * Creates a new OrderAvailableForPicking instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.OrderAvailableForPicking
                 * @static
                 * @param {farmacy.domain.v1.OrderAvailableForPicking.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.OrderAvailableForPicking} OrderAvailableForPicking instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.OrderAvailableForPicking.$Shape): farmacy.domain.v1.OrderAvailableForPicking & farmacy.domain.v1.OrderAvailableForPicking.$Shape;
                 *   (properties?: farmacy.domain.v1.OrderAvailableForPicking.$Properties): farmacy.domain.v1.OrderAvailableForPicking;
                 * }}
                 */
                OrderAvailableForPicking.create = function(properties) {
                    return new OrderAvailableForPicking(properties);
                };

                /**
                 * Encodes the specified OrderAvailableForPicking message. Does not implicitly {@link farmacy.domain.v1.OrderAvailableForPicking.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.OrderAvailableForPicking
                 * @static
                 * @param {farmacy.domain.v1.OrderAvailableForPicking.$Properties} message OrderAvailableForPicking message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderAvailableForPicking.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderAvailableForPicking message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.OrderAvailableForPicking
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.OrderAvailableForPicking & farmacy.domain.v1.OrderAvailableForPicking.$Shape} OrderAvailableForPicking
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderAvailableForPicking.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.OrderAvailableForPicking();
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
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
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

                return OrderAvailableForPicking;
            })();

            v1.OrderDispatched = (function() {

                /**
                 * Properties of an OrderDispatched.
                 * @typedef {Object} farmacy.domain.v1.OrderDispatched.$Properties
                 * @property {string|null} [orderId] OrderDispatched orderId
                 * @property {string|null} [userId] OrderDispatched userId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an OrderDispatched.
                 * @memberof farmacy.domain.v1
                 * @interface IOrderDispatched
                 * @augments farmacy.domain.v1.OrderDispatched.$Properties
                 * @deprecated Use farmacy.domain.v1.OrderDispatched.$Properties instead.
                 */

                /**
                 * Shape of an OrderDispatched.
                 * @typedef {farmacy.domain.v1.OrderDispatched.$Properties} farmacy.domain.v1.OrderDispatched.$Shape
                 */

                /**
                 * Constructs a new OrderDispatched.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents an OrderDispatched.
                 * @constructor
                 * @param {farmacy.domain.v1.OrderDispatched.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const OrderDispatched = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * OrderDispatched orderId.
                 * @member {string} orderId
                 * @memberof farmacy.domain.v1.OrderDispatched
                 * @instance
                 */
                OrderDispatched.prototype.orderId = "";

                /**
                 * OrderDispatched userId.
                 * @member {string} userId
                 * @memberof farmacy.domain.v1.OrderDispatched
                 * @instance
                 */
                OrderDispatched.prototype.userId = "";

                /**
                 * Creates a new OrderDispatched instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.OrderDispatched
                 * @static
                 * @param {farmacy.domain.v1.OrderDispatched.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.OrderDispatched} OrderDispatched instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.OrderDispatched.$Shape): farmacy.domain.v1.OrderDispatched & farmacy.domain.v1.OrderDispatched.$Shape;
                 *   (properties?: farmacy.domain.v1.OrderDispatched.$Properties): farmacy.domain.v1.OrderDispatched;
                 * }}
                 */
                OrderDispatched.create = function(properties) {
                    return new OrderDispatched(properties);
                };

                /**
                 * Encodes the specified OrderDispatched message. Does not implicitly {@link farmacy.domain.v1.OrderDispatched.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.OrderDispatched
                 * @static
                 * @param {farmacy.domain.v1.OrderDispatched.$Properties} message OrderDispatched message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OrderDispatched.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.orderId != null && $Object.hasOwnProperty.call(message, "orderId") && message.orderId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.orderId);
                    if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.userId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an OrderDispatched message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.OrderDispatched
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.OrderDispatched & farmacy.domain.v1.OrderDispatched.$Shape} OrderDispatched
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OrderDispatched.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.OrderDispatched();
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
                                    message.orderId = value;
                                else
                                    delete message.orderId;
                                continue;
                            }
                        case 2: {
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

                return OrderDispatched;
            })();

            v1.FridgeOnline = (function() {

                /**
                 * Properties of a FridgeOnline.
                 * @typedef {Object} farmacy.domain.v1.FridgeOnline.$Properties
                 * @property {string|null} [epoch] FridgeOnline epoch
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FridgeOnline.
                 * @memberof farmacy.domain.v1
                 * @interface IFridgeOnline
                 * @augments farmacy.domain.v1.FridgeOnline.$Properties
                 * @deprecated Use farmacy.domain.v1.FridgeOnline.$Properties instead.
                 */

                /**
                 * Shape of a FridgeOnline.
                 * @typedef {farmacy.domain.v1.FridgeOnline.$Properties} farmacy.domain.v1.FridgeOnline.$Shape
                 */

                /**
                 * Constructs a new FridgeOnline.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a FridgeOnline.
                 * @constructor
                 * @param {farmacy.domain.v1.FridgeOnline.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FridgeOnline = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FridgeOnline epoch.
                 * @member {string} epoch
                 * @memberof farmacy.domain.v1.FridgeOnline
                 * @instance
                 */
                FridgeOnline.prototype.epoch = "";

                /**
                 * Creates a new FridgeOnline instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.FridgeOnline
                 * @static
                 * @param {farmacy.domain.v1.FridgeOnline.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.FridgeOnline} FridgeOnline instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.FridgeOnline.$Shape): farmacy.domain.v1.FridgeOnline & farmacy.domain.v1.FridgeOnline.$Shape;
                 *   (properties?: farmacy.domain.v1.FridgeOnline.$Properties): farmacy.domain.v1.FridgeOnline;
                 * }}
                 */
                FridgeOnline.create = function(properties) {
                    return new FridgeOnline(properties);
                };

                /**
                 * Encodes the specified FridgeOnline message. Does not implicitly {@link farmacy.domain.v1.FridgeOnline.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.FridgeOnline
                 * @static
                 * @param {farmacy.domain.v1.FridgeOnline.$Properties} message FridgeOnline message or plain object to encode
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
                    if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epoch);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FridgeOnline message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.FridgeOnline
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.FridgeOnline & farmacy.domain.v1.FridgeOnline.$Shape} FridgeOnline
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
                    message = _target || new $root.farmacy.domain.v1.FridgeOnline();
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

                return FridgeOnline;
            })();

            v1.FridgeOffline = (function() {

                /**
                 * Properties of a FridgeOffline.
                 * @typedef {Object} farmacy.domain.v1.FridgeOffline.$Properties
                 * @property {boolean|null} [clean] FridgeOffline clean
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FridgeOffline.
                 * @memberof farmacy.domain.v1
                 * @interface IFridgeOffline
                 * @augments farmacy.domain.v1.FridgeOffline.$Properties
                 * @deprecated Use farmacy.domain.v1.FridgeOffline.$Properties instead.
                 */

                /**
                 * Shape of a FridgeOffline.
                 * @typedef {farmacy.domain.v1.FridgeOffline.$Properties} farmacy.domain.v1.FridgeOffline.$Shape
                 */

                /**
                 * Constructs a new FridgeOffline.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a FridgeOffline.
                 * @constructor
                 * @param {farmacy.domain.v1.FridgeOffline.$Properties=} [properties] Properties to set
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
                 * @memberof farmacy.domain.v1.FridgeOffline
                 * @instance
                 */
                FridgeOffline.prototype.clean = false;

                /**
                 * Creates a new FridgeOffline instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.FridgeOffline
                 * @static
                 * @param {farmacy.domain.v1.FridgeOffline.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.FridgeOffline} FridgeOffline instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.FridgeOffline.$Shape): farmacy.domain.v1.FridgeOffline & farmacy.domain.v1.FridgeOffline.$Shape;
                 *   (properties?: farmacy.domain.v1.FridgeOffline.$Properties): farmacy.domain.v1.FridgeOffline;
                 * }}
                 */
                FridgeOffline.create = function(properties) {
                    return new FridgeOffline(properties);
                };

                /**
                 * Encodes the specified FridgeOffline message. Does not implicitly {@link farmacy.domain.v1.FridgeOffline.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.FridgeOffline
                 * @static
                 * @param {farmacy.domain.v1.FridgeOffline.$Properties} message FridgeOffline message or plain object to encode
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
                 * @memberof farmacy.domain.v1.FridgeOffline
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.FridgeOffline & farmacy.domain.v1.FridgeOffline.$Shape} FridgeOffline
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
                    message = _target || new $root.farmacy.domain.v1.FridgeOffline();
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

            v1.UnknownTagSeen = (function() {

                /**
                 * Properties of an UnknownTagSeen.
                 * @typedef {Object} farmacy.domain.v1.UnknownTagSeen.$Properties
                 * @property {string|null} [epc] UnknownTagSeen epc
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UnknownTagSeen.
                 * @memberof farmacy.domain.v1
                 * @interface IUnknownTagSeen
                 * @augments farmacy.domain.v1.UnknownTagSeen.$Properties
                 * @deprecated Use farmacy.domain.v1.UnknownTagSeen.$Properties instead.
                 */

                /**
                 * Shape of an UnknownTagSeen.
                 * @typedef {farmacy.domain.v1.UnknownTagSeen.$Properties} farmacy.domain.v1.UnknownTagSeen.$Shape
                 */

                /**
                 * Constructs a new UnknownTagSeen.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents an UnknownTagSeen.
                 * @constructor
                 * @param {farmacy.domain.v1.UnknownTagSeen.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UnknownTagSeen = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UnknownTagSeen epc.
                 * @member {string} epc
                 * @memberof farmacy.domain.v1.UnknownTagSeen
                 * @instance
                 */
                UnknownTagSeen.prototype.epc = "";

                /**
                 * Creates a new UnknownTagSeen instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.UnknownTagSeen
                 * @static
                 * @param {farmacy.domain.v1.UnknownTagSeen.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.UnknownTagSeen} UnknownTagSeen instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.UnknownTagSeen.$Shape): farmacy.domain.v1.UnknownTagSeen & farmacy.domain.v1.UnknownTagSeen.$Shape;
                 *   (properties?: farmacy.domain.v1.UnknownTagSeen.$Properties): farmacy.domain.v1.UnknownTagSeen;
                 * }}
                 */
                UnknownTagSeen.create = function(properties) {
                    return new UnknownTagSeen(properties);
                };

                /**
                 * Encodes the specified UnknownTagSeen message. Does not implicitly {@link farmacy.domain.v1.UnknownTagSeen.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.UnknownTagSeen
                 * @static
                 * @param {farmacy.domain.v1.UnknownTagSeen.$Properties} message UnknownTagSeen message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UnknownTagSeen.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.epc != null && $Object.hasOwnProperty.call(message, "epc") && message.epc !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.epc);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an UnknownTagSeen message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.UnknownTagSeen
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.UnknownTagSeen & farmacy.domain.v1.UnknownTagSeen.$Shape} UnknownTagSeen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UnknownTagSeen.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.UnknownTagSeen();
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

                return UnknownTagSeen;
            })();

            v1.StockDiscrepancy = (function() {

                /**
                 * Properties of a StockDiscrepancy.
                 * @typedef {Object} farmacy.domain.v1.StockDiscrepancy.$Properties
                 * @property {number|null} [shelf] StockDiscrepancy shelf
                 * @property {number|null} [expectedDeltaG] StockDiscrepancy expectedDeltaG
                 * @property {number|null} [measuredDeltaG] StockDiscrepancy measuredDeltaG
                 * @property {string|null} [detail] StockDiscrepancy detail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a StockDiscrepancy.
                 * @memberof farmacy.domain.v1
                 * @interface IStockDiscrepancy
                 * @augments farmacy.domain.v1.StockDiscrepancy.$Properties
                 * @deprecated Use farmacy.domain.v1.StockDiscrepancy.$Properties instead.
                 */

                /**
                 * Shape of a StockDiscrepancy.
                 * @typedef {farmacy.domain.v1.StockDiscrepancy.$Properties} farmacy.domain.v1.StockDiscrepancy.$Shape
                 */

                /**
                 * Constructs a new StockDiscrepancy.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a StockDiscrepancy.
                 * @constructor
                 * @param {farmacy.domain.v1.StockDiscrepancy.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const StockDiscrepancy = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * StockDiscrepancy shelf.
                 * @member {number} shelf
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @instance
                 */
                StockDiscrepancy.prototype.shelf = 0;

                /**
                 * StockDiscrepancy expectedDeltaG.
                 * @member {number} expectedDeltaG
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @instance
                 */
                StockDiscrepancy.prototype.expectedDeltaG = 0;

                /**
                 * StockDiscrepancy measuredDeltaG.
                 * @member {number} measuredDeltaG
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @instance
                 */
                StockDiscrepancy.prototype.measuredDeltaG = 0;

                /**
                 * StockDiscrepancy detail.
                 * @member {string} detail
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @instance
                 */
                StockDiscrepancy.prototype.detail = "";

                /**
                 * Creates a new StockDiscrepancy instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @static
                 * @param {farmacy.domain.v1.StockDiscrepancy.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.StockDiscrepancy} StockDiscrepancy instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.StockDiscrepancy.$Shape): farmacy.domain.v1.StockDiscrepancy & farmacy.domain.v1.StockDiscrepancy.$Shape;
                 *   (properties?: farmacy.domain.v1.StockDiscrepancy.$Properties): farmacy.domain.v1.StockDiscrepancy;
                 * }}
                 */
                StockDiscrepancy.create = function(properties) {
                    return new StockDiscrepancy(properties);
                };

                /**
                 * Encodes the specified StockDiscrepancy message. Does not implicitly {@link farmacy.domain.v1.StockDiscrepancy.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @static
                 * @param {farmacy.domain.v1.StockDiscrepancy.$Properties} message StockDiscrepancy message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                StockDiscrepancy.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.shelf != null && $Object.hasOwnProperty.call(message, "shelf") && message.shelf !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.shelf);
                    if (message.expectedDeltaG != null && $Object.hasOwnProperty.call(message, "expectedDeltaG") && message.expectedDeltaG !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.expectedDeltaG);
                    if (message.measuredDeltaG != null && $Object.hasOwnProperty.call(message, "measuredDeltaG") && message.measuredDeltaG !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.measuredDeltaG);
                    if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a StockDiscrepancy message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.StockDiscrepancy
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.StockDiscrepancy & farmacy.domain.v1.StockDiscrepancy.$Shape} StockDiscrepancy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                StockDiscrepancy.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.StockDiscrepancy();
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
                                if (value = reader.int32())
                                    message.expectedDeltaG = value;
                                else
                                    delete message.expectedDeltaG;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.measuredDeltaG = value;
                                else
                                    delete message.measuredDeltaG;
                                continue;
                            }
                        case 4: {
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

                return StockDiscrepancy;
            })();

            v1.TemperatureExcursion = (function() {

                /**
                 * Properties of a TemperatureExcursion.
                 * @typedef {Object} farmacy.domain.v1.TemperatureExcursion.$Properties
                 * @property {number|null} [maxDeciCelsius] TemperatureExcursion maxDeciCelsius
                 * @property {number|null} [sinceMs] TemperatureExcursion sinceMs
                 * @property {boolean|null} [cleared] TemperatureExcursion cleared
                 * @property {string|null} [clearedBy] TemperatureExcursion clearedBy
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemperatureExcursion.
                 * @memberof farmacy.domain.v1
                 * @interface ITemperatureExcursion
                 * @augments farmacy.domain.v1.TemperatureExcursion.$Properties
                 * @deprecated Use farmacy.domain.v1.TemperatureExcursion.$Properties instead.
                 */

                /**
                 * Shape of a TemperatureExcursion.
                 * @typedef {farmacy.domain.v1.TemperatureExcursion.$Properties} farmacy.domain.v1.TemperatureExcursion.$Shape
                 */

                /**
                 * Constructs a new TemperatureExcursion.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a TemperatureExcursion.
                 * @constructor
                 * @param {farmacy.domain.v1.TemperatureExcursion.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TemperatureExcursion = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemperatureExcursion maxDeciCelsius.
                 * @member {number} maxDeciCelsius
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @instance
                 */
                TemperatureExcursion.prototype.maxDeciCelsius = 0;

                /**
                 * TemperatureExcursion sinceMs.
                 * @member {number} sinceMs
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @instance
                 */
                TemperatureExcursion.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * TemperatureExcursion cleared.
                 * @member {boolean} cleared
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @instance
                 */
                TemperatureExcursion.prototype.cleared = false;

                /**
                 * TemperatureExcursion clearedBy.
                 * @member {string} clearedBy
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @instance
                 */
                TemperatureExcursion.prototype.clearedBy = "";

                /**
                 * Creates a new TemperatureExcursion instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @static
                 * @param {farmacy.domain.v1.TemperatureExcursion.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.TemperatureExcursion} TemperatureExcursion instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.TemperatureExcursion.$Shape): farmacy.domain.v1.TemperatureExcursion & farmacy.domain.v1.TemperatureExcursion.$Shape;
                 *   (properties?: farmacy.domain.v1.TemperatureExcursion.$Properties): farmacy.domain.v1.TemperatureExcursion;
                 * }}
                 */
                TemperatureExcursion.create = function(properties) {
                    return new TemperatureExcursion(properties);
                };

                /**
                 * Encodes the specified TemperatureExcursion message. Does not implicitly {@link farmacy.domain.v1.TemperatureExcursion.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @static
                 * @param {farmacy.domain.v1.TemperatureExcursion.$Properties} message TemperatureExcursion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemperatureExcursion.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.maxDeciCelsius != null && $Object.hasOwnProperty.call(message, "maxDeciCelsius") && message.maxDeciCelsius !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.maxDeciCelsius);
                    if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.sinceMs);
                    if (message.cleared != null && $Object.hasOwnProperty.call(message, "cleared") && message.cleared !== false)
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.cleared);
                    if (message.clearedBy != null && $Object.hasOwnProperty.call(message, "clearedBy") && message.clearedBy !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.clearedBy);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TemperatureExcursion message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.TemperatureExcursion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.TemperatureExcursion & farmacy.domain.v1.TemperatureExcursion.$Shape} TemperatureExcursion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemperatureExcursion.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.TemperatureExcursion();
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
                                    message.maxDeciCelsius = value;
                                else
                                    delete message.maxDeciCelsius;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.sinceMs = value;
                                else
                                    delete message.sinceMs;
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
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.clearedBy = value;
                                else
                                    delete message.clearedBy;
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

                return TemperatureExcursion;
            })();

            v1.MealsWithdrawn = (function() {

                /**
                 * Properties of a MealsWithdrawn.
                 * @typedef {Object} farmacy.domain.v1.MealsWithdrawn.$Properties
                 * @property {farmacy.domain.v1.MealsWithdrawn.Reason|null} [reason] MealsWithdrawn reason
                 * @property {Array.<string>|null} [epcs] MealsWithdrawn epcs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealsWithdrawn.
                 * @memberof farmacy.domain.v1
                 * @interface IMealsWithdrawn
                 * @augments farmacy.domain.v1.MealsWithdrawn.$Properties
                 * @deprecated Use farmacy.domain.v1.MealsWithdrawn.$Properties instead.
                 */

                /**
                 * Shape of a MealsWithdrawn.
                 * @typedef {farmacy.domain.v1.MealsWithdrawn.$Properties} farmacy.domain.v1.MealsWithdrawn.$Shape
                 */

                /**
                 * Constructs a new MealsWithdrawn.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a MealsWithdrawn.
                 * @constructor
                 * @param {farmacy.domain.v1.MealsWithdrawn.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const MealsWithdrawn = function (properties) {
                    this.epcs = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * MealsWithdrawn reason.
                 * @member {farmacy.domain.v1.MealsWithdrawn.Reason} reason
                 * @memberof farmacy.domain.v1.MealsWithdrawn
                 * @instance
                 */
                MealsWithdrawn.prototype.reason = 0;

                /**
                 * MealsWithdrawn epcs.
                 * @member {Array.<string>} epcs
                 * @memberof farmacy.domain.v1.MealsWithdrawn
                 * @instance
                 */
                MealsWithdrawn.prototype.epcs = $util.emptyArray;

                /**
                 * Creates a new MealsWithdrawn instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.MealsWithdrawn
                 * @static
                 * @param {farmacy.domain.v1.MealsWithdrawn.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.MealsWithdrawn} MealsWithdrawn instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.MealsWithdrawn.$Shape): farmacy.domain.v1.MealsWithdrawn & farmacy.domain.v1.MealsWithdrawn.$Shape;
                 *   (properties?: farmacy.domain.v1.MealsWithdrawn.$Properties): farmacy.domain.v1.MealsWithdrawn;
                 * }}
                 */
                MealsWithdrawn.create = function(properties) {
                    return new MealsWithdrawn(properties);
                };

                /**
                 * Encodes the specified MealsWithdrawn message. Does not implicitly {@link farmacy.domain.v1.MealsWithdrawn.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.MealsWithdrawn
                 * @static
                 * @param {farmacy.domain.v1.MealsWithdrawn.$Properties} message MealsWithdrawn message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MealsWithdrawn.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                    if (message.epcs != null && message.epcs.length)
                        for (let i = 0; i < message.epcs.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.epcs[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a MealsWithdrawn message from the specified reader or buffer.
                 * @function decode
                 * @memberof farmacy.domain.v1.MealsWithdrawn
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealsWithdrawn & farmacy.domain.v1.MealsWithdrawn.$Shape} MealsWithdrawn
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MealsWithdrawn.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.farmacy.domain.v1.MealsWithdrawn();
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
                                if (!(message.epcs && message.epcs.length))
                                    message.epcs = [];
                                message.epcs.push(reader.stringVerify());
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
                 * @name farmacy.domain.v1.MealsWithdrawn.Reason
                 * @enum {number}
                 * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
                 * @property {number} EXPIRED=1 EXPIRED value
                 * @property {number} TEMPERATURE=2 TEMPERATURE value
                 */
                MealsWithdrawn.Reason = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "EXPIRED"] = 1;
                    values[valuesById[2] = "TEMPERATURE"] = 2;
                    return values;
                })();

                return MealsWithdrawn;
            })();

            v1.MealNearingExpiry = (function() {

                /**
                 * Properties of a MealNearingExpiry.
                 * @typedef {Object} farmacy.domain.v1.MealNearingExpiry.$Properties
                 * @property {string|null} [epc] MealNearingExpiry epc
                 * @property {string|null} [gtin] MealNearingExpiry gtin
                 * @property {number|null} [bestBeforeMs] MealNearingExpiry bestBeforeMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a MealNearingExpiry.
                 * @memberof farmacy.domain.v1
                 * @interface IMealNearingExpiry
                 * @augments farmacy.domain.v1.MealNearingExpiry.$Properties
                 * @deprecated Use farmacy.domain.v1.MealNearingExpiry.$Properties instead.
                 */

                /**
                 * Shape of a MealNearingExpiry.
                 * @typedef {farmacy.domain.v1.MealNearingExpiry.$Properties} farmacy.domain.v1.MealNearingExpiry.$Shape
                 */

                /**
                 * Constructs a new MealNearingExpiry.
                 * @memberof farmacy.domain.v1
                 * @classdesc Represents a MealNearingExpiry.
                 * @constructor
                 * @param {farmacy.domain.v1.MealNearingExpiry.$Properties=} [properties] Properties to set
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
                 * @memberof farmacy.domain.v1.MealNearingExpiry
                 * @instance
                 */
                MealNearingExpiry.prototype.epc = "";

                /**
                 * MealNearingExpiry gtin.
                 * @member {string} gtin
                 * @memberof farmacy.domain.v1.MealNearingExpiry
                 * @instance
                 */
                MealNearingExpiry.prototype.gtin = "";

                /**
                 * MealNearingExpiry bestBeforeMs.
                 * @member {number} bestBeforeMs
                 * @memberof farmacy.domain.v1.MealNearingExpiry
                 * @instance
                 */
                MealNearingExpiry.prototype.bestBeforeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new MealNearingExpiry instance using the specified properties.
                 * @function create
                 * @memberof farmacy.domain.v1.MealNearingExpiry
                 * @static
                 * @param {farmacy.domain.v1.MealNearingExpiry.$Properties=} [properties] Properties to set
                 * @returns {farmacy.domain.v1.MealNearingExpiry} MealNearingExpiry instance
                 * @type {{
                 *   (properties: farmacy.domain.v1.MealNearingExpiry.$Shape): farmacy.domain.v1.MealNearingExpiry & farmacy.domain.v1.MealNearingExpiry.$Shape;
                 *   (properties?: farmacy.domain.v1.MealNearingExpiry.$Properties): farmacy.domain.v1.MealNearingExpiry;
                 * }}
                 */
                MealNearingExpiry.create = function(properties) {
                    return new MealNearingExpiry(properties);
                };

                /**
                 * Encodes the specified MealNearingExpiry message. Does not implicitly {@link farmacy.domain.v1.MealNearingExpiry.verify|verify} messages.
                 * @function encode
                 * @memberof farmacy.domain.v1.MealNearingExpiry
                 * @static
                 * @param {farmacy.domain.v1.MealNearingExpiry.$Properties} message MealNearingExpiry message or plain object to encode
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
                 * @memberof farmacy.domain.v1.MealNearingExpiry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealNearingExpiry & farmacy.domain.v1.MealNearingExpiry.$Shape} MealNearingExpiry
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
                    message = _target || new $root.farmacy.domain.v1.MealNearingExpiry();
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

            return v1;
        })();

        return domain;
    })();

    return farmacy;
})();

export {
  $root as default
};
