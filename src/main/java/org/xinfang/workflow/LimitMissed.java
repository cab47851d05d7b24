package org.xinfang.workflow;

import org.xinfang.casefile.PetitionCase;
import org.xinfang.deadline.LegalLimit;

/**
 * A legal limit of the petition passed before its step was taken. Published in the transaction of
 * the limit's timer; supervision starts with it (Art. 39).
 */
public record LimitMissed(PetitionCase petitionCase, LegalLimit limit) {}
