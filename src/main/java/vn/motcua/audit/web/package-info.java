/**
 * The audit log's admin page and verification API.
 */
@NullMarked
package vn.motcua.audit.web;

import org.jspecify.annotations.NullMarked;
