// Preload for a child process (node --import): shifts its wall clock (Date) by
// FF_TEST_CLOCK_OFFSET_MS, a real clock offset in a real process without touching the
// machine's clock (an edge whose clock fell back to 1970, issue 11 item 1). Timers and
// monotonic clocks are left alone.
const offset = Number(process.env.FF_TEST_CLOCK_OFFSET_MS ?? 0);
if (offset !== 0) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + offset);
      else super(...args);
    }
    static now() {
      return realNow() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
