@NullMarked
package vn.motcua.reporting.internal;

import org.jspecify.annotations.NullMarked;
