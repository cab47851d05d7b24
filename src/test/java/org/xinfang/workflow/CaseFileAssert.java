package org.xinfang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.xinfang.casefile.CaseEvent;
import org.xinfang.casefile.CaseStatus;
import org.xinfang.casefile.EventType;
import org.xinfang.casefile.PetitionCase;

/** Assertions on a case record as stored, with its timeline and where its process stands. */
class CaseFileAssert extends AbstractAssert<CaseFileAssert, PetitionCase> {

  private final List<CaseEvent> timeline;
  private final Optional<String> disagreement;

  CaseFileAssert(PetitionCase actual, List<CaseEvent> timeline, Optional<String> disagreement) {
    super(actual, CaseFileAssert.class);
    this.timeline = timeline;
    this.disagreement = disagreement;
  }

  CaseFileAssert hasStatus(CaseStatus status) {
    assertThat(actual.getStatus()).as("status of %s", actual.getCaseNumber()).isEqualTo(status);
    return this;
  }

  /** The record's status names the task the process waits in, or the process has ended. */
  CaseFileAssert agreesWithProcess() {
    assertThat(disagreement).as("case record and process").isEmpty();
    return this;
  }

  CaseFileAssert isOverdue() {
    assertThat(actual.isOverdue()).as("%s overdue", actual.getCaseNumber()).isTrue();
    return this;
  }

  CaseFileAssert isNotOverdue() {
    assertThat(actual.isOverdue()).as("%s overdue", actual.getCaseNumber()).isFalse();
    return this;
  }

  /** The timeline has an entry of this type whose description contains the text. */
  CaseFileAssert hasEvent(EventType type, String text) {
    assertThat(timeline).as("timeline of %s", actual.getCaseNumber())
        .anySatisfy(event -> {
          assertThat(event.getType()).isEqualTo(type);
          assertThat(event.getDescription()).contains(text);
        });
    return this;
  }

  CaseFileAssert hasNoEvent(EventType type) {
    assertThat(timeline).as("timeline of %s", actual.getCaseNumber())
        .extracting(CaseEvent::getType).doesNotContain(type);
    return this;
  }

  CaseFileAssert hasEvents(EventType type, int count) {
    assertThat(timeline).as("timeline of %s", actual.getCaseNumber())
        .filteredOn(event -> event.getType() == type).hasSize(count);
    return this;
  }
}
