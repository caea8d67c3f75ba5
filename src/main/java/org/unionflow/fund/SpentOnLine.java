package org.unionflow.fund;

import java.math.BigDecimal;

/** What the expenses booked against one budget line add up to. */
record SpentOnLine(Long lineId, BigDecimal spent) {
}
