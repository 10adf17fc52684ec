/**
 * The audit log's storage, hashing and verification, and the listener that appends every
 * auditable event.
 */
@NullMarked
package vn.motcua.audit.internal;

import org.jspecify.annotations.NullMarked;
