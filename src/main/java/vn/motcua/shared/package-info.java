/**
 * Shared kernel: the few types every module may use — auditable events, Vietnamese text
 * folding, domain errors with machine codes.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package vn.motcua.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
