package org.xinfang.holiday;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code xinfang.holiday.recount.*}: how the running limits are counted again after a schedule change.
 *
 * @param inlineLimit up to this many limits touching the year are moved in the transaction of the
 *     change itself; more are moved in the background, in batches
 * @param batchSize the limits one background batch moves, each batch in a transaction of its own
 */
@ConfigurationProperties("xinfang.holiday.recount")
record RecountProperties(@DefaultValue("200") int inlineLimit, @DefaultValue("100") int batchSize) {}
