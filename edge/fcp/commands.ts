import { frameLine } from './checksum.js';

/** FCP/1 edge -> controller lines. */
export type EdgeCommand =
  | { type: 'SCANREQ'; scanId: string }
  | { type: 'UNLOCK'; seconds: number }
  | { type: 'PING' };

export function encodeCommand(cmd: EdgeCommand): string {
  switch (cmd.type) {
    case 'SCANREQ':
      return frameLine(`SCANREQ,${cmd.scanId}`);
    case 'UNLOCK':
      return frameLine(`UNLOCK,${Math.max(0, Math.floor(cmd.seconds))}`);
    case 'PING':
      return frameLine('PING');
    default: {
      const never: never = cmd;
      throw new Error(`unknown command ${JSON.stringify(never)}`);
    }
  }
}
