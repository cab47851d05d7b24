package org.xinfang.lookup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinfang.lookup.*}: how many wrong query codes the petitioner's lookup takes before it
 * refuses further attempts for a while. A query code has 32^12 (about 10^18) values, so a few
 * guesses an hour leave guessing useless.
 *
 * @param wrongCodesPerCase wrong codes for one case number, from any client, within the window
 * @param wrongCodesPerClient wrong codes from one client address, for any case, within the window
 * @param window the sliding window the wrong codes are counted in
 */
@ConfigurationProperties("xinfang.lookup")
record LookupProperties(
    @DefaultValue("5") int wrongCodesPerCase,
    @DefaultValue("20") int wrongCodesPerClient,
    @DefaultValue("PT1H") Duration window) {}
