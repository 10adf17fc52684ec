@NullMarked
package vn.motcua.payment.internal;

import org.jspecify.annotations.NullMarked;
