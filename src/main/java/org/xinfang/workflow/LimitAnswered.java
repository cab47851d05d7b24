package org.xinfang.workflow;

import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.LegalLimit;

/**
 * The step a legal limit waited for was taken, in time or late. Published in the transaction of
 * that step; a supervision of the limit ends with it.
 */
public record LimitAnswered(PetitionCase petitionCase, LegalLimit limit) {}
