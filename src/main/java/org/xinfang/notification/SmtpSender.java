package org.xinfang.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * Delivers e-mail through the SMTP server of {@code spring.mail.*}; present once
 * {@code spring.mail.host} is set. A group's notification goes, as one message, to every member
 * whose Camunda user has an e-mail address.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class SmtpSender implements NotificationSender {

  private final JavaMailSender mail;
  private final IdentityService identity;
  private final String from;

  SmtpSender(JavaMailSender mail, IdentityService identity, NotificationProperties properties) {
    Assert.hasText(properties.email().from(), "xinfang.notification.email.from must be set to send e-mail");
    this.mail = mail;
    this.identity = identity;
    this.from = properties.email().from();
  }

  @Override
  public boolean delivers(NotificationChannel channel) {
    return channel == NotificationChannel.EMAIL;
  }

  @Override
  public void send(Notification notification) throws Exception {
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(addresses(notification));
    helper.setSubject(notification.getSubject());
    helper.setText(notification.getBody());
    mail.send(message);
  }

  private String[] addresses(Notification notification) {
    if (notification.getAddress() != null) {
      return new String[] {notification.getAddress()};
    }
    String[] members = identity.createUserQuery().memberOfGroup(notification.getRecipient()).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toArray(String[]::new);
    if (members.length == 0) {
      throw new IllegalStateException("用户组" + notification.getRecipient() + "中没有登记电子邮箱的用户");
    }
    return members;
  }
}
