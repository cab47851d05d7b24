package org.xinfang.holiday;

import java.time.LocalDate;

/** A day the official schedule sets apart from the ordinary week, and the holiday it belongs to. */
record SpecialDay(LocalDate date, DayType type, String holiday) {}
