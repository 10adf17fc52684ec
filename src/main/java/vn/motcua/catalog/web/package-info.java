/** Public procedure pages and the procedure API. */
@NullMarked
package vn.motcua.catalog.web;

import org.jspecify.annotations.NullMarked;
