import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace farmacy. */
export namespace farmacy {

    /** Namespace domain. */
    namespace domain {

        /** Namespace v1. */
        namespace v1 {

            /**
             * Properties of a DomainEvent.
             * @deprecated Use farmacy.domain.v1.DomainEvent.$Properties instead.
             */
            interface IDomainEvent extends farmacy.domain.v1.DomainEvent.$Properties {
            }

            /** Represents a DomainEvent. */
            class DomainEvent {

                /**
                 * Constructs a new DomainEvent.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.DomainEvent.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DomainEvent position. */
                position: number;

                /** DomainEvent occurredAtMs. */
                occurredAtMs: number;

                /** DomainEvent district. */
                district: string;

                /** DomainEvent fridgeId. */
                fridgeId: string;

                /** DomainEvent mealStockUpdated. */
                mealStockUpdated?: (farmacy.domain.v1.MealStockUpdated.$Properties|null);

                /** DomainEvent catalogUpdated. */
                catalogUpdated?: (farmacy.domain.v1.CatalogUpdated.$Properties|null);

                /** DomainEvent mealStockReserved. */
                mealStockReserved?: (farmacy.domain.v1.MealStockReserved.$Properties|null);

                /** DomainEvent mealStockCanceled. */
                mealStockCanceled?: (farmacy.domain.v1.MealStockCanceled.$Properties|null);

                /** DomainEvent orderPlacedInFridge. */
                orderPlacedInFridge?: (farmacy.domain.v1.OrderPlacedInFridge.$Properties|null);

                /** DomainEvent orderAvailableForPicking. */
                orderAvailableForPicking?: (farmacy.domain.v1.OrderAvailableForPicking.$Properties|null);

                /** DomainEvent orderDispatched. */
                orderDispatched?: (farmacy.domain.v1.OrderDispatched.$Properties|null);

                /** DomainEvent fridgeOnline. */
                fridgeOnline?: (farmacy.domain.v1.FridgeOnline.$Properties|null);

                /** DomainEvent fridgeOffline. */
                fridgeOffline?: (farmacy.domain.v1.FridgeOffline.$Properties|null);

                /** DomainEvent unknownTagSeen. */
                unknownTagSeen?: (farmacy.domain.v1.UnknownTagSeen.$Properties|null);

                /** DomainEvent stockDiscrepancy. */
                stockDiscrepancy?: (farmacy.domain.v1.StockDiscrepancy.$Properties|null);

                /** DomainEvent temperatureExcursion. */
                temperatureExcursion?: (farmacy.domain.v1.TemperatureExcursion.$Properties|null);

                /** DomainEvent mealsWithdrawn. */
                mealsWithdrawn?: (farmacy.domain.v1.MealsWithdrawn.$Properties|null);

                /** DomainEvent mealNearingExpiry. */
                mealNearingExpiry?: (farmacy.domain.v1.MealNearingExpiry.$Properties|null);

                /** DomainEvent body. */
                body?: ("mealStockUpdated"|"catalogUpdated"|"mealStockReserved"|"mealStockCanceled"|"orderPlacedInFridge"|"orderAvailableForPicking"|"orderDispatched"|"fridgeOnline"|"fridgeOffline"|"unknownTagSeen"|"stockDiscrepancy"|"temperatureExcursion"|"mealsWithdrawn"|"mealNearingExpiry");

                /**
                 * Creates a new DomainEvent instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DomainEvent instance
                 */
                static create(properties: farmacy.domain.v1.DomainEvent.$Shape): farmacy.domain.v1.DomainEvent & farmacy.domain.v1.DomainEvent.$Shape;
                static create(properties?: farmacy.domain.v1.DomainEvent.$Properties): farmacy.domain.v1.DomainEvent;

                /**
                 * Encodes the specified DomainEvent message. Does not implicitly {@link farmacy.domain.v1.DomainEvent.verify|verify} messages.
                 * @param message DomainEvent message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.DomainEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DomainEvent message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.DomainEvent & farmacy.domain.v1.DomainEvent.$Shape} DomainEvent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.DomainEvent & farmacy.domain.v1.DomainEvent.$Shape;
            }

            namespace DomainEvent {

                /** Properties of a DomainEvent. */
                interface $Properties {

                    /** DomainEvent position */
                    position?: (number|null);

                    /** DomainEvent occurredAtMs */
                    occurredAtMs?: (number|null);

                    /** DomainEvent district */
                    district?: (string|null);

                    /** DomainEvent fridgeId */
                    fridgeId?: (string|null);

                    /** DomainEvent mealStockUpdated */
                    mealStockUpdated?: (farmacy.domain.v1.MealStockUpdated.$Properties|null);

                    /** DomainEvent catalogUpdated */
                    catalogUpdated?: (farmacy.domain.v1.CatalogUpdated.$Properties|null);

