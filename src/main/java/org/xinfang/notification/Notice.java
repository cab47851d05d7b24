package org.xinfang.notification;

/**
 * What a notice says: its title (the document's name, e.g. 受理告知书), the text its recipient
 * reads, and the entry it leaves on the case's timeline.
 */
public record Notice(String title, String body, String timelineEntry) {}
