/** Catalog implementation: the versioned aggregate, its store, search and demo data. */
@NullMarked
package vn.motcua.catalog.internal;

import org.jspecify.annotations.NullMarked;
