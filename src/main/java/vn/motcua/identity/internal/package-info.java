/**
 * Identity's implementation: accounts, passwords, throttling, tokens, security
 * configuration, agency scope enforcement, demo accounts.
 */
@NullMarked
package vn.motcua.identity.internal;

import org.jspecify.annotations.NullMarked;
