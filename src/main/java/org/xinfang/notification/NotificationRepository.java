package org.xinfang.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The outbox: notifications are added and updated as they are delivered, never deleted. */
public interface NotificationRepository extends Repository<Notification, Long> {

  Notification save(Notification notification);

  List<Notification> findByCaseIdOrderByIdAsc(Long caseId);

  /** Whether a notice of no case with this subject was written since {@code since}. */
  boolean existsByCaseIdIsNullAndSubjectAndCreatedAtAfter(String subject, Instant since);

  List<Notification> findByCaseIdIsNullOrderByIdAsc();

  /** Counted on the index on (status, id): the pending and failed few, never the sent many. */
  long countByStatus(NotificationStatus status);

  /**
   * Claims a notification that is due, locking its row until the transaction ends. Rows that
   * another node holds are skipped rather than waited for, so several senders on one database
   * never deliver the same row at the same time. PostgreSQL skips the locked rows before it
   * applies the limit: the oldest notification no other node holds, found through the index on
   * (status, id).
   */
  @Query(nativeQuery = true, value = """
      select * from notification
       where status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= :now)
       order by id
       limit 1
       for update skip locked""")
  Optional<Notification> claimNextDue(@Param("now") Instant now);
}
