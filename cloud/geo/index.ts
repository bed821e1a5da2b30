// Public face of cloud/geo: nearest-fridge queries for the catalog, fridge and feed APIs.
export { FridgeGeoIndex, distanceKm, type GeoPoint, type Nearby } from './fridge-index.js';
