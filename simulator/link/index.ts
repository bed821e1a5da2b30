export type { LinkEndpoint, MemoryEdgeEnd, SerialLink } from './serial-link.js';
export { MemoryEdgeLink, MemoryLink } from './memory-link.js';
export { TcpLink } from './tcp-link.js';
export { PtyLink, socatAvailable } from './pty-link.js';
