package org.xinfang.imports;

import java.time.Instant;
import java.time.LocalDate;
import org.xinfang.casefile.HistoricalCase;
import org.xinfang.rating.Satisfaction;

/** A checked row: the case, and its rating and review request as the earlier records hold them. */
record ImportRow(int line, HistoricalCase history, Rating rating, Review review) {

  /** The ratings and their day; none given (both null and {@code ratedAt} null) when unrated. */
  record Rating(Satisfaction department, Satisfaction unit, Instant ratedAt) {}

  /** A review request: {@code answeredAt} null when it came too late and was refused. */
  record Review(LocalDate requestedOn, Instant answeredAt) {}
}
