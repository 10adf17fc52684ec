/** Rating and survey rules, their stores, sampling and the index computations. */
@NullMarked
package vn.motcua.satisfaction.internal;

import org.jspecify.annotations.NullMarked;
