// The SerialLink contract (serial-link.contract.ts) against each adapter of the edge, on the
// controller end the simulator gives it: a TCP serial line (ser2net-like) on a port from the
// OS, a real serial device on a socat PTY pair, and the in-process memory cable.
import pino from 'pino';
import { SerialDeviceLink } from '../../../edge/serial/serial-device.js';
import { SerialTcpLink } from '../../../edge/serial/serial-tcp.js';
import { MemoryEdgeLink, MemoryLink, PtyLink, socatAvailable, TcpLink } from '../../../simulator/link/index.js';
import { serialLinkContract } from './serial-link.contract.js';

const log = pino({ level: 'silent' });

serialLinkContract('TCP (SerialTcpLink <-> TcpLink)', async () => {
  const cable = await TcpLink.listen(log);
  const ep = cable.endpoint;
  if (ep.kind !== 'tcp') throw new Error('tcp expected');
  return { cable, edge: () => new SerialTcpLink(ep.host, ep.port), close: () => cable.close() };
});

serialLinkContract('serial device (SerialDeviceLink <-> PtyLink, socat)', async () => {
  const cable = await PtyLink.open(log, 'contract');
  return { cable, edge: () => new SerialDeviceLink(cable.edgePath, 115200), close: () => cable.close() };
}, { skip: !socatAvailable() });

serialLinkContract('memory (MemoryEdgeLink <-> MemoryLink)', async () => {
  const cable = new MemoryLink();
  return { cable, edge: () => new MemoryEdgeLink(cable), close: () => cable.close() };
});
