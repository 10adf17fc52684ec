@NullMarked
package vn.motcua.reporting.web;

import org.jspecify.annotations.NullMarked;
