package org.unionflow.trail;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment someone booked, as they are told of it: its voucher number (凭证号), amount and date. */
record MyVoucher(String voucherNo, BigDecimal amount, LocalDate entryDate) {
}
