package org.xinfang.workflow;

import org.xinfang.casefile.PetitionCase;

/** The unit's leader signed the reply and it went to the petitioner. Published in the transaction of the approval. */
public record ReplySent(PetitionCase petitionCase) {}