                    /** DomainEvent mealStockReserved */
                    mealStockReserved?: (farmacy.domain.v1.MealStockReserved.$Properties|null);

                    /** DomainEvent mealStockCanceled */
                    mealStockCanceled?: (farmacy.domain.v1.MealStockCanceled.$Properties|null);

                    /** DomainEvent orderPlacedInFridge */
                    orderPlacedInFridge?: (farmacy.domain.v1.OrderPlacedInFridge.$Properties|null);

                    /** DomainEvent orderAvailableForPicking */
                    orderAvailableForPicking?: (farmacy.domain.v1.OrderAvailableForPicking.$Properties|null);

                    /** DomainEvent orderDispatched */
                    orderDispatched?: (farmacy.domain.v1.OrderDispatched.$Properties|null);

                    /** DomainEvent fridgeOnline */
                    fridgeOnline?: (farmacy.domain.v1.FridgeOnline.$Properties|null);

                    /** DomainEvent fridgeOffline */
                    fridgeOffline?: (farmacy.domain.v1.FridgeOffline.$Properties|null);

                    /** DomainEvent unknownTagSeen */
                    unknownTagSeen?: (farmacy.domain.v1.UnknownTagSeen.$Properties|null);

                    /** DomainEvent stockDiscrepancy */
                    stockDiscrepancy?: (farmacy.domain.v1.StockDiscrepancy.$Properties|null);

                    /** DomainEvent temperatureExcursion */
                    temperatureExcursion?: (farmacy.domain.v1.TemperatureExcursion.$Properties|null);

                    /** DomainEvent mealsWithdrawn */
                    mealsWithdrawn?: (farmacy.domain.v1.MealsWithdrawn.$Properties|null);

                    /** DomainEvent mealNearingExpiry */
                    mealNearingExpiry?: (farmacy.domain.v1.MealNearingExpiry.$Properties|null);

                    /** DomainEvent body */
                    body?: ("mealStockUpdated"|"catalogUpdated"|"mealStockReserved"|"mealStockCanceled"|"orderPlacedInFridge"|"orderAvailableForPicking"|"orderDispatched"|"fridgeOnline"|"fridgeOffline"|"unknownTagSeen"|"stockDiscrepancy"|"temperatureExcursion"|"mealsWithdrawn"|"mealNearingExpiry");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a DomainEvent. */
                type $Shape = {
                  position?: number|null;
                  occurredAtMs?: number|null;
                  district?: string|null;
                  fridgeId?: string|null;
                  mealStockUpdated?: farmacy.domain.v1.MealStockUpdated.$Shape|null;
                  catalogUpdated?: farmacy.domain.v1.CatalogUpdated.$Shape|null;
                  mealStockReserved?: farmacy.domain.v1.MealStockReserved.$Shape|null;
                  mealStockCanceled?: farmacy.domain.v1.MealStockCanceled.$Shape|null;
                  orderPlacedInFridge?: farmacy.domain.v1.OrderPlacedInFridge.$Shape|null;
                  orderAvailableForPicking?: farmacy.domain.v1.OrderAvailableForPicking.$Shape|null;
                  orderDispatched?: farmacy.domain.v1.OrderDispatched.$Shape|null;
                  fridgeOnline?: farmacy.domain.v1.FridgeOnline.$Shape|null;
                  fridgeOffline?: farmacy.domain.v1.FridgeOffline.$Shape|null;
                  unknownTagSeen?: farmacy.domain.v1.UnknownTagSeen.$Shape|null;
                  stockDiscrepancy?: farmacy.domain.v1.StockDiscrepancy.$Shape|null;
                  temperatureExcursion?: farmacy.domain.v1.TemperatureExcursion.$Shape|null;
                  mealsWithdrawn?: farmacy.domain.v1.MealsWithdrawn.$Shape|null;
                  mealNearingExpiry?: farmacy.domain.v1.MealNearingExpiry.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealStockUpdated"; mealStockUpdated: farmacy.domain.v1.MealStockUpdated.$Shape; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "catalogUpdated"; mealStockUpdated?: null; catalogUpdated: farmacy.domain.v1.CatalogUpdated.$Shape; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealStockReserved"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved: farmacy.domain.v1.MealStockReserved.$Shape; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealStockCanceled"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled: farmacy.domain.v1.MealStockCanceled.$Shape; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "orderPlacedInFridge"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge: farmacy.domain.v1.OrderPlacedInFridge.$Shape; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "orderAvailableForPicking"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking: farmacy.domain.v1.OrderAvailableForPicking.$Shape; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "orderDispatched"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched: farmacy.domain.v1.OrderDispatched.$Shape; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "fridgeOnline"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline: farmacy.domain.v1.FridgeOnline.$Shape; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "fridgeOffline"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline: farmacy.domain.v1.FridgeOffline.$Shape; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "unknownTagSeen"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen: farmacy.domain.v1.UnknownTagSeen.$Shape; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "stockDiscrepancy"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy: farmacy.domain.v1.StockDiscrepancy.$Shape; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "temperatureExcursion"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion: farmacy.domain.v1.TemperatureExcursion.$Shape; mealsWithdrawn?: null; mealNearingExpiry?: null }|{ body?: "mealsWithdrawn"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn: farmacy.domain.v1.MealsWithdrawn.$Shape; mealNearingExpiry?: null }|{ body?: "mealNearingExpiry"; mealStockUpdated?: null; catalogUpdated?: null; mealStockReserved?: null; mealStockCanceled?: null; orderPlacedInFridge?: null; orderAvailableForPicking?: null; orderDispatched?: null; fridgeOnline?: null; fridgeOffline?: null; unknownTagSeen?: null; stockDiscrepancy?: null; temperatureExcursion?: null; mealsWithdrawn?: null; mealNearingExpiry: farmacy.domain.v1.MealNearingExpiry.$Shape })
                );
            }

