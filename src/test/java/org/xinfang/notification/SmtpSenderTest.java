package org.xinfang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.workflow.CaseRegistration;

/** With {@code spring.mail.host} set, e-mail goes to a real SMTP server: GreenMail, in this JVM. */
@SpringBootTest
@ActiveProfiles("test")
class SmtpSenderTest {

  static final String FROM = "xinfang@lingling.example";
  static final Notice SUPERVISION = new Notice("督办通知", "请于7日内书面反馈办理情况。", "向城北街道负责人发出督办通知");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    properties.add("xinfang.notification.email.from", () -> FROM);
  }

  @Autowired CaseRegistration registration;
  @Autowired Notifications notifications;
  @Autowired NotificationRepository outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired IdentityService identity;
  @Autowired PlatformTransactionManager transactions;
  @Autowired List<NotificationSender> senders;

  @BeforeEach
  void emptyMailboxes() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  void aGroupNotificationIsOneMessageToEveryMemberWithAnAddress() throws Exception {
    group("unit-mailtest-leaders", user("mailtest.fz", "fz@chengbei.example"), user("mailtest.fz2", "fz2@chengbei.example"),
        user("mailtest.jb", null));
    PetitionCase petitionCase = OutboxCases.registered(registration);
    notifyGroup(petitionCase, "unit-mailtest-leaders");

    drain();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy in each mailbox
    MimeMessage message = received[0];
    assertThat(Arrays.stream(message.getAllRecipients()).map(Address::toString))
        .containsExactlyInAnyOrder("fz@chengbei.example", "fz2@chengbei.example");
    assertThat(message.getFrom()).extracting(Address::toString).containsExactly(FROM);
    assertThat(message.getSubject()).isEqualTo("督办通知（" + petitionCase.getCaseNumber() + "）");
    assertThat(message.getContent()).asString().isEqualToIgnoringNewLines("请于7日内书面反馈办理情况。");

    // the e-mail is sent; the petitioner's text message and letter went to the log, not by mail
    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId()))
        .extracting(Notification::getChannel, Notification::getStatus)
        .containsExactly(
            tuple(NotificationChannel.SMS, NotificationStatus.SENT),
            tuple(NotificationChannel.LETTER, NotificationStatus.SENT),
            tuple(NotificationChannel.EMAIL, NotificationStatus.SENT));
  }

  @Test
  void aGroupWithoutAddressesFailsTheAttemptAndSaysWhy() {
    group("unit-mailtest-handlers", user("mailtest.jb2", null));
    PetitionCase petitionCase = OutboxCases.registered(registration);
    notifyGroup(petitionCase, "unit-mailtest-handlers");

    drain();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.findByCaseIdOrderByIdAsc(petitionCase.getId()))
        .filteredOn(notification -> notification.getChannel() == NotificationChannel.EMAIL)
        .singleElement().satisfies(notification -> {
          assertThat(notification.getStatus()).isEqualTo(NotificationStatus.PENDING);
          assertThat(notification.getAttempts()).isOne();
          assertThat(notification.getLastError()).isEqualTo("用户组unit-mailtest-handlers中没有登记电子邮箱的用户");
          assertThat(notification.getNextAttemptAt()).isNotNull();
        });
  }

  @Test
  void smtpDeliversEmailAndTheLogTheRest() {
    assertThat(senders).hasExactlyElementsOfTypes(SmtpSender.class);
  }

  private void notifyGroup(PetitionCase petitionCase, String groupId) {
    new TransactionTemplate(transactions).executeWithoutResult(
        status -> notifications.toGroup(petitionCase, TaskRef.NONE, groupId, SUPERVISION));
  }

  private void drain() {
    while (dispatcher.dispatchPending() > 0) {
      // the next round
    }
  }

  private String user(String id, String email) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("测试");
    user.setEmail(email);
    identity.saveUser(user);
    return id;
  }

  private void group(String id, String... members) {
    Group group = identity.newGroup(id);
    group.setName(id);
    identity.saveGroup(group);
    for (String member : members) {
      identity.createMembership(member, id);
    }
  }
}
