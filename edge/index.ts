// The edge agent's public face.
export { EdgeAgent, AGENT_VERSION, type EdgeAgentDeps } from './agent.js';
export { loadEdgeConfig, edgeOptions, EDGE_HELP, type EdgeConfig } from './config.js';
export { parseLine, frameLine, fcpChecksum, encodeCommand, LineSplitter, type FcpMessage, type RejectReason } from './fcp/index.js';
export { SqliteOutbox, MemoryOutbox, type Outbox, type NewEvent } from './outbox/index.js';
