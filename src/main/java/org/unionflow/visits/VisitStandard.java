package org.unionflow.visits;

import java.math.BigDecimal;

/** What the {@code visitStandard} decision table settles for an event. */
record VisitStandard(int deadlineDays, BigDecimal amount, String gift, String mustAttend, String leadGroup) {
}
