package org.xinfang.review;

/** The case is not where a request for review can be recorded: it is not answered yet, or under review. */
class ReviewNotPossible extends RuntimeException {

  ReviewNotPossible(String message) {
    super(message);
  }
}
