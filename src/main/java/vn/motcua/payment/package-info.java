/**
 * Payment: fees assessed from a procedure's fee schedule, payables (what is owed for a
 * reference — the dossier module uses the dossier code), cash at the counter with
 * numbered receipts, online payment through {@link vn.motcua.payment.PaymentProvider}s
 * (VNPAY: redirect, signed return and IPN, and the merchant API's querydr and refund),
 * refunds (of online payments through the gateway, counted once it confirms them), the
 * day of a counter with its cash report, and the reconciliation of gateway and payables
 * (orders whose IPN never came are asked about). Knows a payable reference, never a
 * dossier.
 */
@ApplicationModule(allowedDependencies = { "shared", "catalog", "identity", "organization", "calendar" })
@NullMarked
package vn.motcua.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
