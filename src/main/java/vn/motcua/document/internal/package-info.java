@NullMarked
package vn.motcua.document.internal;

import org.jspecify.annotations.NullMarked;
