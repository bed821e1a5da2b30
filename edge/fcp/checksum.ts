// FCP/1 (DESIGN.md, fixed): CS is the XOR of every byte strictly between '$' and '*', as in
// NMEA 0183, written as two hex digits.

export function fcpChecksum(body: string): number {
  let cs = 0;
  for (let i = 0; i < body.length; i++) cs ^= body.charCodeAt(i) & 0xff;
  return cs;
}

/** Frames a body (`TYPE,field,...`) as a complete FCP/1 line, with the trailing '\n'. */
export function frameLine(body: string): string {
  return `$${body}*${fcpChecksum(body).toString(16).toUpperCase().padStart(2, '0')}\n`;
}
