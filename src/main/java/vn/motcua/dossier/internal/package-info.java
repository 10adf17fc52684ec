/** The dossier aggregate, its store, the workflow service and the deadline watch. */
@NullMarked
package vn.motcua.dossier.internal;

import org.jspecify.annotations.NullMarked;