            /**
             * Properties of a MealStockUpdated.
             * @deprecated Use farmacy.domain.v1.MealStockUpdated.$Properties instead.
             */
            interface IMealStockUpdated extends farmacy.domain.v1.MealStockUpdated.$Properties {
            }

            /** Represents a MealStockUpdated. */
            class MealStockUpdated {

                /**
                 * Constructs a new MealStockUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.MealStockUpdated.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MealStockUpdated gtin. */
                gtin: string;

                /** MealStockUpdated reason. */
                reason: farmacy.domain.v1.MealStockUpdated.Reason;

                /** MealStockUpdated onHand. */
                onHand: number;

                /** MealStockUpdated reserved. */
                reserved: number;

                /** MealStockUpdated available. */
                available: number;

                /** MealStockUpdated delta. */
                delta: number;

                /**
                 * Creates a new MealStockUpdated instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MealStockUpdated instance
                 */
                static create(properties: farmacy.domain.v1.MealStockUpdated.$Shape): farmacy.domain.v1.MealStockUpdated & farmacy.domain.v1.MealStockUpdated.$Shape;
                static create(properties?: farmacy.domain.v1.MealStockUpdated.$Properties): farmacy.domain.v1.MealStockUpdated;

                /**
                 * Encodes the specified MealStockUpdated message. Does not implicitly {@link farmacy.domain.v1.MealStockUpdated.verify|verify} messages.
                 * @param message MealStockUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.MealStockUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealStockUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealStockUpdated & farmacy.domain.v1.MealStockUpdated.$Shape} MealStockUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.MealStockUpdated & farmacy.domain.v1.MealStockUpdated.$Shape;
            }

            namespace MealStockUpdated {

                /** Properties of a MealStockUpdated. */
                interface $Properties {

                    /** MealStockUpdated gtin */
                    gtin?: (string|null);

                    /** MealStockUpdated reason */
                    reason?: (farmacy.domain.v1.MealStockUpdated.Reason|null);

                    /** MealStockUpdated onHand */
                    onHand?: (number|null);

                    /** MealStockUpdated reserved */
                    reserved?: (number|null);

                    /** MealStockUpdated available */
                    available?: (number|null);

                    /** MealStockUpdated delta */
                    delta?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MealStockUpdated. */
                type $Shape = farmacy.domain.v1.MealStockUpdated.$Properties;

                /** Reason enum. */
                enum Reason {

                    /** REASON_UNSPECIFIED value */
                    REASON_UNSPECIFIED = 0,

                    /** SALE value */
                    SALE = 1,

                    /** PICKUP value */
                    PICKUP = 2,

                    /** RESTOCK value */
                    RESTOCK = 3,

                    /** RECONCILIATION value */
                    RECONCILIATION = 4,

                    /** EXPIRY value */
                    EXPIRY = 5,

                    /** TEMPERATURE value */
                    TEMPERATURE = 6
                }
            }

            /**
             * Properties of a CatalogUpdated.
             * @deprecated Use farmacy.domain.v1.CatalogUpdated.$Properties instead.
             */
            interface ICatalogUpdated extends farmacy.domain.v1.CatalogUpdated.$Properties {
            }

            /** Represents a CatalogUpdated. */
            class CatalogUpdated {

