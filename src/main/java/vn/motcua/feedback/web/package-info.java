/**
 * Feedback pages (portal, workspace), the feedback API and the Open311 GeoReport v2
 * endpoints.
 */
@NullMarked
package vn.motcua.feedback.web;

import org.jspecify.annotations.NullMarked;
