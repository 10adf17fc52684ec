/** The dossier API, the public tracking page and the pages of citizens and staff. */
@NullMarked
package vn.motcua.dossier.web;

import org.jspecify.annotations.NullMarked;
