// The guard between a client's socket and the broker: what the broker writes for one tick
// (a packet in pieces, corked by mqtt-packet) leaves in one write to the socket (issue 12).
import net from 'node:net';
import mqttPacket from 'mqtt-packet';
import { afterEach, describe, expect, it } from 'vitest';
import { MqttPacketGuard } from '../../../cloud/broker/packet-guard.js';

const open: net.Socket[] = [];
const servers: net.Server[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) s.destroy();
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
});

async function socketPair(): Promise<{ server: net.Socket; client: net.Socket }> {
  const srv = net.createServer();
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const accepted = new Promise<net.Socket>((r) => srv.once('connection', r));
  const client = net.connect((srv.address() as net.AddressInfo).port, '127.0.0.1');
  const server = await accepted;
  open.push(server, client);
  return { server, client };
}

describe('MqttPacketGuard', () => {
  it('writes the packets of one tick to the socket in one write, byte for byte', async () => {
    const { server, client } = await socketPair();
    const writes: number[] = [];
    const write = server.write.bind(server);
    server.write = ((chunk: Buffer, ...rest: never[]) => {
      writes.push(chunk.length);
      return write(chunk, ...rest);
    }) as typeof server.write;
    const guard = new MqttPacketGuard(server, { beforeAuthBytes: 1024, packetBytes: 1024 }, () => undefined);
    const packets = [
      { cmd: 'puback', messageId: 42 },
      { cmd: 'publish', topic: 'ff/v1/d1/fa/ack', payload: Buffer.from('ack'), qos: 1, messageId: 7, retain: false, dup: false },
    ] as const;
    const expected = Buffer.concat(packets.map((p) => mqttPacket.generate(p)));
    const received: Buffer[] = [];
    let length = 0;
    const all = new Promise<void>((resolve) => client.on('data', (d: Buffer) => {
      received.push(d);
      length += d.length;
      if (length >= expected.length) resolve();
    }));
    for (const p of packets) mqttPacket.writeToStream(p, guard);
    await all;
    expect(Buffer.concat(received)).toEqual(expected);
    expect(writes).toEqual([expected.length]);
  });
});
