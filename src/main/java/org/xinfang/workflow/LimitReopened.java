package org.xinfang.workflow;

import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.LegalLimit;

/**
 * A limit of the petition that had passed is not due after all: a holiday schedule loaded or
 * corrected later counts it to a day still ahead. What its passing started was started in error.
 *
 * @param reason why, as the timeline says it
 */
public record LimitReopened(PetitionCase petitionCase, LegalLimit limit, String reason) {}
