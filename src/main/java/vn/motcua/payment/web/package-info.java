@NullMarked
package vn.motcua.payment.web;

import org.jspecify.annotations.NullMarked;