                /**
                 * Constructs a new CatalogUpdated.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.CatalogUpdated.$Properties);

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
                static create(properties: farmacy.domain.v1.CatalogUpdated.$Shape): farmacy.domain.v1.CatalogUpdated & farmacy.domain.v1.CatalogUpdated.$Shape;
                static create(properties?: farmacy.domain.v1.CatalogUpdated.$Properties): farmacy.domain.v1.CatalogUpdated;

                /**
                 * Encodes the specified CatalogUpdated message. Does not implicitly {@link farmacy.domain.v1.CatalogUpdated.verify|verify} messages.
                 * @param message CatalogUpdated message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.CatalogUpdated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CatalogUpdated message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.CatalogUpdated & farmacy.domain.v1.CatalogUpdated.$Shape} CatalogUpdated
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.CatalogUpdated & farmacy.domain.v1.CatalogUpdated.$Shape;
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
                type $Shape = farmacy.domain.v1.CatalogUpdated.$Properties;
            }

            /**
             * Properties of a MealStockReserved.
             * @deprecated Use farmacy.domain.v1.MealStockReserved.$Properties instead.
             */
            interface IMealStockReserved extends farmacy.domain.v1.MealStockReserved.$Properties {
            }

            /** Represents a MealStockReserved. */
            class MealStockReserved {

                /**
                 * Constructs a new MealStockReserved.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.MealStockReserved.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MealStockReserved reservationId. */
                reservationId: string;

                /** MealStockReserved gtin. */
                gtin: string;

                /** MealStockReserved userId. */
                userId: string;

                /** MealStockReserved quantity. */
                quantity: number;

                /** MealStockReserved expiresAtMs. */
                expiresAtMs: number;

                /**
                 * Creates a new MealStockReserved instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MealStockReserved instance
                 */
                static create(properties: farmacy.domain.v1.MealStockReserved.$Shape): farmacy.domain.v1.MealStockReserved & farmacy.domain.v1.MealStockReserved.$Shape;
                static create(properties?: farmacy.domain.v1.MealStockReserved.$Properties): farmacy.domain.v1.MealStockReserved;

                /**
                 * Encodes the specified MealStockReserved message. Does not implicitly {@link farmacy.domain.v1.MealStockReserved.verify|verify} messages.
                 * @param message MealStockReserved message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.MealStockReserved.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealStockReserved message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealStockReserved & farmacy.domain.v1.MealStockReserved.$Shape} MealStockReserved
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.MealStockReserved & farmacy.domain.v1.MealStockReserved.$Shape;
            }

            namespace MealStockReserved {

                /** Properties of a MealStockReserved. */
                interface $Properties {

                    /** MealStockReserved reservationId */
                    reservationId?: (string|null);

                    /** MealStockReserved gtin */
                    gtin?: (string|null);

                    /** MealStockReserved userId */
                    userId?: (string|null);

                    /** MealStockReserved quantity */
                    quantity?: (number|null);

                    /** MealStockReserved expiresAtMs */
                    expiresAtMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MealStockReserved. */
                type $Shape = farmacy.domain.v1.MealStockReserved.$Properties;
            }

            /**
             * Properties of a MealStockCanceled.
             * @deprecated Use farmacy.domain.v1.MealStockCanceled.$Properties instead.
             */
            interface IMealStockCanceled extends farmacy.domain.v1.MealStockCanceled.$Properties {
            }

            /** Represents a MealStockCanceled. */
            class MealStockCanceled {

                /**
                 * Constructs a new MealStockCanceled.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.MealStockCanceled.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MealStockCanceled reservationId. */
                reservationId: string;

                /** MealStockCanceled gtin. */
                gtin: string;

                /** MealStockCanceled quantity. */
                quantity: number;

                /** MealStockCanceled reason. */
                reason: farmacy.domain.v1.MealStockCanceled.Reason;

                /**
                 * Creates a new MealStockCanceled instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MealStockCanceled instance
                 */
                static create(properties: farmacy.domain.v1.MealStockCanceled.$Shape): farmacy.domain.v1.MealStockCanceled & farmacy.domain.v1.MealStockCanceled.$Shape;
                static create(properties?: farmacy.domain.v1.MealStockCanceled.$Properties): farmacy.domain.v1.MealStockCanceled;

                /**
                 * Encodes the specified MealStockCanceled message. Does not implicitly {@link farmacy.domain.v1.MealStockCanceled.verify|verify} messages.
                 * @param message MealStockCanceled message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.MealStockCanceled.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealStockCanceled message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealStockCanceled & farmacy.domain.v1.MealStockCanceled.$Shape} MealStockCanceled
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.MealStockCanceled & farmacy.domain.v1.MealStockCanceled.$Shape;
            }

            namespace MealStockCanceled {

                /** Properties of a MealStockCanceled. */
                interface $Properties {

                    /** MealStockCanceled reservationId */
                    reservationId?: (string|null);

                    /** MealStockCanceled gtin */
                    gtin?: (string|null);

                    /** MealStockCanceled quantity */
                    quantity?: (number|null);

