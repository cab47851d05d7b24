package org.xinfang.casefile;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: the timeline can be added to and read, never changed or deleted. */
public interface CaseEventRepository extends Repository<CaseEvent, Long> {

  CaseEvent save(CaseEvent event);

  List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(Long caseId);

  List<CaseEvent> findByCaseIdAndTypeOrderByIdAsc(Long caseId, EventType type);
}
