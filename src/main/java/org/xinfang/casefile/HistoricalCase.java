package org.xinfang.casefile;

import java.time.Instant;

/**
 * A closed case from the bureau's earlier records, every date and due date already worked out as
 * the live process would have: due dates by the legal calendar with the lengths of the deployed
 * models. {@link PetitionCase#imported} replays it through the live transitions.
 *
 * @param fingerprint what the imported row said, hashed: a re-import of the same row changes nothing
 */
public record HistoricalCase(
    String caseNumber,
    CaseIntake intake,
    Instant registeredAt,
    Instant routingDueAt,
    RoutingDecision routingDecision,
    Instant decidedAt,
    String unitCode,
    Integer assignmentDays,
    Instant acceptanceDueAt,
    Instant objectionDueAt,
    Instant acceptedAt,
    Instant replyDueAt,
    Extension extension,
    ReplyOutcome outcome,
    Instant repliedAt,
    Instant closedAt,
    String fingerprint) {

  /** What the record says of an extension whose request and reasons the earlier records do not hold. */
  static final String EXTENSION_REASON = "历史数据导入";

  /** The extension (Art. 34): its days, the day the leader approved it and the extended reply due date. */
  public record Extension(int days, Instant grantedAt, Instant replyDueAt) {}
}