                    /** MealStockCanceled reason */
                    reason?: (farmacy.domain.v1.MealStockCanceled.Reason|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MealStockCanceled. */
                type $Shape = farmacy.domain.v1.MealStockCanceled.$Properties;

                /** Reason enum. */
                enum Reason {

                    /** REASON_UNSPECIFIED value */
                    REASON_UNSPECIFIED = 0,

                    /** BY_USER value */
                    BY_USER = 1,

                    /** EXPIRED value */
                    EXPIRED = 2,

                    /** PAYMENT_FAILED value */
                    PAYMENT_FAILED = 3
                }
            }

            /**
             * Properties of an OrderPlacedInFridge.
             * @deprecated Use farmacy.domain.v1.OrderPlacedInFridge.$Properties instead.
             */
            interface IOrderPlacedInFridge extends farmacy.domain.v1.OrderPlacedInFridge.$Properties {
            }

            /** Represents an OrderPlacedInFridge. */
            class OrderPlacedInFridge {

                /**
                 * Constructs a new OrderPlacedInFridge.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.OrderPlacedInFridge.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderPlacedInFridge orderId. */
                orderId: string;

                /** OrderPlacedInFridge userId. */
                userId: string;

                /** OrderPlacedInFridge epc. */
                epc: string;

                /**
                 * Creates a new OrderPlacedInFridge instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderPlacedInFridge instance
                 */
                static create(properties: farmacy.domain.v1.OrderPlacedInFridge.$Shape): farmacy.domain.v1.OrderPlacedInFridge & farmacy.domain.v1.OrderPlacedInFridge.$Shape;
                static create(properties?: farmacy.domain.v1.OrderPlacedInFridge.$Properties): farmacy.domain.v1.OrderPlacedInFridge;

                /**
                 * Encodes the specified OrderPlacedInFridge message. Does not implicitly {@link farmacy.domain.v1.OrderPlacedInFridge.verify|verify} messages.
                 * @param message OrderPlacedInFridge message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.OrderPlacedInFridge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderPlacedInFridge message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.OrderPlacedInFridge & farmacy.domain.v1.OrderPlacedInFridge.$Shape} OrderPlacedInFridge
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.OrderPlacedInFridge & farmacy.domain.v1.OrderPlacedInFridge.$Shape;
            }

            namespace OrderPlacedInFridge {

                /** Properties of an OrderPlacedInFridge. */
                interface $Properties {

                    /** OrderPlacedInFridge orderId */
                    orderId?: (string|null);

                    /** OrderPlacedInFridge userId */
                    userId?: (string|null);

                    /** OrderPlacedInFridge epc */
                    epc?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderPlacedInFridge. */
                type $Shape = farmacy.domain.v1.OrderPlacedInFridge.$Properties;
            }

            /**
             * Properties of an OrderAvailableForPicking.
             * @deprecated Use farmacy.domain.v1.OrderAvailableForPicking.$Properties instead.
             */
            interface IOrderAvailableForPicking extends farmacy.domain.v1.OrderAvailableForPicking.$Properties {
            }

            /** Represents an OrderAvailableForPicking. */
            class OrderAvailableForPicking {

                /**
                 * Constructs a new OrderAvailableForPicking.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.OrderAvailableForPicking.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderAvailableForPicking orderId. */
                orderId: string;

                /** OrderAvailableForPicking userId. */
                userId: string;

                /**
                 * Creates a new OrderAvailableForPicking instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderAvailableForPicking instance
                 */
                static create(properties: farmacy.domain.v1.OrderAvailableForPicking.$Shape): farmacy.domain.v1.OrderAvailableForPicking & farmacy.domain.v1.OrderAvailableForPicking.$Shape;
                static create(properties?: farmacy.domain.v1.OrderAvailableForPicking.$Properties): farmacy.domain.v1.OrderAvailableForPicking;

                /**
                 * Encodes the specified OrderAvailableForPicking message. Does not implicitly {@link farmacy.domain.v1.OrderAvailableForPicking.verify|verify} messages.
                 * @param message OrderAvailableForPicking message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.OrderAvailableForPicking.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderAvailableForPicking message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.OrderAvailableForPicking & farmacy.domain.v1.OrderAvailableForPicking.$Shape} OrderAvailableForPicking
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.OrderAvailableForPicking & farmacy.domain.v1.OrderAvailableForPicking.$Shape;
            }

            namespace OrderAvailableForPicking {

                /** Properties of an OrderAvailableForPicking. */
                interface $Properties {

                    /** OrderAvailableForPicking orderId */
                    orderId?: (string|null);

                    /** OrderAvailableForPicking userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderAvailableForPicking. */
                type $Shape = farmacy.domain.v1.OrderAvailableForPicking.$Properties;
            }

            /**
             * Properties of an OrderDispatched.
             * @deprecated Use farmacy.domain.v1.OrderDispatched.$Properties instead.
             */
            interface IOrderDispatched extends farmacy.domain.v1.OrderDispatched.$Properties {
            }

