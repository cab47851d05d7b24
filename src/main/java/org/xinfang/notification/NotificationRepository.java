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

  /**
   * Claims a notification that is due, locking its row until the transaction ends. Rows that
   * another node holds are skipped rather than waited for, so several senders on one database
   * never deliver the same row at the same time (PostgreSQL and H2 2.x support SKIP LOCKED). No
   * ORDER BY: H2 would sort and limit before skipping, and find nothing while the first row is
   * held. The index on (status, id) hands rows out about oldest first; with several nodes at work
   * no order is promised anyway.
   */
  @Query(nativeQuery = true, value = """
      select * from notification
       where status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= :now)
       limit 1
       for update skip locked""")
  Optional<Notification> claimNextDue(@Param("now") Instant now);
}
