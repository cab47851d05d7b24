package org.xinfang.workflow;

import org.xinfang.casefile.PetitionCase;

/**
 * The petition room returned an assigned item's completion report, and with it the reply: it is to
 * be answered again. Published in the transaction of the report's review.
 */
public record ReplyWithdrawn(PetitionCase petitionCase) {}
