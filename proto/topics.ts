// MQTT topic layout of the edge <-> cloud protocol (docs/protocol.md):
//   ff/v1/{district}/{fridge_id}/batch   edge -> cloud  Batch    QoS 1
//   ff/v1/{district}/{fridge_id}/status  edge -> cloud  Status   QoS 1, retained (birth / will)
//   ff/v1/{district}/{fridge_id}/ack     cloud -> edge  Ack      QoS 1
//   ff/v1/{district}/{fridge_id}/cmd     cloud -> edge  Command  QoS 1
// District first so that an ingest instance subscribes to `ff/v1/{district}/+/batch` for the
// districts it owns, and a broker ACL grants a fridge `ff/v1/+/{fridge_id}/#` only.

export const TOPIC_ROOT = 'ff/v1';
export type TopicKind = 'batch' | 'status' | 'ack' | 'cmd';
const KINDS: ReadonlySet<string> = new Set<TopicKind>(['batch', 'status', 'ack', 'cmd']);

/** District and fridge ids: what may appear as one topic level (no wildcards, no '/'). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export const topics = {
  batch: (district: string, fridgeId: string): string => `${TOPIC_ROOT}/${district}/${fridgeId}/batch`,
  status: (district: string, fridgeId: string): string => `${TOPIC_ROOT}/${district}/${fridgeId}/status`,
  ack: (district: string, fridgeId: string): string => `${TOPIC_ROOT}/${district}/${fridgeId}/ack`,
  cmd: (district: string, fridgeId: string): string => `${TOPIC_ROOT}/${district}/${fridgeId}/cmd`,
  /** Subscription filter for every fridge of a district ('+' for all districts). */
  districtFilter: (district: string, kind: TopicKind): string => `${TOPIC_ROOT}/${district}/+/${kind}`,
};

export interface ParsedTopic {
  district: string;
  fridgeId: string;
  kind: TopicKind;
}

export function parseTopic(topic: string): ParsedTopic | undefined {
  const parts = topic.split('/');
  if (parts.length !== 5 || `${parts[0]}/${parts[1]}` !== TOPIC_ROOT) return undefined;
  const [, , district, fridgeId, kind] = parts as [string, string, string, string, string];
  if (!ID_PATTERN.test(district) || !ID_PATTERN.test(fridgeId) || !KINDS.has(kind)) return undefined;
  return { district, fridgeId, kind: kind as TopicKind };
}
