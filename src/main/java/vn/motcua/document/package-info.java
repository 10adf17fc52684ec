/**
 * Document: attachments (stored once, checksummed, their type detected from the content),
 * the official forms of the one-stop mechanism rendered to PDF, and QR codes. Knows
 * nothing of dossiers: the dossier module keeps the ids of the files it uses and fills
 * the forms' records.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package vn.motcua.document;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