            /** Represents an OrderDispatched. */
            class OrderDispatched {

                /**
                 * Constructs a new OrderDispatched.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.OrderDispatched.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** OrderDispatched orderId. */
                orderId: string;

                /** OrderDispatched userId. */
                userId: string;

                /**
                 * Creates a new OrderDispatched instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OrderDispatched instance
                 */
                static create(properties: farmacy.domain.v1.OrderDispatched.$Shape): farmacy.domain.v1.OrderDispatched & farmacy.domain.v1.OrderDispatched.$Shape;
                static create(properties?: farmacy.domain.v1.OrderDispatched.$Properties): farmacy.domain.v1.OrderDispatched;

                /**
                 * Encodes the specified OrderDispatched message. Does not implicitly {@link farmacy.domain.v1.OrderDispatched.verify|verify} messages.
                 * @param message OrderDispatched message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.OrderDispatched.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OrderDispatched message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.OrderDispatched & farmacy.domain.v1.OrderDispatched.$Shape} OrderDispatched
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.OrderDispatched & farmacy.domain.v1.OrderDispatched.$Shape;
            }

            namespace OrderDispatched {

                /** Properties of an OrderDispatched. */
                interface $Properties {

                    /** OrderDispatched orderId */
                    orderId?: (string|null);

                    /** OrderDispatched userId */
                    userId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an OrderDispatched. */
                type $Shape = farmacy.domain.v1.OrderDispatched.$Properties;
            }

            /**
             * Properties of a FridgeOnline.
             * @deprecated Use farmacy.domain.v1.FridgeOnline.$Properties instead.
             */
            interface IFridgeOnline extends farmacy.domain.v1.FridgeOnline.$Properties {
            }

            /** Represents a FridgeOnline. */
            class FridgeOnline {

                /**
                 * Constructs a new FridgeOnline.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.FridgeOnline.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FridgeOnline epoch. */
                epoch: string;

                /**
                 * Creates a new FridgeOnline instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FridgeOnline instance
                 */
                static create(properties: farmacy.domain.v1.FridgeOnline.$Shape): farmacy.domain.v1.FridgeOnline & farmacy.domain.v1.FridgeOnline.$Shape;
                static create(properties?: farmacy.domain.v1.FridgeOnline.$Properties): farmacy.domain.v1.FridgeOnline;

                /**
                 * Encodes the specified FridgeOnline message. Does not implicitly {@link farmacy.domain.v1.FridgeOnline.verify|verify} messages.
                 * @param message FridgeOnline message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.FridgeOnline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FridgeOnline message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.FridgeOnline & farmacy.domain.v1.FridgeOnline.$Shape} FridgeOnline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.FridgeOnline & farmacy.domain.v1.FridgeOnline.$Shape;
            }

            namespace FridgeOnline {

                /** Properties of a FridgeOnline. */
                interface $Properties {

                    /** FridgeOnline epoch */
                    epoch?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FridgeOnline. */
                type $Shape = farmacy.domain.v1.FridgeOnline.$Properties;
            }

            /**
             * Properties of a FridgeOffline.
             * @deprecated Use farmacy.domain.v1.FridgeOffline.$Properties instead.
             */
            interface IFridgeOffline extends farmacy.domain.v1.FridgeOffline.$Properties {
            }

            /** Represents a FridgeOffline. */
            class FridgeOffline {

                /**
                 * Constructs a new FridgeOffline.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.FridgeOffline.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FridgeOffline clean. */
                clean: boolean;

                /**
                 * Creates a new FridgeOffline instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FridgeOffline instance
                 */
                static create(properties: farmacy.domain.v1.FridgeOffline.$Shape): farmacy.domain.v1.FridgeOffline & farmacy.domain.v1.FridgeOffline.$Shape;
                static create(properties?: farmacy.domain.v1.FridgeOffline.$Properties): farmacy.domain.v1.FridgeOffline;

                /**
                 * Encodes the specified FridgeOffline message. Does not implicitly {@link farmacy.domain.v1.FridgeOffline.verify|verify} messages.
                 * @param message FridgeOffline message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.FridgeOffline.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FridgeOffline message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.FridgeOffline & farmacy.domain.v1.FridgeOffline.$Shape} FridgeOffline
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.FridgeOffline & farmacy.domain.v1.FridgeOffline.$Shape;
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
                type $Shape = farmacy.domain.v1.FridgeOffline.$Properties;
            }

            /**
             * Properties of an UnknownTagSeen.
             * @deprecated Use farmacy.domain.v1.UnknownTagSeen.$Properties instead.
             */
            interface IUnknownTagSeen extends farmacy.domain.v1.UnknownTagSeen.$Properties {
            }

            /** Represents an UnknownTagSeen. */
            class UnknownTagSeen {

