package org.xinfang.notification;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xinfang.casefile.CaseTimeline;
import org.xinfang.casefile.CaseTimeline.TaskRef;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;
import org.xinfang.casefile.Petitioner;
import org.xinfang.deadline.EngineClock;

/**
 * Issues notices: the entry on the case's timeline and the notifications in the outbox, in one
 * call and in the transaction of the step that issues them. It refuses to run outside one: a
 * notification written apart from its step could outlive a rolled-back step, or be lost for a
 * committed one. The {@link OutboxDispatcher} delivers what is written here.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class Notifications {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private final NotificationRepository outbox;
  private final CaseTimeline timeline;

  Notifications(NotificationRepository outbox, CaseTimeline timeline) {
    this.outbox = outbox;
    this.timeline = timeline;
  }

  /**
   * A notice to every petitioner of the case: a letter to print (posted to their address, or
   * handed over in person without one), which is the written notice the regulation asks for, and
   * a text message at once to a mobile number.
   */
  public void toPetitioners(PetitionCase petitionCase, TaskRef task, Notice notice) {
    for (Petitioner petitioner : petitionCase.getPetitioners()) {
      String body = petitioner.getName() + "：" + notice.body();
      if (petitioner.getPhone() != null && MOBILE.matcher(petitioner.getPhone()).matches()) {
        write(petitionCase, notice, RecipientKind.PETITIONER, petitioner.getName(), NotificationChannel.SMS,
            petitioner.getPhone(), body);
      }
      write(petitionCase, notice, RecipientKind.PETITIONER, petitioner.getName(), NotificationChannel.LETTER,
          petitioner.getAddress(), body);
    }
    timeline.record(petitionCase, EventType.NOTICE_ISSUED, task, notice.timelineEntry());
  }

  /**
   * A notice by e-mail to the members of a Camunda group, such as a unit's leaders
   * ({@code Roles.unitLeaders(code)}) or the bureau leaders. The addresses are those of the
   * members when it is sent.
   */
  public void toGroup(PetitionCase petitionCase, TaskRef task, String groupId, Notice notice) {
    write(petitionCase, notice, RecipientKind.GROUP, groupId, NotificationChannel.EMAIL, null, notice.body());
    timeline.record(petitionCase, EventType.NOTICE_ISSUED, task, notice.timelineEntry());
  }

  /** The notifications of a case, oldest first. */
  @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
  public List<Notification> of(PetitionCase petitionCase) {
    return outbox.findByCaseIdOrderByIdAsc(petitionCase.getId());
  }

  private void write(PetitionCase petitionCase, Notice notice, RecipientKind kind, String recipient,
      NotificationChannel channel, String address, String body) {
    String subject = notice.title() + "（" + petitionCase.getCaseNumber() + "）";
    outbox.save(new Notification(petitionCase.getId(), notice.title(), kind, recipient, channel, address, subject,
        body, EngineClock.now()));
  }
}
