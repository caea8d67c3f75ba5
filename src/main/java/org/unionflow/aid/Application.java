package org.unionflow.aid;

import java.math.BigDecimal;

/** The figures of an application, as the member, an officer or a group leader gave them. */
record Application(AidCategory category, int householdSize, BigDecimal incomePerHead, BigDecimal medicalCosts,
    String description, String documents) {
}