                /**
                 * Constructs a new UnknownTagSeen.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.UnknownTagSeen.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** UnknownTagSeen epc. */
                epc: string;

                /**
                 * Creates a new UnknownTagSeen instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns UnknownTagSeen instance
                 */
                static create(properties: farmacy.domain.v1.UnknownTagSeen.$Shape): farmacy.domain.v1.UnknownTagSeen & farmacy.domain.v1.UnknownTagSeen.$Shape;
                static create(properties?: farmacy.domain.v1.UnknownTagSeen.$Properties): farmacy.domain.v1.UnknownTagSeen;

                /**
                 * Encodes the specified UnknownTagSeen message. Does not implicitly {@link farmacy.domain.v1.UnknownTagSeen.verify|verify} messages.
                 * @param message UnknownTagSeen message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.UnknownTagSeen.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an UnknownTagSeen message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.UnknownTagSeen & farmacy.domain.v1.UnknownTagSeen.$Shape} UnknownTagSeen
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.UnknownTagSeen & farmacy.domain.v1.UnknownTagSeen.$Shape;
            }

            namespace UnknownTagSeen {

                /** Properties of an UnknownTagSeen. */
                interface $Properties {

                    /** UnknownTagSeen epc */
                    epc?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an UnknownTagSeen. */
                type $Shape = farmacy.domain.v1.UnknownTagSeen.$Properties;
            }

            /**
             * Properties of a StockDiscrepancy.
             * @deprecated Use farmacy.domain.v1.StockDiscrepancy.$Properties instead.
             */
            interface IStockDiscrepancy extends farmacy.domain.v1.StockDiscrepancy.$Properties {
            }

            /** Represents a StockDiscrepancy. */
            class StockDiscrepancy {

                /**
                 * Constructs a new StockDiscrepancy.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.StockDiscrepancy.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StockDiscrepancy shelf. */
                shelf: number;

                /** StockDiscrepancy expectedDeltaG. */
                expectedDeltaG: number;

                /** StockDiscrepancy measuredDeltaG. */
                measuredDeltaG: number;

                /** StockDiscrepancy detail. */
                detail: string;

                /**
                 * Creates a new StockDiscrepancy instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StockDiscrepancy instance
                 */
                static create(properties: farmacy.domain.v1.StockDiscrepancy.$Shape): farmacy.domain.v1.StockDiscrepancy & farmacy.domain.v1.StockDiscrepancy.$Shape;
                static create(properties?: farmacy.domain.v1.StockDiscrepancy.$Properties): farmacy.domain.v1.StockDiscrepancy;

                /**
                 * Encodes the specified StockDiscrepancy message. Does not implicitly {@link farmacy.domain.v1.StockDiscrepancy.verify|verify} messages.
                 * @param message StockDiscrepancy message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.StockDiscrepancy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StockDiscrepancy message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.StockDiscrepancy & farmacy.domain.v1.StockDiscrepancy.$Shape} StockDiscrepancy
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.StockDiscrepancy & farmacy.domain.v1.StockDiscrepancy.$Shape;
            }

            namespace StockDiscrepancy {

                /** Properties of a StockDiscrepancy. */
                interface $Properties {

                    /** StockDiscrepancy shelf */
                    shelf?: (number|null);

                    /** StockDiscrepancy expectedDeltaG */
                    expectedDeltaG?: (number|null);

                    /** StockDiscrepancy measuredDeltaG */
                    measuredDeltaG?: (number|null);

                    /** StockDiscrepancy detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StockDiscrepancy. */
                type $Shape = farmacy.domain.v1.StockDiscrepancy.$Properties;
            }

            /**
             * Properties of a TemperatureExcursion.
             * @deprecated Use farmacy.domain.v1.TemperatureExcursion.$Properties instead.
             */
            interface ITemperatureExcursion extends farmacy.domain.v1.TemperatureExcursion.$Properties {
            }

            /** Represents a TemperatureExcursion. */
            class TemperatureExcursion {

                /**
                 * Constructs a new TemperatureExcursion.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.TemperatureExcursion.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TemperatureExcursion maxDeciCelsius. */
                maxDeciCelsius: number;

                /** TemperatureExcursion sinceMs. */
                sinceMs: number;

                /** TemperatureExcursion cleared. */
                cleared: boolean;

                /** TemperatureExcursion clearedBy. */
                clearedBy: string;

                /**
                 * Creates a new TemperatureExcursion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TemperatureExcursion instance
                 */
                static create(properties: farmacy.domain.v1.TemperatureExcursion.$Shape): farmacy.domain.v1.TemperatureExcursion & farmacy.domain.v1.TemperatureExcursion.$Shape;
                static create(properties?: farmacy.domain.v1.TemperatureExcursion.$Properties): farmacy.domain.v1.TemperatureExcursion;

