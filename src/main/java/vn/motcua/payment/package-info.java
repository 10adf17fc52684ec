/**
 * Payment: fees assessed from a procedure's fee schedule, payables (what is owed for a
 * reference — the dossier module uses the dossier code), cash at the counter with
 * numbered receipts, online payment through {@link vn.motcua.payment.PaymentProvider}s
 * (VNPAY), refunds, the daily cash report and the reconciliation of gateway and payables.
 * Knows a payable reference, never a dossier.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "identity", "organization", "calendar" })
@NullMarked
package vn.motcua.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
