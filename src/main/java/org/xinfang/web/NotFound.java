package org.xinfang.web;

/** Nothing of what was asked for exists, or none the caller may see: a 404 problem with the message as its detail. */
public abstract class NotFound extends RuntimeException {

  protected NotFound(String message) {
    super(message);
  }
}
