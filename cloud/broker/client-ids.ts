// MQTT client ids at the broker (issue 11 item 12): a fridge's is `fridge-<fridge id>`, the
// ingest's starts with `ingest:`. A fridge id is letters, digits, `_`, `.` and `-` only, so no
// fridge's client id (nor, at a Mosquitto that names sessions by username, its username) can
// ever be the ingest's: a fridge registered as `cloud-ingest-all` cannot evict the ingest.

export const INGEST_CLIENT_ID_PREFIX = 'ingest:';

export const fridgeClientId = (fridgeId: string): string => `fridge-${fridgeId}`;
