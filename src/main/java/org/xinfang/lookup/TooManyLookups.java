package org.xinfang.lookup;

/** Too many wrong codes for this case or from this client: no code is checked until {@code retryAfterSeconds} pass. */
class TooManyLookups extends RuntimeException {

  private final long retryAfterSeconds;

  TooManyLookups(long retryAfterSeconds) {
    super("查询码输入错误次数过多，为保护信访人信息，请" + minutes(retryAfterSeconds) + "分钟后再试", null, false, false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  private static long minutes(long seconds) {
    return Math.max(1, (seconds + 59) / 60);
  }
}
