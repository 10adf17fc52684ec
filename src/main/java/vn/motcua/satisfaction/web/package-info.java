/** Satisfaction pages and API: rating, kiosk, surveys, campaigns, results. */
@NullMarked
package vn.motcua.satisfaction.web;

import org.jspecify.annotations.NullMarked;
