package org.xinfang.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.xinfang.PostgresIntegrationTest;
import org.xinfang.workflow.CaseRegistration;

/** Several nodes on one PostgreSQL deliver the outbox together, and never the same notification twice. */
@PostgresIntegrationTest
class OutboxDispatcherIT {

  @Autowired CaseRegistration registration;
  @Autowired NotificationRepository outbox;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void twoNodesDeliverEveryNotificationExactlyOnce() throws Exception {
    new TwoDispatchers(registration, outbox, transactions).deliverNewCasesExactlyOnce(10);
  }
}
