export { parseLine } from './parser.js';
export { fcpChecksum, frameLine } from './checksum.js';
export { LineSplitter } from './line-splitter.js';
export { MAX_LINE_BYTES, REJECT_REASONS, type FcpMessage, type FcpMessageType, type RejectReason, type ParseResult, type DoorState } from './messages.js';
export { encodeCommand, type EdgeCommand } from './commands.js';
