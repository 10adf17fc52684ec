/**
 * Identity's pages (login, registration, workspace, citizen account, staff account
 * administration) and its API (tokens).
 */
@NullMarked
package vn.motcua.identity.web;

import org.jspecify.annotations.NullMarked;