                /**
                 * Encodes the specified TemperatureExcursion message. Does not implicitly {@link farmacy.domain.v1.TemperatureExcursion.verify|verify} messages.
                 * @param message TemperatureExcursion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.TemperatureExcursion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TemperatureExcursion message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.TemperatureExcursion & farmacy.domain.v1.TemperatureExcursion.$Shape} TemperatureExcursion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.TemperatureExcursion & farmacy.domain.v1.TemperatureExcursion.$Shape;
            }

            namespace TemperatureExcursion {

                /** Properties of a TemperatureExcursion. */
                interface $Properties {

                    /** TemperatureExcursion maxDeciCelsius */
                    maxDeciCelsius?: (number|null);

                    /** TemperatureExcursion sinceMs */
                    sinceMs?: (number|null);

                    /** TemperatureExcursion cleared */
                    cleared?: (boolean|null);

                    /** TemperatureExcursion clearedBy */
                    clearedBy?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TemperatureExcursion. */
                type $Shape = farmacy.domain.v1.TemperatureExcursion.$Properties;
            }

            /**
             * Properties of a MealsWithdrawn.
             * @deprecated Use farmacy.domain.v1.MealsWithdrawn.$Properties instead.
             */
            interface IMealsWithdrawn extends farmacy.domain.v1.MealsWithdrawn.$Properties {
            }

            /** Represents a MealsWithdrawn. */
            class MealsWithdrawn {

                /**
                 * Constructs a new MealsWithdrawn.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.MealsWithdrawn.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** MealsWithdrawn reason. */
                reason: farmacy.domain.v1.MealsWithdrawn.Reason;

                /** MealsWithdrawn epcs. */
                epcs: string[];

                /**
                 * Creates a new MealsWithdrawn instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MealsWithdrawn instance
                 */
                static create(properties: farmacy.domain.v1.MealsWithdrawn.$Shape): farmacy.domain.v1.MealsWithdrawn & farmacy.domain.v1.MealsWithdrawn.$Shape;
                static create(properties?: farmacy.domain.v1.MealsWithdrawn.$Properties): farmacy.domain.v1.MealsWithdrawn;

                /**
                 * Encodes the specified MealsWithdrawn message. Does not implicitly {@link farmacy.domain.v1.MealsWithdrawn.verify|verify} messages.
                 * @param message MealsWithdrawn message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.MealsWithdrawn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealsWithdrawn message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealsWithdrawn & farmacy.domain.v1.MealsWithdrawn.$Shape} MealsWithdrawn
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.MealsWithdrawn & farmacy.domain.v1.MealsWithdrawn.$Shape;
            }

            namespace MealsWithdrawn {

                /** Properties of a MealsWithdrawn. */
                interface $Properties {

                    /** MealsWithdrawn reason */
                    reason?: (farmacy.domain.v1.MealsWithdrawn.Reason|null);

                    /** MealsWithdrawn epcs */
                    epcs?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a MealsWithdrawn. */
                type $Shape = farmacy.domain.v1.MealsWithdrawn.$Properties;

                /** Reason enum. */
                enum Reason {

                    /** REASON_UNSPECIFIED value */
                    REASON_UNSPECIFIED = 0,

                    /** EXPIRED value */
                    EXPIRED = 1,

                    /** TEMPERATURE value */
                    TEMPERATURE = 2
                }
            }

            /**
             * Properties of a MealNearingExpiry.
             * @deprecated Use farmacy.domain.v1.MealNearingExpiry.$Properties instead.
             */
            interface IMealNearingExpiry extends farmacy.domain.v1.MealNearingExpiry.$Properties {
            }

            /** Represents a MealNearingExpiry. */
            class MealNearingExpiry {

                /**
                 * Constructs a new MealNearingExpiry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: farmacy.domain.v1.MealNearingExpiry.$Properties);

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
                static create(properties: farmacy.domain.v1.MealNearingExpiry.$Shape): farmacy.domain.v1.MealNearingExpiry & farmacy.domain.v1.MealNearingExpiry.$Shape;
                static create(properties?: farmacy.domain.v1.MealNearingExpiry.$Properties): farmacy.domain.v1.MealNearingExpiry;

                /**
                 * Encodes the specified MealNearingExpiry message. Does not implicitly {@link farmacy.domain.v1.MealNearingExpiry.verify|verify} messages.
                 * @param message MealNearingExpiry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: farmacy.domain.v1.MealNearingExpiry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MealNearingExpiry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {farmacy.domain.v1.MealNearingExpiry & farmacy.domain.v1.MealNearingExpiry.$Shape} MealNearingExpiry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): farmacy.domain.v1.MealNearingExpiry & farmacy.domain.v1.MealNearingExpiry.$Shape;
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
                type $Shape = farmacy.domain.v1.MealNearingExpiry.$Properties;
            }
        }
    }
}
